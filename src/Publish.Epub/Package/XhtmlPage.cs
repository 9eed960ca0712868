using Publish.Epub.Xhtml;

namespace Publish.Epub.Package;

/// <summary>The XHTML document around a body: XML declaration, namespaces, language, title, the shared stylesheet.</summary>
internal static class XhtmlPage
{
    /// <summary>A page; <paramref name="rightToLeft"/> writes <c>dir="rtl"</c> on html and body, so readers set it right to left.</summary>
    public static string Wrap(string title, string language, string body, string? bodyType = null, bool rightToLeft = false)
    {
        var o = new Markup();
        o.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").Line();
        o.Raw("<!DOCTYPE html>").Line();
        o.Open("html", ("xmlns", "http://www.w3.org/1999/xhtml"), ("xmlns:epub", "http://www.idpf.org/2007/ops"),
            ("lang", language), ("xml:lang", language), ("dir", rightToLeft ? "rtl" : null)).Line();
        o.Open("head").Line();
        o.Void("meta", ("charset", "UTF-8")).Line();
        o.Open("title").Text(title).Close("title").Line();
        o.Void("link", ("rel", "stylesheet"), ("type", "text/css"), ("href", EpubLayout.StyleSheet)).Line();
        o.Close("head").Line();
        o.Open("body", ("epub:type", bodyType), ("dir", rightToLeft ? "rtl" : null)).Line();
        o.Raw(body).EnsureLine();
        o.Close("body").Line().Close("html").Line();
        return o.ToString();
    }
}
