using Publish.Layout.Paged;
using Publish.Pdf.Syntax;
using Publish.Pdf.Tagging;

namespace Publish.Pdf.Content;

/// <summary>
/// A hash of everything a page's content stream is made from — page size, the glyphs and their
/// positions, fonts (by identity, which also fixes their names and widths), colours, rules,
/// fills, images (by name) — so a watch session can reuse the compressed stream of every page
/// an edit did not touch. Links, destinations and text for /ToUnicode live outside the stream
/// and are left out; a run's text counts only where it is written as ActualText.
/// </summary>
internal static class PageFingerprint
{
    public static ulong Of(Page page, DocumentResources resources)
    {
        var f = new Fingerprint(0x9A6E);
        f.Add(page.MediaWidth);
        f.Add(page.MediaHeight);
        f.Add(page.Trim.X); f.Add(page.Trim.Y); f.Add(page.Trim.Width); f.Add(page.Trim.Height);
        f.Add(page.CropMarks ? 1UL : 0UL);
        StructNode? mark = null;
        foreach (var item in page.Items)
        {
            // Where a marked-content sequence starts, and as what, is part of the stream.
            if (MarkedContent.IsDrawn(item) && !ReferenceEquals(MarkedContent.MarkOf(item), mark))
            {
                mark = MarkedContent.MarkOf(item);
                f.Add(0x100UL + (ulong)mark.Role);
            }
            switch (item)
            {
                case GlyphRun run:
                    f.Add(1UL);
                    f.Add(resources.Font(run.Font)?.Identity ?? 0);
                    f.Add(run.Size); f.Add(Pack(run.Color)); f.Add(run.X); f.Add(run.Baseline);
                    f.Add<ushort>(run.Glyphs);
                    f.Add<float>(run.Positions);
                    f.Add<float>(run.YOffsets ?? []);
                    f.Add(resources.NeedsActualText(run) ? run.Text : null);
                    f.Add(run.EndsWithBreakHyphen ? 1UL : 0UL);
                    f.Add(run.EndsWithBreakSpace ? 1UL : 0UL);
                    break;
                case RuleItem rule:
                    f.Add(2UL);
                    f.Add(rule.X1); f.Add(rule.Y1); f.Add(rule.X2); f.Add(rule.Y2); f.Add(rule.Thickness); f.Add(Pack(rule.Color));
                    break;
                case FillItem fill:
                    f.Add(3UL);
                    f.Add(fill.Area.X); f.Add(fill.Area.Y); f.Add(fill.Area.Width); f.Add(fill.Area.Height); f.Add(Pack(fill.Color));
                    break;
                case ImageItem image:
                    f.Add(4UL);
                    f.Add<byte>(resources.Image(image.Image) ?? []);
                    f.Add(image.Area.X); f.Add(image.Area.Y); f.Add(image.Area.Width); f.Add(image.Area.Height);
                    break;
            }
        }
        return f.Value;
    }

    private static ulong Pack(Rgba c) => (ulong)c.R << 24 | (ulong)c.G << 16 | (ulong)c.B << 8 | c.A;
}
