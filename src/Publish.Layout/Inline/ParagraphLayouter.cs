using Publish.Layout.Paged;
using Publish.Model;
using Publish.Styling;

namespace Publish.Layout.Inline;

/// <summary>How to set one run of inlines: the contract between block layout and inline layout.</summary>
public sealed record ParagraphSettings
{
    /// <summary>The measure (line width) in points.</summary>
    public required double Width { get; init; }
    /// <summary>Font families in order of preference (fallbacks after the first).</summary>
    public required IReadOnlyList<string> Families { get; init; }
    public required double Size { get; init; }
    /// <summary>Baseline-to-baseline distance in points.</summary>
    public required double Leading { get; init; }
    public double FirstLineIndent { get; init; }
    public TextAlign Align { get; init; } = TextAlign.Justify;
    public bool Hyphenate { get; init; } = true;
    /// <summary>BCP 47 language of the text (hyphenation patterns).</summary>
    public string Language { get; init; } = "en";
    public bool Bold { get; init; }
    public bool Italic { get; init; }
    public TextCase Case { get; init; } = TextCase.None;
    public Rgba Color { get; init; } = Rgba.Black;
    public Rgba LinkColor { get; init; } = Rgba.Black;
    /// <summary>Code: keep every space, break only where a line is full, mark continued lines.</summary>
    public bool Preformatted { get; init; }
    /// <summary>Families for inline code.</summary>
    public IReadOnlyList<string> MonoFamilies { get; init; } = ["DejaVu Sans Mono"];
    /// <summary>The marker printed for a footnote reference (e.g. its number); null leaves notes out.</summary>
    public Func<Note, string>? NoteMarker { get; init; }
}

/// <summary>
/// One set line. Items are positioned relative to the line: x from the left edge of the measure,
/// y from the baseline (so a block layouter only translates them). <c>Notes</c> are the footnotes
/// cited on this line, in order, so the paginator can keep each note on its reference's page.
/// </summary>
public sealed record LaidLine(double Width, double Ascent, double Descent, double Leading, IReadOnlyList<PageItem> Items)
{
    public IReadOnlyList<Note> Notes { get; init; } = [];
    /// <summary>Ids (anchors) that fall on this line, e.g. spans with an id.</summary>
    public IReadOnlyList<string> Anchors { get; init; } = [];
    public bool EndsWithHyphen { get; init; }
    /// <summary>Badness/overfull facts for tests and warnings.</summary>
    public bool Overfull { get; init; }
}

/// <summary>Sets a paragraph into lines (shaping, hyphenation, optimum-fit line breaking).</summary>
public interface IParagraphLayouter
{
    IReadOnlyList<LaidLine> Layout(IReadOnlyList<Model.Inline> content, ParagraphSettings settings, SourceSpan span);
}
