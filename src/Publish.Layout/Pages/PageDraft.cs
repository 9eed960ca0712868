using Publish.Layout.Paged;

namespace Publish.Layout.Pages;

/// <summary>A page while it is being filled: body items in media coordinates, its footnotes, and what decorations it gets.</summary>
internal sealed class PageDraft(int index)
{
    public int Index { get; } = index;
    public List<PageItem> Items { get; } = [];
    /// <summary>Footnote boxes set at the page's foot, in order.</summary>
    public List<FlowBox> NoteBoxes { get; } = [];
    /// <summary>Body boxes in order (for tests: which lines landed on which page).</summary>
    public List<FlowBox> Boxes { get; } = [];
    public string? ChapterTitle { get; set; }
    /// <summary>The first page of a chapter: no running head.</summary>
    public bool ChapterOpening { get; set; }
    /// <summary>No running head and no folio (cover, title page, inserted blank verso).</summary>
    public bool Bare { get; set; }
    /// <summary>In the body (arabic page numbers) rather than the front matter.</summary>
    public bool InBody { get; set; }
    public bool IsEmpty => Items.Count == 0 && NoteBoxes.Count == 0;
    /// <summary>How far down the text block the page's text reaches when it was left (footnotes reach the foot).</summary>
    public double Filled { get; set; }
    /// <summary>How much longer (positive) or shorter than the text block the page was run, to end level with its facing page.</summary>
    public double Extra { get; set; }
    /// <summary>The page's last body line ends in a hyphen: the reader turns the page mid-word.</summary>
    public bool EndsWithHyphen => Boxes.Count > 0 && Boxes[^1].Hyphenated;
}

/// <summary>Why the paginator left a page: one record per page break, for tests and traces.</summary>
internal readonly record struct PageBreakRecord(int PageIndex, string Reason);
