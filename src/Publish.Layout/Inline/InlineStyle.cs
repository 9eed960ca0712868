using Publish.Layout.Paged;

namespace Publish.Layout.Inline;

internal enum ScriptPosition { Baseline, Super, Sub }

/// <summary>How a stretch of paragraph text is set; adjacent text with equal styles shares runs.</summary>
internal sealed record InlineStyle
{
    public bool Bold { get; init; }
    public bool Italic { get; init; }
    public bool Mono { get; init; }
    public bool SmallCaps { get; init; }
    public bool Upper { get; init; }
    public ScriptPosition Script { get; init; }
    public bool Underline { get; init; }
    public bool Strike { get; init; }
    public bool NoHyphenate { get; init; }
    public Rgba Color { get; init; } = Rgba.Black;
    /// <summary>An external link target.</summary>
    public string? Uri { get; init; }
    /// <summary>An internal link target (an id, without '#').</summary>
    public string? Destination { get; init; }

    /// <summary>A typeset formula: each character of a span with this style (U+FFFC) stands for one copy of it.</summary>
    public Formulas.MathBox? Formula { get; init; }

    /// <summary>The formula's source, its alternative text in a tagged PDF.</summary>
    public string? FormulaAlt { get; init; }

    /// <summary>A language other than the paragraph's (a span with <c>lang</c>), for tagging.</summary>
    public string? Lang { get; init; }

    public bool IsLink => Uri is not null || Destination is not null;

    /// <summary>Super- and subscripts are set this much smaller than their surroundings.</summary>
    public const double ScriptScale = 0.65;
}
