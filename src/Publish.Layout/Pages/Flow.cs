using Publish.Layout.Paged;
using Publish.Model;

namespace Publish.Layout.Pages;

/// <summary>
/// The vertical list block layout produces and the paginator consumes (after TeX's vertical
/// mode): boxes that may not be split, spaces between them, and forced page breaks. Box items are
/// relative to the box's top-left, x from the left edge of the text block.
/// </summary>
internal abstract record FlowElement;

/// <summary>
/// An unsplittable piece of the flow: one line, one table row, one figure.
/// <c>KeepWithNext</c> forbids a page break after it (headings, widow and orphan lines).
/// </summary>
internal sealed record FlowBox(double Height, IReadOnlyList<PageItem> Items) : FlowElement
{
    /// <summary>Footnotes cited in this box, already laid out, in citing order.</summary>
    public IReadOnlyList<NoteFlow> Notes { get; init; } = [];
    public bool KeepWithNext { get; init; }
    /// <summary>Boxes to set first when a page starts at this box (a table's header rows).</summary>
    public IReadOnlyList<FlowBox> RepeatOnBreak { get; init; } = [];
    /// <summary>Distance from the box's top to its first baseline (list markers align to it).</summary>
    public double Baseline { get; init; }
    /// <summary>The text of the box for tests and traces.</summary>
    public string Text { get; init; } = "";
    /// <summary>A line that ends in a hyphen (the word goes on on the next line): a poor last line for a page.</summary>
    public bool Hyphenated { get; init; }
}

/// <summary>Vertical space; dropped at the top of a page unless <c>Sticky</c> (a chapter sink).</summary>
internal sealed record FlowSpace(double Height, bool Sticky = false) : FlowElement;

/// <summary>A forced page break; a chapter opening carries its title for running heads.</summary>
internal sealed record FlowPageBreak(bool Recto = false) : FlowElement
{
    /// <summary>Set when the break opens a chapter: running heads name it and skip its first page.</summary>
    public string? ChapterTitle { get; init; }
    /// <summary>The first page of the body: page labels switch from roman to arabic here.</summary>
    public bool StartsBody { get; init; }
    /// <summary>No running head or folio on the page this break opens (title page, cover).</summary>
    public bool Bare { get; init; }
}

/// <summary>One footnote set as boxes; it may continue on the next page.</summary>
internal sealed record NoteFlow(Note Note, IReadOnlyList<FlowBox> Boxes)
{
    public double Height => Boxes.Sum(b => b.Height);
}
