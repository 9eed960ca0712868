using Publish.Pdf.Syntax;

namespace Publish.Pdf.Fonts;

/// <summary>
/// The encoded parts of one embedded font for one glyph set: the subset font file (compressed),
/// its /W widths and its /ToUnicode map. A watch session keeps these keyed by the glyph set, so
/// an edit that uses no new glyph never subsets again.
/// </summary>
internal sealed record FontProgram(string Tag, byte[] File, int FileLength, bool IsCff, byte[] Widths, byte[] ToUnicode)
{
    public static FontProgram Build(PdfFontResource font)
    {
        var glyphs = font.UsedGlyphs().ToList();
        var text = font.Text;
        var codepoints = text.SelectMany(t => t.Value.EnumerateRunes()).Select(r => r.Value).Distinct();
        var subset = FontSubsetter.Subset(font.Face.Data, font.Face.FaceIndex, glyphs, codepoints);
        // A font HarfBuzz cannot cut still has to be embedded: the whole file (only face 0 of a collection reads right).
        var file = subset ?? font.Face.Data;

        using var widths = new PdfBuffer();
        WriteWidths(widths, font, glyphs);
        using var cmap = new PdfBuffer();
        ToUnicodeCMap.Write(cmap, text);
        return new FontProgram(SubsetTag(glyphs), Deflate.Compress(file, Deflate.ResourceLevel), file.Length, font.Tables.IsCff,
            widths.Written.ToArray(), Deflate.Compress(cmap.Written));
    }

    /// <summary><c>[g [w w w] g [w]]</c>: one array per run of consecutive glyph ids.</summary>
    private static void WriteWidths(PdfBuffer b, PdfFontResource font, List<ushort> glyphs)
    {
        b.Byte((byte)'[');
        for (var i = 0; i < glyphs.Count;)
        {
            var j = i + 1;
            while (j < glyphs.Count && glyphs[j] == glyphs[j - 1] + 1) j++;
            b.Int(glyphs[i]).Ascii(" [");
            for (var k = i; k < j; k++)
            {
                if (k > i) b.Space();
                b.Number(font.Width(glyphs[k]));
            }
            b.Ascii("] ");
            i = j;
        }
        b.Byte((byte)']');
    }

    /// <summary>Six capitals from a hash of the glyph set: the same set always gets the same tag.</summary>
    private static string SubsetTag(List<ushort> glyphs)
    {
        var f = new Fingerprint(0x5B);
        f.Add<ushort>(glyphs.ToArray());
        var h = f.Value;
        var tag = new char[6];
        for (var i = 0; i < 6; i++, h /= 26) tag[i] = (char)('A' + (int)(h % 26));
        return new string(tag);
    }
}
