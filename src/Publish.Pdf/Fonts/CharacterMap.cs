using System.Buffers.Binary;

namespace Publish.Pdf.Fonts;

/// <summary>
/// The font's own cmap read backwards: for each glyph, the lowest Unicode code point that maps
/// to it (U+0020 rather than U+00A0 for a shared space). This is what a glyph "is" whatever
/// text it was shaped from, so /ToUnicode stays right when layout shows "N" for an "n" (faux
/// small capitals, case transforms); such runs carry their own text as ActualText.
/// </summary>
internal static class CharacterMap
{
    /// <summary>Glyph id → code point (0 where the cmap names no character), from a format 12 or format 4 Unicode subtable.</summary>
    public static int[] Reverse(ReadOnlySpan<byte> d, int cmap, int glyphCount)
    {
        var reverse = new int[glyphCount];
        int format4 = -1, format12 = -1;
        var count = U16(d, cmap + 2);
        for (var i = 0; i < count; i++)
        {
            var record = cmap + 4 + 8 * i;
            int platform = U16(d, record), encoding = U16(d, record + 2);
            var table = cmap + (int)U32(d, record + 4);
            var unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            if (!unicode) continue;
            var format = U16(d, table);
            if (format == 12 && format12 < 0) format12 = table;
            else if (format == 4 && format4 < 0) format4 = table;
        }
        if (format12 >= 0) Format12(d, format12, reverse);
        else if (format4 >= 0) Format4(d, format4, reverse);
        return reverse;
    }

    private static void Set(int[] reverse, int glyph, int codepoint)
    {
        if (glyph <= 0 || glyph >= reverse.Length) return;
        var current = reverse[glyph];
        if (current == 0 || Rank(codepoint) < Rank(current) || (Rank(codepoint) == Rank(current) && codepoint < current)) reverse[glyph] = codepoint;
    }

    // CJK faces map the Kangxi and supplementary radicals (U+2E80–U+2FDF) and the compatibility
    // ideographs (U+F900–U+FAFF) to the glyph of the ordinary ideograph: the ideograph is what the
    // text says (目, not the radical ⽬ that has the lower code point), so those rank last.
    private static int Rank(int codepoint) => codepoint is >= 0x2E80 and <= 0x2FDF or >= 0xF900 and <= 0xFAFF or >= 0x2F800 and <= 0x2FA1F ? 1 : 0;

    private static void Format12(ReadOnlySpan<byte> d, int table, int[] reverse)
    {
        var groups = (int)U32(d, table + 12);
        for (var i = 0; i < groups; i++)
        {
            var group = table + 16 + 12 * i;
            int start = (int)U32(d, group), end = (int)U32(d, group + 4), glyph = (int)U32(d, group + 8);
            for (var c = start; c <= end && c <= 0x10FFFF; c++) Set(reverse, glyph + (c - start), c);
        }
    }

    private static void Format4(ReadOnlySpan<byte> d, int table, int[] reverse)
    {
        var segments = U16(d, table + 6) / 2;
        int ends = table + 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments, rangeOffsets = deltas + 2 * segments;
        for (var s = 0; s < segments; s++)
        {
            int end = U16(d, ends + 2 * s), start = U16(d, starts + 2 * s);
            var delta = (short)U16(d, deltas + 2 * s);
            var rangeAt = rangeOffsets + 2 * s;
            int rangeOffset = U16(d, rangeAt);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    // idRangeOffset counts bytes from its own position into glyphIdArray.
                    var at = rangeAt + rangeOffset + 2 * (c - start);
                    if (at + 2 > d.Length) continue;
                    glyph = U16(d, at);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                Set(reverse, glyph, c);
            }
        }
    }

    private static ushort U16(ReadOnlySpan<byte> d, int at) => BinaryPrimitives.ReadUInt16BigEndian(d[at..]);
    private static uint U32(ReadOnlySpan<byte> d, int at) => BinaryPrimitives.ReadUInt32BigEndian(d[at..]);
}
