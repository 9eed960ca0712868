using Publish.Layout.Tagging;
using Publish.Layout.Blocks;
using Publish.Layout.Paged;
using Publish.Layout.Pages;
using Publish.Model;
using Publish.Styling;

namespace Publish.Layout.Book;

/// <summary>The cover (the cover image filling the page) and the title page set from the metadata.</summary>
internal static class TitlePage
{
    public static IEnumerable<FlowElement> Cover(Resource image, PageGeometry geometry)
    {
        // Full bleed: the image covers the whole bleed box (trim plus bleed, not the crop-mark
        // band), centred; what its proportions put beyond it is trimmed away with the bleed.
        var body = geometry.Body(0);
        var bleed = geometry.BleedBox;
        var scale = Math.Max(bleed.Width / image.PixelWidth, bleed.Height / image.PixelHeight);
        var (w, h) = (image.PixelWidth * scale, image.PixelHeight * scale);
        var area = new Rect(bleed.X + (bleed.Width - w) / 2 - body.X, bleed.Y + (bleed.Height - h) / 2 - body.Y, w, h);
        yield return new FlowPageBreak { Bare = true };
        yield return new FlowBox(0, [new ImageItem(PageImage.Of(image), area, "Cover").TaggedAs(new StructNode(StructRole.Figure) { Alt = "Cover" })]) { Text = "[cover]" };
    }

    /// <summary>Title, subtitle, authors, date and publisher, centred, as one box a quarter down the page.</summary>
    public static IEnumerable<FlowElement> Layout(Metadata metadata, BlockContext ctx, double bodyHeight) =>
    [
        new FlowPageBreak { Bare = true },
        new FlowSpace(bodyHeight / 4, Sticky: true),
        LineBoxes.Stack(Parts(metadata, ctx, bodyHeight)),
    ];

    private static IEnumerable<FlowElement> Parts(Metadata metadata, BlockContext ctx, double bodyHeight)
    {
        var theme = ctx.Theme;
        var families = theme.Heading(1).Families.Count > 0 ? theme.Heading(1).Families : theme.Body.Families;
        foreach (var box in Lines(metadata.Title ?? "", ctx, families, 24, bold: false, italic: false)) yield return box;
        if (!string.IsNullOrWhiteSpace(metadata.Subtitle))
        {
            yield return new FlowSpace(12);
            foreach (var box in Lines(metadata.Subtitle, ctx, families, 14, false, italic: true)) yield return box;
        }
        var authors = string.Join(", ", metadata.Authors.Where(a => a.Role == "aut").Select(a => a.Name));
        if (authors.Length > 0)
        {
            yield return new FlowSpace(36);
            foreach (var box in Lines(authors, ctx, families, 14, false, false)) yield return box;
        }
        // An article's date belongs with its byline (a saved web page's title page: headline, byline, date).
        if (!string.IsNullOrWhiteSpace(metadata.Date))
        {
            yield return new FlowSpace(authors.Length > 0 ? 8 : 36);
            foreach (var box in Lines(metadata.Date, ctx, families, 11, false, false)) yield return box;
        }
        if (!string.IsNullOrWhiteSpace(metadata.Publisher))
        {
            yield return new FlowSpace(bodyHeight / 4);
            foreach (var box in Lines(metadata.Publisher, ctx, families, 10.5, false, false)) yield return box;
        }
    }

    private static IEnumerable<FlowBox> Lines(string text, BlockContext ctx, IReadOnlyList<string> families, double size, bool bold, bool italic)
    {
        var style = ctx with { Text = new TextStyle(families, size, size * 1.3, italic, bold), Notes = null };
        var lines = ctx.Lines.Layout([new Text(text)], style.Settings(TextAlign.Center) with { Hyphenate = false }, SourceSpan.None);
        var boxes = style.Boxes(lines, keepTogether: true);
        StructTagging.Adopt(boxes, new StructNode(StructRole.P));
        return boxes;
    }
}
