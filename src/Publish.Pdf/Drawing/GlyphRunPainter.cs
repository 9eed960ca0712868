using System.Text;
using Publish.Layout.Paged;
using SkiaSharp;

namespace Publish.Pdf.Drawing;

/// <summary>
/// Draws a shaped run as positioned glyphs together with its source text and clusters, so that
/// Skia writes ActualText where glyphs and characters differ (ligatures): "office", not "oﬀice".
/// </summary>
internal static class GlyphRunPainter
{
    /// <summary>Unhinted, subpixel-positioned: glyphs land where layout measured them, in PDF and PNG alike.</summary>
    public static SKFont CreateFont(SKTypeface typeface, float size) => new(typeface, size)
    {
        Subpixel = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias, LinearMetrics = true,
    };

    public static void Draw(SKCanvas canvas, GlyphRun run, SKFont font)
    {
        if (run.Glyphs.Length == 0) return;
        using var builder = new SKTextBlobBuilder();
        var count = run.Glyphs.Length;
        var text = Encoding.UTF8.GetBytes(run.Text);
        var hasText = text.Length > 0 && run.Clusters.Length == count;
        var buffer = builder.AllocatePositionedTextRun(font, count, hasText ? text.Length : 0);

        run.Glyphs.CopyTo(buffer.Glyphs);
        var positions = buffer.Positions;
        for (var i = 0; i < count; i++)
        {
            var x = i < run.Positions.Length ? run.Positions[i] : 0f;
            var dy = run.YOffsets is { } y && i < y.Length ? y[i] : 0f;
            positions[i] = new SKPoint((float)run.X + x, (float)run.Baseline + dy);
        }
        if (hasText)
        {
            text.CopyTo(buffer.Text);
            var utf8Offsets = Utf8Offsets(run.Text);
            var clusters = buffer.Clusters;
            for (var i = 0; i < count; i++)
                clusters[i] = (uint)utf8Offsets[Math.Clamp(run.Clusters[i], 0, run.Text.Length)];
        }

        using var blob = builder.Build();
        if (blob is null) return;
        using var paint = new SKPaint { Color = run.Color.ToSkia(), IsAntialias = true };
        canvas.DrawText(blob, 0, 0, paint);
    }

    /// <summary>The UTF-8 byte offset of every UTF-16 index (and of the end) in <paramref name="text"/>.</summary>
    private static int[] Utf8Offsets(string text)
    {
        var offsets = new int[text.Length + 1];
        var bytes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            offsets[i] = bytes;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                offsets[++i] = bytes; // a cluster never starts inside a pair; point at its start
                bytes += 4;
            }
            else bytes += text[i] < 0x80 ? 1 : text[i] < 0x800 ? 2 : 3;
        }
        offsets[text.Length] = bytes;
        return offsets;
    }
}
