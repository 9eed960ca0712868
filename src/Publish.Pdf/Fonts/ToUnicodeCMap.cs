using Publish.Pdf.Syntax;

namespace Publish.Pdf.Fonts;

/// <summary>
/// The /ToUnicode CMap of an Identity-H font: glyph id → the characters it stands for, so text
/// extraction, search and screen readers get words back ("ﬁ" reads as "fi").
/// </summary>
internal static class ToUnicodeCMap
{
    /// <summary>bfchar blocks may hold at most 100 entries each.</summary>
    private const int BlockSize = 100;

    public static void Write(PdfBuffer b, List<KeyValuePair<ushort, string>> entries)
    {
        b.Ascii("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
         .Ascii("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n")
         .Ascii("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
         .Ascii("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (var start = 0; start < entries.Count; start += BlockSize)
        {
            var count = Math.Min(BlockSize, entries.Count - start);
            b.Int(count).Ascii(" beginbfchar\n");
            for (var i = start; i < start + count; i++)
            {
                b.Byte((byte)'<').Hex4(entries[i].Key).Ascii("> <");
                foreach (var c in entries[i].Value) b.Hex4(c); // UTF-16BE, surrogate pairs as they are
                b.Ascii(">\n");
            }
            b.Ascii("endbfchar\n");
        }
        b.Ascii("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    }
}
