using HarfBuzzSharp;
using Publish.Layout.Fonts;
using Buffer = HarfBuzzSharp.Buffer;
using Font = Publish.Layout.Fonts.Font;

namespace Publish.Layout.Shaping;

[Flags]
internal enum ShapeFeatures { None = 0, SmallCaps = 1, OldStyleFigures = 2 }

/// <summary>
/// Shapes text with HarfBuzz at the font's own units per em (default features: kerning and
/// standard ligatures) and caches the result per (font, features, text): prose repeats its
/// words, so a novel shapes each distinct word once. Thread-safe.
/// </summary>
internal static class Shaper
{
    // Feature sets by ShapeFeatures value: none, small caps, old-style figures, both.
    private static readonly Feature[][] s_features = [[], [Feature.Parse("smcp")], [Feature.Parse("onum")], [Feature.Parse("smcp"), Feature.Parse("onum")]];
    [ThreadStatic] private static Buffer? t_buffer;
    private static long s_hits, s_misses;

    /// <summary>Cache hits and misses since start (for tests and timings).</summary>
    public static (long Hits, long Misses) Statistics => (Interlocked.Read(ref s_hits), Interlocked.Read(ref s_misses));

    public static ShapedText Shape(Font font, ReadOnlySpan<char> text, ShapeFeatures features = ShapeFeatures.None)
    {
        if (text.IsEmpty) return ShapedText.Empty;
        var cache = font.ShapeCache[(int)features & 3];
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var cached))
        {
            Interlocked.Increment(ref s_hits);
            return cached;
        }
        Interlocked.Increment(ref s_misses);
        var shaped = ShapeUncached(font, text, features);
        lookup.TryAdd(text, shaped);
        return shaped;
    }

    private static ShapedText ShapeUncached(Font font, ReadOnlySpan<char> text, ShapeFeatures features)
    {
        // Characters the font lacks but that compose from ones it has (the two- and three-em
        // dashes from em dashes) are shaped as their parts, every part mapped to the source character.
        Span<int> map = text.Length <= 256 ? stackalloc int[text.Length * 3] : new int[text.Length * 3];
        var input = DashComposition.Expand(font, text, map, out var mapLength);

        var buffer = t_buffer ??= new Buffer();
        buffer.ClearContents();
        buffer.AddUtf16(input);
        buffer.GuessSegmentProperties();
        if (features == ShapeFeatures.None) font.HarfBuzz.Shape(buffer);
        else font.HarfBuzz.Shape(buffer, s_features[(int)features & 3]);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var n = infos.Length;
        var glyphs = new ushort[n];
        var advances = new int[n];
        var xOffsets = new int[n];
        var clusters = new int[n];
        int[]? yOffsets = null;
        for (var i = 0; i < n; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            advances[i] = positions[i].XAdvance;
            xOffsets[i] = positions[i].XOffset;
            var c = (int)infos[i].Cluster;
            clusters[i] = mapLength > 0 ? map[c] : c;
            if (positions[i].YOffset != 0) (yOffsets ??= new int[n])[i] = positions[i].YOffset;
        }
        return new ShapedText(glyphs, advances, xOffsets, yOffsets, clusters, text.Length);
    }
}
