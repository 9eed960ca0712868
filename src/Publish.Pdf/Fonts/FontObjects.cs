using Publish.Pdf.Syntax;

namespace Publish.Pdf.Fonts;

/// <summary>
/// Writes one font as a composite (Type0) font with Identity-H encoding: content streams show
/// glyph ids directly (CID = GID, kept valid by subsetting with retained ids). TrueType outlines
/// go in as CIDFontType2 + FontFile2, CFF outlines as CIDFontType0 + FontFile3 /OpenType.
/// </summary>
internal static class FontObjects
{
    /// <summary>Writes the font's objects to the reserved number <paramref name="type0"/>.</summary>
    public static void Write(PdfObjectWriter w, int type0, PdfFontResource font, FontProgram program)
    {
        int cidFont = w.Allocate(), descriptor = w.Allocate(), file = w.Allocate(), toUnicode = w.Allocate();
        var baseFont = program.Tag + "+" + (font.Tables.PostScriptName ?? font.Face.Family.Replace(" ", "", StringComparison.Ordinal));

        w.Begin().Ascii("<</Type /Font /Subtype /Type0 /BaseFont ").Name(baseFont)
            .Ascii(" /Encoding /Identity-H /DescendantFonts [").Ref(cidFont).Ascii("] /ToUnicode ").Ref(toUnicode).Ascii(">>");
        w.End(type0);

        var b = w.Begin().Ascii("<</Type /Font /Subtype ").Ascii(program.IsCff ? "/CIDFontType0" : "/CIDFontType2")
            .Ascii(" /BaseFont ").Name(baseFont)
            .Ascii(" /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor ").Ref(descriptor)
            .Ascii(" /W ").Raw(program.Widths);
        if (!program.IsCff) b.Ascii(" /CIDToGIDMap /Identity");
        b.Ascii(">>");
        w.End(cidFont);

        WriteDescriptor(w, descriptor, font, baseFont, program.IsCff, file);

        b = w.Begin().Ascii("/Filter /FlateDecode");
        if (program.IsCff) b.Ascii(" /Subtype /OpenType");
        else b.Ascii(" /Length1 ").Int(program.FileLength);
        w.EndStream(file, program.File);

        w.Begin().Ascii("/Filter /FlateDecode");
        w.EndStream(toUnicode, program.ToUnicode);
    }

    private static void WriteDescriptor(PdfObjectWriter w, int number, PdfFontResource font, string baseFont, bool cff, int file)
    {
        var t = font.Tables;
        var scale = 1000.0 / t.UnitsPerEm;
        // Symbolic: glyphs are addressed by id, not through a standard Latin encoding.
        var flags = 4 | (t.FixedPitch ? 1 : 0) | (t.ItalicAngle != 0 || font.Face.Italic ? 64 : 0);
        // No font file states its stem width; this is the usual estimate from the weight class.
        var stemV = 10 + 220 * Math.Clamp(t.Weight - 50, 0, 900) / 900.0;
        w.Begin().Ascii("<</Type /FontDescriptor /FontName ").Name(baseFont)
            .Ascii(" /Flags ").Int(flags)
            .Ascii(" /FontBBox [").Number(t.BoundingBox.XMin * scale).Space().Number(t.BoundingBox.YMin * scale).Space()
            .Number(t.BoundingBox.XMax * scale).Space().Number(t.BoundingBox.YMax * scale)
            .Ascii("] /ItalicAngle ").Number(t.ItalicAngle)
            .Ascii(" /Ascent ").Number(t.Ascent * scale).Ascii(" /Descent ").Number(t.Descent * scale)
            .Ascii(" /CapHeight ").Number(t.CapHeight * scale).Ascii(" /StemV ").Number(Math.Round(stemV))
            .Ascii(cff ? " /FontFile3 " : " /FontFile2 ").Ref(file).Ascii(">>");
        w.End(number);
    }
}
