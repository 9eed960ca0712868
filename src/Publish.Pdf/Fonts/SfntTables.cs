using System.Buffers.Binary;
using System.Text;

namespace Publish.Pdf.Fonts;

/// <summary>
/// The metrics a PDF font dictionary needs, read straight from an OpenType/TrueType file's
/// tables (head, hhea, hmtx, OS/2, post, name): advance widths, bounding box, ascent, descent,
/// cap height, italic angle, weight, PostScript name and the outline format.
/// </summary>
internal sealed record SfntTables(
    int UnitsPerEm, ushort[] Advances, (short XMin, short YMin, short XMax, short YMax) BoundingBox,
    short Ascent, short Descent, short CapHeight, double ItalicAngle, int Weight, bool FixedPitch,
    bool IsCff, string? PostScriptName, int[] Unicodes)
{
    /// <summary>The character the font's cmap gives <paramref name="glyph"/> (0 when none, e.g. a ligature).</summary>
    public int Unicode(int glyph) => glyph < Unicodes.Length ? Unicodes[glyph] : 0;

    /// <summary>The advance of <paramref name="glyph"/> in font units (hmtx repeats the last advance past numberOfHMetrics).</summary>
    public int Advance(int glyph) => Advances.Length == 0 ? 0 : Advances[Math.Min(glyph, Advances.Length - 1)];

    /// <summary>Reads face <paramref name="faceIndex"/> of a font file (a collection too); null when the file is not a usable font.</summary>
    public static SfntTables? Read(byte[] data, int faceIndex)
    {
        try { return ReadOrThrow(data, faceIndex); }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or ArgumentException) { return null; }
    }

    private static SfntTables? ReadOrThrow(byte[] data, int faceIndex)
    {
        ReadOnlySpan<byte> d = data;
        var start = 0;
        if (d[..4].SequenceEqual("ttcf"u8))
        {
            var count = (int)U32(d, 8);
            if (faceIndex < 0 || faceIndex >= count) return null;
            start = (int)U32(d, 12 + 4 * faceIndex);
        }
        var tables = new Dictionary<string, (int Offset, int Length)>();
        var numTables = U16(d, start + 4);
        for (var i = 0; i < numTables; i++)
        {
            var entry = start + 12 + 16 * i;
            tables[Encoding.ASCII.GetString(d.Slice(entry, 4))] = ((int)U32(d, entry + 8), (int)U32(d, entry + 12));
        }
        if (!tables.TryGetValue("head", out var head) || !tables.TryGetValue("hhea", out var hhea) || !tables.TryGetValue("hmtx", out var hmtx))
            return null;

        var unitsPerEm = U16(d, head.Offset + 18);
        var bbox = (S16(d, head.Offset + 36), S16(d, head.Offset + 38), S16(d, head.Offset + 40), S16(d, head.Offset + 42));
        var ascent = S16(d, hhea.Offset + 4);
        var descent = S16(d, hhea.Offset + 6);
        var metrics = Math.Min((int)U16(d, hhea.Offset + 34), hmtx.Length / 4);
        var advances = new ushort[metrics];
        for (var g = 0; g < metrics; g++) advances[g] = U16(d, hmtx.Offset + 4 * g);

        int weight = 400;
        var capHeight = (short)(ascent * 0.7); // a usual ratio, for fonts whose OS/2 table predates sCapHeight
        if (tables.TryGetValue("OS/2", out var os2))
        {
            weight = U16(d, os2.Offset + 4);
            if (U16(d, os2.Offset) >= 2 && os2.Length >= 90) capHeight = S16(d, os2.Offset + 88);
        }
        double italicAngle = 0;
        var fixedPitch = false;
        if (tables.TryGetValue("post", out var post))
        {
            italicAngle = (int)U32(d, post.Offset + 4) / 65536.0;
            fixedPitch = U32(d, post.Offset + 12) != 0;
        }
        var psName = tables.TryGetValue("name", out var name) ? ReadPostScriptName(d, name.Offset) : null;
        var glyphCount = tables.TryGetValue("maxp", out var maxp) ? U16(d, maxp.Offset + 4) : metrics;
        var unicodes = tables.TryGetValue("cmap", out var cmap) ? CharacterMap.Reverse(d, cmap.Offset, glyphCount) : [];
        return new SfntTables(unitsPerEm, advances, bbox, ascent, descent, capHeight, italicAngle, weight, fixedPitch,
            tables.ContainsKey("CFF ") || tables.ContainsKey("CFF2"), psName, unicodes);
    }

    /// <summary>Name id 6, from the Windows (UTF-16BE) or Macintosh (Roman) record.</summary>
    private static string? ReadPostScriptName(ReadOnlySpan<byte> d, int table)
    {
        var count = U16(d, table + 2);
        var strings = table + U16(d, table + 4);
        for (var i = 0; i < count; i++)
        {
            var r = table + 6 + 12 * i;
            if (U16(d, r + 6) != 6) continue;
            var platform = U16(d, r);
            var length = U16(d, r + 8);
            var offset = strings + U16(d, r + 10);
            var bytes = d.Slice(offset, length);
            var text = platform is 0 or 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
            // A PostScript name is printable ASCII without delimiters; keep only that.
            var clean = new string(text.Where(c => c is > ' ' and < (char)127 and not ('[' or ']' or '(' or ')' or '{' or '}' or '<' or '>' or '/' or '%')).ToArray());
            if (clean.Length > 0) return clean;
        }
        return null;
    }

    private static ushort U16(ReadOnlySpan<byte> d, int at) => BinaryPrimitives.ReadUInt16BigEndian(d[at..]);
    private static short S16(ReadOnlySpan<byte> d, int at) => BinaryPrimitives.ReadInt16BigEndian(d[at..]);
    private static uint U32(ReadOnlySpan<byte> d, int at) => BinaryPrimitives.ReadUInt32BigEndian(d[at..]);
}
