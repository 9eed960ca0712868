using System.Globalization;
using System.Text;

namespace Publish.Pdf.Structure;

/// <summary>
/// A finished PDF as Skia writes it: a classic (uncompressed) cross-reference table and trailer.
/// Gives the trailer, any object by number and the pages in order.
/// </summary>
internal sealed class PdfFile
{
    private readonly string text;
    private readonly Dictionary<int, int> offsets = [];

    public PdfFile(byte[] pdf)
    {
        text = Encoding.Latin1.GetString(pdf);
        var startxref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (startxref < 0) throw new FormatException("no startxref");
        var parser = new PdfParser(text, startxref + "startxref".Length);
        StartXref = int.Parse(((PdfAtom)parser.ReadObject()).Raw, CultureInfo.InvariantCulture);
        Trailer = ReadXrefSection(StartXref);
        // Older sections (none from Skia, but be exact) fill in what newer ones do not override.
        for (var prev = Trailer["Prev"]; prev is PdfAtom atom;)
            prev = ReadXrefSection(int.Parse(atom.Raw, CultureInfo.InvariantCulture))["Prev"];
    }

    public int StartXref { get; }
    public PdfDict Trailer { get; }
    public int Size => int.Parse(((PdfAtom)Trailer["Size"]!).Raw, CultureInfo.InvariantCulture);
    public PdfRef Root => (PdfRef)Trailer["Root"]!;

    public PdfObject Read(PdfRef reference) =>
        offsets.TryGetValue(reference.Number, out var offset)
            ? new PdfParser(text, offset).ReadIndirectObject()
            : throw new FormatException($"object {reference.Number} is not in the cross-reference table");

    public PdfDict ReadDict(PdfRef reference) =>
        Read(reference) as PdfDict ?? throw new FormatException($"object {reference.Number} is not a dictionary");

    /// <summary>The page objects in document order, walking the page tree from the catalog.</summary>
    public IReadOnlyList<PdfRef> Pages()
    {
        var pages = new List<PdfRef>();
        var catalog = ReadDict(Root);
        Walk((PdfRef)catalog["Pages"]!, pages, depth: 0);
        return pages;
    }

    private void Walk(PdfRef node, List<PdfRef> pages, int depth)
    {
        if (depth > 64) throw new FormatException("page tree too deep");
        var dict = ReadDict(node);
        if (dict["Kids"] is PdfArray kids && (dict["Type"] as PdfName)?.Raw == "/Pages")
            foreach (var kid in kids.Items.OfType<PdfRef>()) Walk(kid, pages, depth + 1);
        else pages.Add(node);
    }

    private PdfDict ReadXrefSection(int offset)
    {
        var parser = new PdfParser(text, offset);
        parser.SkipWhitespace();
        if (string.CompareOrdinal(text, parser.Position, "xref", 0, 4) != 0)
            throw new FormatException("cross-reference streams are not supported");
        var position = parser.Position + 4;
        while (true)
        {
            var lineStart = position;
            var line = NextLine(ref position).Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith("trailer", StringComparison.Ordinal))
            {
                var trailer = new PdfParser(text, text.IndexOf("trailer", lineStart, StringComparison.Ordinal) + "trailer".Length);
                return (PdfDict)trailer.ReadObject();
            }
            var header = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int first = int.Parse(header[0], CultureInfo.InvariantCulture), count = int.Parse(header[1], CultureInfo.InvariantCulture);
            for (var i = 0; i < count; i++)
            {
                var entry = NextLine(ref position).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (entry.Length == 3 && entry[2] == "n")
                    offsets.TryAdd(first + i, int.Parse(entry[0], CultureInfo.InvariantCulture));
            }
        }
    }

    private string NextLine(ref int position)
    {
        var end = text.IndexOfAny(['\r', '\n'], position);
        if (end < 0) end = text.Length;
        var line = text[position..end];
        position = end;
        while (position < text.Length && text[position] is '\r' or '\n') position++;
        return line;
    }
}
