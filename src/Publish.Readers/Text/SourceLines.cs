using System.Text;

namespace Publish.Readers.Text;

/// <summary>One non-blank source line: its 1-based number, its indent and its text without outer blanks.</summary>
internal sealed record SourceLine(int Number, int Indent, string Text)
{
    /// <summary>Blank lines between this line and the previous kept line (or the start).</summary>
    public int BlanksBefore { get; init; }

    public int Length => Text.Length;

    public string FirstWord => Text.Split(' ', 2)[0];
}

/// <summary>Input normalisation: whatever the web or an editor left in the file → clean lines.</summary>
internal static class SourceLines
{
    /// <summary>Drops a byte-order mark and turns CRLF and lone CR into LF; keeps the line count.</summary>
    public static string NormaliseLineEnds(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    /// <summary>
    /// Splits normalised text into non-blank lines numbered from <paramref name="firstLine"/>.
    /// Tabs and non-breaking or odd-width spaces become plain spaces and runs of spaces collapse,
    /// because web copies scatter them without meaning; zero-width characters go.
    /// </summary>
    public static List<SourceLine> Split(string text, int firstLine)
    {
        var result = new List<SourceLine>();
        var blanks = 0;
        var number = firstLine;
        foreach (var raw in text.Split('\n'))
        {
            var (indent, clean) = Clean(raw);
            if (clean.Length == 0) blanks++;
            else
            {
                result.Add(new SourceLine(number, indent, clean) { BlanksBefore = blanks });
                blanks = 0;
            }
            number++;
        }
        return result;
    }

    private static (int Indent, string Text) Clean(string raw)
    {
        if (IsPlain(raw))
        {
            var trimmed = raw.TrimEnd(' ');
            var lead = trimmed.Length - trimmed.TrimStart(' ').Length;
            return (lead, trimmed[lead..]);
        }
        var sb = new StringBuilder(raw.Length);
        var indent = 0;
        var leading = true;
        foreach (var c in raw)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD') continue;
            var space = c == '\t' || char.IsWhiteSpace(c);
            if (space)
            {
                if (leading) { indent += c == '\t' ? 4 : 1; continue; }
                if (sb.Length > 0 && sb[^1] == ' ') continue;
                sb.Append(' ');
                continue;
            }
            leading = false;
            sb.Append(c);
        }
        if (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        return (indent, sb.ToString());
    }

    // Most lines hold only printable characters and single spaces: nothing to clean but the ends.
    private static bool IsPlain(string raw)
    {
        var text = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c < ' ' || c > '~' && (char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')) return false;
            // Two spaces after the text began: a run to collapse (or trailing blanks; both take the slow path).
            if (c == ' ' && text && raw[i - 1] == ' ') return false;
            text |= c != ' ';
        }
        return true;
    }
}
