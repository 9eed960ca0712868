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
    /// <summary>How far the page was opened up to end level with its facing page when no filling did (see <c>PageBuilder.Level</c>); its lines are then off the grid.</summary>
    public double Feathered { get; set; }
    /// <summary>The page's last body line ends in a hyphen: the reader turns the page mid-word.</summary>
    public bool EndsWithHyphen => Boxes.Count > 0 && Boxes[^1].Hyphenated;
    /// <summary>Where each body box was set, one per box of <see cref="Boxes"/>: what vertical justification may move.</summary>
    internal List<PlacedBox> Placed { get; } = [];
    /// <summary>The baseline grid the page was set on (<see cref="PageGeometry.Grid"/>; 0: none).</summary>
    internal double Grid { get; init; }
}

/// <summary>A body box as set on its page: where its items start in the page's items, the gap above it, and whether it is plain text.</summary>
internal readonly record struct PlacedBox(int Item, double Space, bool Plain);

/// <summary>Why the paginator left a page: one record per page break, for tests and traces.</summary>
internal readonly record struct PageBreakRecord(int PageIndex, string Reason);
