using System.Globalization;
using System.Text;

namespace Publish.Epub.Xhtml;

/// <summary>
/// Percent-encodes what may not stand in a URL attribute (spaces, non-ASCII, brackets), keeping
/// existing <c>%XX</c> escapes and the reserved characters, as CommonMark renderers do. A host
/// name is the exception: percent-escapes are not allowed there (e-readers and epubcheck refuse
/// <c>http://%E6%B5%8B.com</c>), so a non-ASCII host is written in its IDNA form (<c>xn--…</c>).
/// </summary>
internal static class UrlText
{
    private const string Safe = ";/?:@&=+$,-_.!~*'()#";

    public static string Escape(string url)
    {
        url = AsciiHost(url);
        var sb = new StringBuilder(url.Length);
        var bytes = Encoding.UTF8.GetBytes(url);
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || Safe.Contains(c))) sb.Append(c);
            else if (c == '%' && i + 2 < bytes.Length && char.IsAsciiHexDigit((char)bytes[i + 1]) && char.IsAsciiHexDigit((char)bytes[i + 2]))
                sb.Append('%');
            else sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary><c>http://测.com/x</c> → <c>http://xn--0zw.com/x</c>; any other URL unchanged.</summary>
    private static string AsciiHost(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0 || url.AsSpan(0, schemeEnd).ContainsAnyExcept(SchemeChars)) return url;
        var hostStart = schemeEnd + 3;
        var hostEnd = url.IndexOfAny(['/', '?', '#', ':'], hostStart);
        if (hostEnd < 0) hostEnd = url.Length;
        var userInfo = url.LastIndexOf('@', hostEnd - 1, hostEnd - hostStart);
        if (userInfo >= hostStart) hostStart = userInfo + 1;
        var host = url[hostStart..hostEnd];
        if (host.Length == 0 || host.All(char.IsAscii) && !host.Contains('%')) return url;
        try
        {
            var ascii = new IdnMapping().GetAscii(Uri.UnescapeDataString(host));
            return string.Concat(url.AsSpan(0, hostStart), ascii, url.AsSpan(hostEnd));
        }
        catch (ArgumentException)
        {
            return url; // not a valid international domain name: left to the general escaping
        }
    }

    private static readonly System.Buffers.SearchValues<char> SchemeChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.");
}
