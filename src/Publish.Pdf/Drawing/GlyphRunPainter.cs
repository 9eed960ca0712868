using System.Text;
using Publish.Layout.Paged;
using SkiaSharp;

namespace Publish.Pdf.Drawing;

/// <summary>
/// Draws a shaped run as positioned glyphs together with its source text and clusters (which a
/// Skia PDF canvas would turn into ActualText; a raster ignores them).
/// A book draws tens of thousands of runs in a handful of sizes and colours, so the native font,
/// paint and blob builder are made once per document and reused, not made per run.
/// </summary>
internal sealed class GlyphRunPainter : IDisposable
{
    private readonly Dictionary<(SKTypeface, float), SKFont> _fonts = [];
    private readonly Dictionary<SKColor, SKPaint> _paints = [];
    private readonly SKTextBlobBuilder _builder = new();
    private int[] _utf8Offsets = new int[64];

    public void Draw(SKCanvas canvas, GlyphRun run, SKTypeface? typeface)
    {
        if (typeface is null || run.Glyphs.Length == 0) return;
        var font = Font(typeface, (float)run.Size);
        var count = run.Glyphs.Length;
        var textBytes = Encoding.UTF8.GetByteCount(run.Text);
        var hasText = textBytes > 0 && run.Clusters.Length == count;
        var buffer = _builder.AllocatePositionedTextRun(font, count, hasText ? textBytes : 0);

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
            Encoding.UTF8.GetBytes(run.Text, buffer.Text);
            var utf8Offsets = Utf8Offsets(run.Text);
            var clusters = buffer.Clusters;
            for (var i = 0; i < count; i++)
                clusters[i] = (uint)utf8Offsets[Math.Clamp(run.Clusters[i], 0, run.Text.Length)];
        }

        using var blob = _builder.Build();
        if (blob is null) return;
        canvas.DrawText(blob, 0, 0, Paint(run.Color.ToSkia()));
    }

    private SKFont Font(SKTypeface typeface, float size)
    {
        if (!_fonts.TryGetValue((typeface, size), out var font))
            _fonts[(typeface, size)] = font = new SKFont(typeface, size)
            {
                // Unhinted, subpixel-positioned: glyphs land where layout measured them, in PDF and PNG alike.
                Subpixel = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias, LinearMetrics = true,
            };
        return font;
    }

    private SKPaint Paint(SKColor color)
    {
        if (!_paints.TryGetValue(color, out var paint))
            _paints[color] = paint = new SKPaint { Color = color, IsAntialias = true };
        return paint;
    }

    /// <summary>The UTF-8 byte offset of every UTF-16 index (and of the end) in <paramref name="text"/>, in a reused array.</summary>
    private int[] Utf8Offsets(string text)
    {
        if (_utf8Offsets.Length < text.Length + 1) _utf8Offsets = new int[Math.Max(text.Length + 1, _utf8Offsets.Length * 2)];
        var offsets = _utf8Offsets;
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

    public void Dispose()
    {
        foreach (var font in _fonts.Values) font.Dispose();
        foreach (var paint in _paints.Values) paint.Dispose();
        _builder.Dispose();
    }
}
