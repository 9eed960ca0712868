using System.Text;

namespace Publish.Epub.Xhtml;

/// <summary>
/// Percent-encodes what may not stand in a URL attribute (spaces, non-ASCII, brackets), keeping
/// existing <c>%XX</c> escapes and the reserved characters, as CommonMark renderers do.
/// </summary>
public static class UrlText
{
    private const string Safe = ";/?:@&=+$,-_.!~*'()#";

    public static string Escape(string url)
    {
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
}
