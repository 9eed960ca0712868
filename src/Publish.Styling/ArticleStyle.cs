namespace Publish.Styling;

/// <summary>
/// How the head of an article is set: the headline, the dek (subtitle or description) under it,
/// the byline line (authors, date, source) and the lede, the first paragraph, which magazines set a
/// little larger. Sizes are in points. The rest of an article's look is the theme's own, with the
/// overrides in the theme's <c>article:</c> section (<see cref="Theme.For"/>).
/// </summary>
public sealed record ArticleStyle
{
    public HeadingStyle Headline { get; init; } = new() { Size = 22, Bold = true, SpaceBefore = 0, SpaceAfter = 8 };
    public double DekSize { get; init; } = 13;
    public bool DekItalic { get; init; } = true;
    public double BylineSize { get; init; } = 9;
    /// <summary>The lede's size; the body size sets it like any other paragraph.</summary>
    public double LedeSize { get; init; } = 11.5;
    /// <summary>Space between the byline and the lede, in points.</summary>
    public double SpaceAfterHead { get; init; } = 18;
}
