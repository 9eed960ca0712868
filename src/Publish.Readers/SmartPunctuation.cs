using System.Text;

namespace Publish.Readers;

/// <summary>
/// Typewriter punctuation → typographic punctuation, on plain strings: straight quotes become
/// curly, apostrophes become ’, <c>--</c>/<c>---</c> become en/em dashes and <c>...</c> an ellipsis.
/// Used by the plain-text reader on whole paragraphs and reusable by the Markdown reader on text runs.
/// </summary>
internal static class SmartPunctuation
{
    /// <summary>
    /// Returns <paramref name="text"/> with smart punctuation. <paramref name="before"/> is the
    /// character that precedes the text in its paragraph (a space at the start of a paragraph), so a
    /// run that starts right after emphasis or a link still gets the right quote direction.
    /// </summary>
    public static string Apply(string text, char before = ' ')
    {
        if (text.AsSpan().IndexOfAny("\"'-.") < 0) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var prev = sb.Length > 0 ? sb[^1] : before;
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            switch (c)
            {
                case '"':
                    sb.Append(OpensQuote(prev, next) ? '\u201C' : '\u201D');
                    break;
                case '\'':
                    sb.Append(SingleQuote(text, i, prev));
                    break;
                case '-' when next == '-':
                    var run = RunLength(text, i, '-');
                    // Two hyphens are an en dash, three an em dash; longer runs (rules drawn with
                    // hyphens) are left alone rather than guessed at.
                    sb.Append(run switch { 2 => "\u2013", 3 => "\u2014", _ => new string('-', run) });
                    i += run - 1;
                    break;
                case '.' when next == '.' && RunLength(text, i, '.') == 3:
                    sb.Append('\u2026');
                    i += 2;
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Undoes <see cref="Apply"/> for comparisons with typewriter text (tests, search).</summary>
    public static string ToTypewriter(string text) => text
        .Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2018', '\'').Replace('\u2019', '\'')
        .Replace("\u2013", "--").Replace("\u2014", "---").Replace("\u2026", "...");

    private static int RunLength(string text, int start, char c)
    {
        var end = start;
        while (end < text.Length && text[end] == c) end++;
        return end - start;
    }

    // A quote opens after a space, an opening bracket or a dash, and only when something follows it.
    private static bool OpensQuote(char prev, char next) =>
        IsOpeningContext(prev) && !char.IsWhiteSpace(next);

    private static bool IsOpeningContext(char prev) =>
        char.IsWhiteSpace(prev) || prev is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or '\u201C' or '\u2018';

    private static char SingleQuote(string text, int i, char prev)
    {
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        // Inside a word (don't, 50 Cent's, rock'n'roll) or after a closing quote/period it closes.
        if (char.IsLetterOrDigit(prev) || !IsOpeningContext(prev)) return '\u2019';
        if (char.IsWhiteSpace(next)) return '\u2019';
        // A leading apostrophe elides: '90s, 'em, 'tis, 'twas, 'n'.
        if (IsElision(text, i + 1)) return '\u2019';
        return '\u2018';
    }

    private static readonly string[] Elisions = ["em", "tis", "twas", "til", "cause", "bout", "round"];

    private static bool IsElision(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
        var word = text[start..end];
        if (word.Length == 0) return false;
        var after = end < text.Length ? text[end] : ' ';
        // '90s and '05: two digits (with an optional s), then the word ends.
        if (word.Length is 2 or 3 && char.IsDigit(word[0]) && char.IsDigit(word[1]) && (word.Length == 2 || word[2] == 's'))
            return after != '\'';
        // 'n' (rock 'n' roll) is an elision on both sides.
        if (word is "n" or "N") return true;
        return Elisions.Contains(word.ToLowerInvariant()) && after != '\'';
    }
}
