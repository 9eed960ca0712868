using System.Globalization;
using System.Security;
using System.Text;
using Publish.Layout.Paged;

namespace Publish.Pdf.Metadata;

/// <summary>
/// The XMP metadata stream: the PDF/UA-1 identification (every file we write is tagged), with
/// <c>pdfa</c> the PDF/A identification (part 2, conformance A: tagged), and the same facts as the
/// info dictionary, which PDF/A requires to agree with it.
/// </summary>
internal static class XmpPacket
{
    public static byte[] Build(DocumentInfo info, string documentUuid, bool pdfa)
    {
        var sb = new StringBuilder();
        sb.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
          .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
          .Append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n<pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n");
        if (pdfa)
            sb.Append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
              .Append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>A</pdfaid:conformance>\n</rdf:Description>\n");
        sb
          .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<dc:format>application/pdf</dc:format>\n");
        if (!string.IsNullOrEmpty(info.Title))
            sb.Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        if (!string.IsNullOrEmpty(info.Author))
            sb.Append("<dc:creator><rdf:Seq><rdf:li>").Append(Escape(info.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        if (!string.IsNullOrEmpty(info.Subject))
            sb.Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        sb.Append("</rdf:Description>\n<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
          .Append("<pdf:Producer>").Append(Escape(PdfWriter.Producer)).Append("</pdf:Producer>\n");
        if (!string.IsNullOrEmpty(info.Keywords)) sb.Append("<pdf:Keywords>").Append(Escape(info.Keywords)).Append("</pdf:Keywords>\n");
        sb.Append("</rdf:Description>\n<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
        if (!string.IsNullOrEmpty(info.Creator)) sb.Append("<xmp:CreatorTool>").Append(Escape(info.Creator)).Append("</xmp:CreatorTool>\n");
        if (info.Date is { } date)
        {
            var stamp = date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+00:00";
            sb.Append("<xmp:CreateDate>").Append(stamp).Append("</xmp:CreateDate>\n<xmp:ModifyDate>").Append(stamp).Append("</xmp:ModifyDate>\n");
        }
        sb.Append("</rdf:Description>\n<rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n")
          .Append("<xmpMM:DocumentID>uuid:").Append(documentUuid).Append("</xmpMM:DocumentID>\n")
          .Append("<xmpMM:InstanceID>uuid:").Append(documentUuid).Append("</xmpMM:InstanceID>\n")
          .Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static string Escape(string s) => SecurityElement.Escape(s) ?? "";
}
