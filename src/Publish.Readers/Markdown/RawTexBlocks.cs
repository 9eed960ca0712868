using System.Text.RegularExpressions;

namespace Publish.Readers.Markdown;

/// <summary>
/// Raw TeX standing as a block, found as pandoc 2.17's Markdown reader finds it (its
/// <c>raw_tex</c> extension): at the start of a block, one or more chunks, each ending a line, of
/// <list type="bullet">
/// <item>a ConTeXt environment, <c>\startNAME</c> or <c>\start[NAME]</c> to the matching <c>\stop…</c>;</item>
/// <item>a LaTeX environment, <c>\begin{NAME}</c> to the matching <c>\end{NAME}</c>, unless NAME is a
/// math environment (pandoc reads those as math);</item>
/// <item>a line of commands and their arguments only, the first no command of running text (<c>\emph</c>,
/// <c>\cite</c>, ...) — a macro definition, <c>\usepackage{…}</c>, <c>\section{…}</c>, <c>\clearpage</c>.</item>
/// </list>
/// Chunks follow each other on consecutive lines. A chunk that ends mid-line with text after it is no
/// block here (the text stays text), where pandoc would start a paragraph mid-line.
/// </summary>
internal sealed partial class RawTexBlocks(string[] lines)
{
    /// <summary>
    /// Commands of running text: a line that starts with one of these is a paragraph, as in pandoc
    /// (whose HTML then drops the command and its words; we keep them as text).
    /// </summary>
    private static readonly HashSet<string> InlineCommands =
    [
        "emph", "textbf", "textit", "textsl", "texttt", "textsc", "textrm", "textsf", "textup", "textmd", "textnormal",
        "underline", "uline", "sout", "url", "href", "ref", "eqref", "pageref", "autoref", "cref", "Cref", "label",
        "cite", "citep", "citet", "citeauthor", "citeyear", "autocite", "parencite", "textcite", "footnote", "footnotemark",
        "index", "mbox", "hbox", "text", "LaTeX", "TeX", "ldots", "dots", "today", "verb", "lstinline", "mintinline",
        "includegraphics", "textcolor", "colorbox", "fbox", "bf", "it", "em", "tt", "rm", "sc", "sf",
        "small", "large", "Large", "LARGE", "tiny", "footnotesize", "scriptsize", "normalsize", "huge", "Huge",
    ];

    /// <summary>Environments pandoc reads as math, never as raw TeX.</summary>
    private static readonly HashSet<string> MathEnvironments =
    [
        "equation", "equation*", "align", "align*", "alignat", "alignat*", "gather", "gather*", "multline", "multline*",
        "flalign", "flalign*", "eqnarray", "eqnarray*", "displaymath", "math", "dmath", "dmath*",
    ];

    [GeneratedRegex(@"\G\\start(\[[\p{L}\p{N} ]*\]|\p{L}+)")]
    private static partial Regex ConTeXtStart();

    [GeneratedRegex(@"\G\\begin\{([^{}\n]+)\}")]
    private static partial Regex Begin();

    [GeneratedRegex(@"\G\\([A-Za-z@]+)\*?")]
    private static partial Regex Command();

    // The source joined once (environments span lines), and where each line starts in it.
    private string? _text;
    private int[] _lineStart = [];

    /// <summary>The last line of a raw TeX block starting at line <paramref name="start"/>, or null.</summary>
    public int? Find(int start)
    {
        if (!StartsCommand(lines[start], 0)) return null;
        if (_text is null)
        {
            _text = string.Join('\n', lines);
            _lineStart = new int[lines.Length];
            for (int k = 1, offset = 0; k < lines.Length; k++) _lineStart[k] = offset += lines[k - 1].Length + 1;
        }
        var text = _text;
        var at = _lineStart[start];
        int? end = null;
        while (at < text.Length && Chunk(text, at) is { } after && EndsLine(text, after))
        {
            var lineEnd = text.IndexOf('\n', after);
            end = LineOf(after);
            if (lineEnd < 0) break;
            // The next chunk may start the next line (after its indent), unless that line is blank.
            var next = lineEnd + 1;
            while (next < text.Length && text[next] is ' ' or '\t') next++;
            if (next >= text.Length || text[next] is '\n' or '\r' || !StartsCommand(text, next)) break;
            at = next;
        }
        return end;
    }

    private int LineOf(int offset)
    {
        var found = Array.BinarySearch(_lineStart, offset);
        return found >= 0 ? found : ~found - 1;
    }

    private static bool StartsCommand(string s, int at) => at + 1 < s.Length && s[at] == '\\' && char.IsAsciiLetter(s[at + 1]);

    // Only spaces are left on the line after position `at`.
    private static bool EndsLine(string s, int at)
    {
        for (var k = at; k < s.Length && s[k] != '\n'; k++) if (s[k] is not (' ' or '\t' or '\r')) return false;
        return true;
    }

    /// <summary>Where one chunk starting at <paramref name="at"/> ends, or null.</summary>
    private static int? Chunk(string s, int at)
    {
        if (ConTeXtStart().Match(s, at) is { Success: true } context)
            return Matching(s, context.Index + context.Length, "\\start" + context.Groups[1].Value, "\\stop" + context.Groups[1].Value);
        if (Begin().Match(s, at) is { Success: true } begin)
        {
            var name = begin.Groups[1].Value;
            return MathEnvironments.Contains(name) ? null : Matching(s, begin.Index + begin.Length, $"\\begin{{{name}}}", $"\\end{{{name}}}");
        }
        return CommandLine(s, at);
    }

    // The end of the closing text matching an opening already passed, nested openings counted.
    private static int? Matching(string s, int from, string open, string close)
    {
        var depth = 1;
        var k = from;
        while (k < s.Length)
        {
            var nextOpen = s.IndexOf(open, k, StringComparison.Ordinal);
            var nextClose = s.IndexOf(close, k, StringComparison.Ordinal);
            if (nextClose < 0) return null;
            if (nextOpen >= 0 && nextOpen < nextClose) { depth++; k = nextOpen + open.Length; continue; }
            k = nextClose + close.Length;
            if (--depth == 0) return k;
        }
        return null;
    }

    // Commands with their arguments ([...], {...}, a control sequence, #1) and spaces between, to the
    // end of the line; the first command no command of running text.
    private static int? CommandLine(string s, int at)
    {
        var first = true;
        var k = at;
        while (k < s.Length && s[k] != '\n')
        {
            if (s[k] is ' ' or '\t' or '\r') { k++; continue; }
            var command = Command().Match(s, k);
            if (!command.Success) return null;
            if (first && InlineCommands.Contains(command.Groups[1].Value)) return null;
            first = false;
            k = command.Index + command.Length;
            while (k < s.Length)
            {
                if (s[k] is '{' or '[' && Balanced(s, k) is { } closed) k = closed;
                else if (s[k] == '#' && k + 1 < s.Length && char.IsAsciiDigit(s[k + 1])) k += 2;
                else break;
            }
        }
        return first ? null : k;
    }

    // The position after the bracket that closes the one at `open` (braces nest; brackets need not).
    private static int? Balanced(string s, int open)
    {
        var closer = s[open] == '{' ? '}' : ']';
        var depth = 0;
        for (var k = open; k < s.Length; k++)
        {
            if (s[k] == '\\') { k++; continue; }
            if (s[k] == s[open]) depth++;
            else if (s[k] == closer && --depth == 0) return k + 1;
            else if (s[k] == '\n' && k + 1 < s.Length && s[k + 1] == '\n') return null; // a blank line ends any argument
        }
        return null;
    }
}
