using Publish.Layout.Pages;
using Publish.Model;
using Publish.Styling;

namespace Publish.Layout.Tests.Pages;

/// <summary>
/// A small language for pagination tests. The tiny theme gives a 100 × 100 pt text block set in
/// 10 pt em-wide fake glyphs on 10 pt leading: ten lines of ten characters per page, headings
/// one line each with no space around them, no indents, no running heads.
/// </summary>
internal static class Books
{
    public static Theme Tiny { get; } = new()
    {
        Page = new PageStyle { Width = 140, Height = 140, MarginTop = 20, MarginBottom = 20, MarginInner = 20, MarginOuter = 20, Mirror = false },
        Body = new FontStyle { Size = 10, Leading = 10 },
        Paragraph = new ParagraphStyle { Indent = 0, Spacing = 0, Widows = 2, Orphans = 2 },
        Headings = [.. Enumerable.Range(1, 6).Select(level => new HeadingStyle { Size = 8, SpaceBefore = 0, SpaceAfter = 0, PageBreakBefore = level == 1 })],
        Chapters = new ChapterStyle { Sink = 0 },
        Footnotes = new FootnoteStyle { Size = 10, Leading = 10 },
        Toc = new TocStyle { Enabled = false },
        TitlePage = false,
        RunningHeads = new RunningHeadStyle { Enabled = false, PageNumbers = PageNumberPlacement.None },
        ListIndent = 20,
    };

    public static Document Doc(params Block[] blocks) => new(Metadata.Empty, blocks);

    /// <summary>A paragraph whose lines are exactly the given words (a forced break after each).</summary>
    public static Paragraph P(params string[] lines) =>
        new([.. lines.SelectMany((l, i) => i == 0 ? new Model.Inline[] { new Text(l) } : [new LineBreak(), new Text(l)])]);

    /// <summary>A paragraph of <paramref name="count"/> lines named <c>name1</c>, <c>name2</c>, ...</summary>
    public static Paragraph Lines(string name, int count) => P([.. Enumerable.Range(1, count).Select(i => $"{name}{i}")]);

    public static Heading H(int level, string title, string? id = null) =>
        new(level, [new Text(title)]) { Attr = Attr.Empty.WithId(id ?? title.ToLowerInvariant()) };

    public static LayoutResult Lay(Document doc, Theme? theme = null, LayoutOptions? options = null, DiagnosticBag? diagnostics = null) =>
        DocumentLayouter.LayoutWithTrace(doc, theme ?? Tiny, options ?? new LayoutOptions(), diagnostics ?? new DiagnosticBag(), new FakeParagraphLayouter());

    /// <summary>The text of each body box, page by page.</summary>
    public static string[][] Pages(this LayoutResult result) =>
        [.. result.Drafts.Select(p => p.Boxes.Select(b => b.Text).ToArray())];

    public static string[][] Notes(this LayoutResult result) =>
        [.. result.Drafts.Select(p => p.NoteBoxes.Select(b => b.Text).ToArray())];

    public static int PageOf(this LayoutResult result, string text) =>
        result.Drafts.First(p => p.Boxes.Any(b => b.Text == text)).Index;
}
