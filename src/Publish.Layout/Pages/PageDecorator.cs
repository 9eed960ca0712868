using Publish.Layout.Inline;
using Publish.Layout.Paged;
using Publish.Model;
using Publish.Styling;

namespace Publish.Layout.Pages;

/// <summary>
/// Running heads and folios: the book's title on versos, the chapter's on rectos, none on a
/// chapter's first page; the page number where the theme puts it. Cover, title page and blank
/// pages stay bare.
/// </summary>
public sealed class PageDecorator(Theme theme, PageGeometry geometry, IParagraphLayouter lines, string? bookTitle)
{
    public void Decorate(PageDraft page, string label)
    {
        var style = theme.RunningHeads;
        if (page.Bare || page.IsEmpty) return;
        var body = geometry.Body(page.Index);
        var recto = PageGeometry.IsRecto(page.Index);
        var headBaseline = body.Y - theme.Page.MarginTop / 2;
        var footBaseline = body.Bottom + theme.Page.MarginBottom / 2;

        var head = recto ? page.ChapterTitle ?? bookTitle : bookTitle ?? page.ChapterTitle;
        if (style.Enabled && !page.ChapterOpening && !string.IsNullOrWhiteSpace(head))
            Set(page, head, body, headBaseline, TextAlign.Center, StructNode.Header, italic: true);

        switch (style.PageNumbers)
        {
            case PageNumberPlacement.BottomCenter:
                Set(page, label, body, footBaseline, TextAlign.Center, StructNode.Footer);
                break;
            case PageNumberPlacement.BottomOuter:
                Set(page, label, body, footBaseline, recto ? TextAlign.Right : TextAlign.Left, StructNode.Footer);
                break;
            case PageNumberPlacement.TopOuter when !page.ChapterOpening:
                Set(page, label, body, headBaseline, recto ? TextAlign.Right : TextAlign.Left, StructNode.Header);
                break;
            case PageNumberPlacement.TopOuter:
                Set(page, label, body, footBaseline, TextAlign.Center, StructNode.Footer);
                break;
        }
    }

    // Running heads and folios are pagination artifacts: a reader of the text skips them.
    private void Set(PageDraft page, string text, Rect body, double baseline, TextAlign align, StructNode artifact, bool italic = false)
    {
        var settings = new ParagraphSettings
        {
            Width = body.Width,
            Families = theme.Body.Families,
            Size = theme.RunningHeads.Size,
            Leading = theme.RunningHeads.Size * 1.2,
            Align = align,
            Hyphenate = false,
            Italic = italic,
            Language = "en",
            Color = Rgba.Parse(theme.Colors.Text),
        };
        var set = lines.Layout([new Text(text)], settings, SourceSpan.None);
        if (set.Count == 0) return;
        foreach (var item in set[0].Items)
        {
            var placed = item.Translate(body.X, baseline);
            placed.Tag = artifact;
            page.Items.Add(placed);
        }
    }
}
