using System.Text;

namespace Publish.Epub.Xhtml;

/// <summary>
/// Writes well-formed XHTML text: every string goes through an escape, characters XML forbids
/// become U+FFFD, and void elements close themselves so the same output parses as XML and HTML.
/// </summary>
internal sealed class Markup
{
    private readonly StringBuilder _sb = new();

    public int Length => _sb.Length;
    public override string ToString() => _sb.ToString();

    /// <summary>Literal markup the caller has built itself (tag names, fixed strings).</summary>
    public Markup Raw(string markup) { _sb.Append(markup); return this; }

    public Markup Text(string text) { AppendEscaped(_sb, text, attribute: false); return this; }

    /// <summary><c>&lt;name attrs&gt;</c>; attributes whose value is null are left out.</summary>
    public Markup Open(string name, params (string Name, string? Value)[] attributes)
    {
        _sb.Append('<').Append(name);
        Attributes(attributes);
        _sb.Append('>');
        return this;
    }

    public Markup Void(string name, params (string Name, string? Value)[] attributes)
    {
        _sb.Append('<').Append(name);
        Attributes(attributes);
        _sb.Append(" />");
        return this;
    }

    public Markup Close(string name) { _sb.Append("</").Append(name).Append('>'); return this; }

    public Markup Line() { _sb.Append('\n'); return this; }

    /// <summary>Starts a line unless the output already ends with one (keeps the files readable).</summary>
    public Markup EnsureLine()
    {
        if (_sb.Length > 0 && _sb[^1] != '\n') _sb.Append('\n');
        return this;
    }

    private void Attributes((string Name, string? Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            if (value is null) continue;
            _sb.Append(' ').Append(name).Append("=\"");
            AppendEscaped(_sb, value, attribute: true);
            _sb.Append('"');
        }
    }

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        AppendEscaped(sb, text, attribute: true);
        return sb.ToString();
    }

    private static void AppendEscaped(StringBuilder sb, string text, bool attribute)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"' when attribute: sb.Append("&quot;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[++i]);
                    }
                    else if (IsXmlChar(c)) sb.Append(c);
                    else sb.Append('\uFFFD');
                    break;
            }
        }
    }

    // XML 1.0 allows tab, LF, CR and U+0020.. except surrogates (paired ones are handled above) and U+FFFE/FFFF.
    private static bool IsXmlChar(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
}
