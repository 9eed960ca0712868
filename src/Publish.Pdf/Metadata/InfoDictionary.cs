using System.Globalization;
using Publish.Layout.Paged;
using Publish.Pdf.Syntax;

namespace Publish.Pdf.Metadata;

/// <summary>
/// The document information dictionary. Both dates are the document's date, never the clock,
/// so builds are reproducible; without a date there are none.
/// </summary>
internal static class InfoDictionary
{
    public static void Write(PdfObjectWriter w, int number, DocumentInfo info)
    {
        var b = w.Begin().Ascii("<<");
        Entry(b, "Title", info.Title);
        Entry(b, "Author", info.Author);
        Entry(b, "Subject", info.Subject);
        Entry(b, "Keywords", info.Keywords);
        Entry(b, "Creator", info.Creator);
        Entry(b, "Producer", PdfWriter.Producer);
        if (info.Date is { } date)
        {
            var stamp = "D:" + date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00'";
            b.Ascii("/CreationDate (").Ascii(stamp).Ascii(") /ModDate (").Ascii(stamp).Ascii(") ");
        }
        b.Ascii(">>");
        w.End(number);
    }

    private static void Entry(PdfBuffer b, string key, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        b.Byte((byte)'/').Ascii(key).Space().Text(value).Space();
    }
}
