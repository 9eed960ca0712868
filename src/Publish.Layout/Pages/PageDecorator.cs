using Publish.Layout.Inline;
using Publish.Layout.Paged;
using Publish.Model;
using Publish.Styling;

namespace Publish.Layout.Pages;

/// <summary>
/// Running heads and folios: the book's title on versos, the chapter's on rectos, none on a
/// chapter's first page; the page number where the theme puts it. Cover, title page and blank
/// pages stay bare. A head too long for the measure is shortened at a word boundary with an ellipsis.
/// </summary>
internal sealed class PageDecorator(Theme theme, PageGeometry geometry, IParagraphLayouter lines, string? bookTitle)
{
    private readonly Dictionary<string, string> _fitted = new(StringComparer.Ordinal);

    public void Decorate(PageDraft page, string label)
    {
        var style = theme.RunningHeads;
        if (page.Bare || page.IsEmpty) return;
        var body = geometry.Body(page.Index);
        var recto = PageGeometry.IsRecto(page.Index);
        // The outer edge: right on a left-to-right recto, left on a right-to-left one.
        var outer = recto != geometry.RightToLeft ? TextAlign.Right : TextAlign.Left;
        var headBaseline = body.Y - theme.Page.MarginTop / 2;
        var footBaseline = body.Bottom + theme.Page.MarginBottom / 2;

        var head = recto ? page.ChapterTitle ?? bookTitle : bookTitle ?? page.ChapterTitle;
        if (style.Enabled && !page.ChapterOpening && !string.IsNullOrWhiteSpace(head))
            Set(page, Fit(head, body.Width), body, headBaseline, TextAlign.Center, StructNode.Header, italic: true);

        switch (style.PageNumbers)
        {
            case PageNumberPlacement.BottomCenter:
                Set(page, label, body, footBaseline, TextAlign.Center, StructNode.Footer);
                break;
            case PageNumberPlacement.BottomOuter:
                Set(page, label, body, footBaseline, outer, StructNode.Footer);
                break;
            case PageNumberPlacement.TopOuter when !page.ChapterOpening:
                Set(page, label, body, headBaseline, outer, StructNode.Header);
                break;
            case PageNumberPlacement.TopOuter:
                Set(page, label, body, footBaseline, TextAlign.Center, StructNode.Footer);
                break;
        }
    }

    /// <summary>The head as set: whole when it fits on one line, else as many whole words as fit, then "…".</summary>
    public string Fit(string head, double width)
    {
        if (_fitted.TryGetValue(head, out var kept)) return kept;
        var fitted = RunningHeadText.Shorten(head.Trim(), candidate => LineCount(candidate, width) <= 1);
        _fitted[head] = fitted;
        return fitted;
    }

    private int LineCount(string text, double width) => lines.Layout([new Text(text)], Settings(width, TextAlign.Center, italic: true), SourceSpan.None).Count;

    // Running heads and folios are pagination artifacts: a reader of the text skips them.
    private void Set(PageDraft page, string text, Rect body, double baseline, TextAlign align, StructNode artifact, bool italic = false)
    {
        var set = lines.Layout([new Text(text)], Settings(body.Width, align, italic), SourceSpan.None);
        if (set.Count == 0) return;
        foreach (var item in set[0].Items)
        {
            var placed = item.Translate(body.X, baseline);
            placed.Tag = artifact;
            page.Items.Add(placed);
        }
    }

    private ParagraphSettings Settings(double width, TextAlign align, bool italic) => new()
    {
        Width = width,
        Families = theme.Body.Families,
        Size = theme.RunningHeads.Size,
        Leading = theme.RunningHeads.Size * 1.2,
        Align = align,
        Hyphenate = false,
        Italic = italic,
        Language = "en",
        Color = Rgba.Parse(theme.Colors.Text),
    };
}
