namespace Publish.Model;

/// <summary>
/// What the source is, decided once (by the reader, or by <c>kind:</c> in front matter): an
/// article is a single piece set as a newspaper or magazine sets one (headline, byline and lede on
/// page 1, no title or contents page); a book has chapters and front matter.
/// </summary>
public enum DocumentKind
{
    Article,
    Book,
}

/// <summary>The one rule that decides a document's kind when its source does not say.</summary>
internal static class DocumentKinds
{
    /// <summary>
    /// A work with chapter structure (two level-1 headings or more) is a book; a single piece —
    /// no level-1 heading, or one that is its headline — is an article. Book folders are books
    /// whatever they hold (the book reader says so).
    /// </summary>
    public static DocumentKind Infer(IReadOnlyList<Block> blocks) =>
        blocks.Count(b => b is Heading { Level: 1 }) >= 2 ? DocumentKind.Book : DocumentKind.Article;

    /// <summary>Parses the front-matter value (<c>article</c> or <c>book</c>, any case).</summary>
    public static DocumentKind? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "article" => DocumentKind.Article,
        "book" => DocumentKind.Book,
        _ => null,
    };
}
