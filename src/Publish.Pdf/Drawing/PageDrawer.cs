using Publish.Layout.Paged;
using Publish.Pdf.Fonts;
using SkiaSharp;

namespace Publish.Pdf.Drawing;

/// <summary>
/// Draws one page's items onto a canvas in page coordinates (points, y down), for PNG output.
/// The PDF writer builds its content streams from the same items (<c>Content/</c>), and a test
/// rasterises its pages to check they match what this draws.
/// </summary>
internal sealed class PageDrawer : IDisposable
{
    private readonly DocumentFonts fonts;
    private readonly ImageCache images = new();
    private readonly GlyphRunPainter glyphs = new();

    public PageDrawer(DocumentFonts fonts) => this.fonts = fonts;

    public void Draw(Page page, SKCanvas canvas)
    {
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case GlyphRun run: glyphs.Draw(canvas, run, fonts.Typeface(run.Font)); break;
                case RuleItem rule: DrawRule(canvas, rule); break;
                case FillItem fill: DrawFill(canvas, fill); break;
                case ImageItem image: images.Draw(canvas, image); break;
                case LinkItem link: DrawLink(canvas, link); break;
                case DestinationItem destination:
                    canvas.DrawNamedDestinationAnnotation(new SKPoint((float)destination.X, (float)destination.Y), destination.Name);
                    break;
            }
        }
        if (page.CropMarks) CropMarks.Draw(canvas, page);
    }

    private static void DrawRule(SKCanvas canvas, RuleItem rule)
    {
        using var paint = new SKPaint
        {
            Color = rule.Color.ToSkia(), IsStroke = true, StrokeWidth = (float)rule.Thickness,
            StrokeCap = SKStrokeCap.Butt, IsAntialias = true,
        };
        canvas.DrawLine((float)rule.X1, (float)rule.Y1, (float)rule.X2, (float)rule.Y2, paint);
    }

    private static void DrawFill(SKCanvas canvas, FillItem fill)
    {
        using var paint = new SKPaint { Color = fill.Color.ToSkia(), IsAntialias = true };
        canvas.DrawRect(fill.Area.ToSkia(), paint);
    }

    /// <summary>Annotations are no-ops on a raster canvas (kept so any Skia document canvas gets its links).</summary>
    private static void DrawLink(SKCanvas canvas, LinkItem link)
    {
        if (link.Uri is { Length: > 0 } uri) canvas.DrawUrlAnnotation(link.Area.ToSkia(), uri);
        else if (link.Destination is { Length: > 0 } name) canvas.DrawLinkDestinationAnnotation(link.Area.ToSkia(), name);
    }

    public void Dispose()
    {
        images.Dispose();
        glyphs.Dispose();
    }
}

internal static class SkiaConversions
{
    public static SKColor ToSkia(this Rgba c) => new(c.R, c.G, c.B, c.A);
    public static SKRect ToSkia(this Rect r) => new((float)r.X, (float)r.Y, (float)r.Right, (float)r.Bottom);
}
