using System.Text.RegularExpressions;

namespace Publish.Readers.Markdown;

/// <summary>
/// The block quote markers and list-item indentation a line sits in, as far as finding pandoc's
/// tables and line blocks needs: the quote markers at its start (<c>&gt; &gt; </c>) and, when it is
/// indented to the content column of the list item above it, that indentation. A line at top level
/// has none (null), and is handled as before.
/// </summary>
internal sealed partial record Container(string Quote, int Indent)
{
    /// <summary>
    /// How many lines of a container one block is looked for in: a pandoc table longer than this
    /// inside a quote or list item is not one anyone writes, and the bound keeps a long quote's
    /// many paragraphs from costing quadratic time.
    /// </summary>
    public const int MaxLines = 300;

    /// <summary>How far back the list item that owns an indented line is looked for (same reason).</summary>
    private const int MaxLookBack = 500;

    [GeneratedRegex(@"^(?: {0,3}> ?)+")]
    private static partial Regex QuoteMarkers();

    // pandoc's list markers: bullets, decimals, '#.', letters, roman numerals, '(n)', example '(@label)'.
    [GeneratedRegex(@"^(?<indent> *)(?<marker>[-*+]|\d{1,9}[.)]|#[.)]|\(\d{1,9}\)|\(?(?:[a-zA-Z]|[ivxlcdmIVXLCDM]+)[.)]|\(@[\w-]*\))(?<space> +)\S")]
    private static partial Regex ListMarker();

    /// <summary>
    /// Whether a pandoc block could start at line <paramref name="i"/>: every one begins with a
    /// line whose first character (inside its quotes) is <c>|</c>, <c>+</c>, <c>\</c> or <c>-</c>, or
    /// is followed by a line of dashes. The cheap test comes first so that the container, and the
    /// lines it holds, are looked at only for the few lines that may start a block.
    /// </summary>
    public static bool MayStartBlock(string[] lines, int i)
    {
        var text = Content(lines[i]);
        return text.StartsWith('|') || text.StartsWith("+-") || text.StartsWith("+=") || text.StartsWith('\\') || IsDashes(text)
            || (i + 1 < lines.Length && IsDashes(Content(lines[i + 1])));
    }

    private static ReadOnlySpan<char> Content(string line) => line.AsSpan(QuoteOf(line).Length).Trim();

    // Dashes and spaces only: a table's rule ("- item" is a list, not a rule).
    private static bool IsDashes(ReadOnlySpan<char> text) => text.Length > 0 && text[0] == '-' && !text.ContainsAnyExcept('-', ' ');

    /// <summary>What a container line starts with: its quote markers and the list indentation.</summary>
    public string Prefix => Quote + new string(' ', Indent);

    public static Container? Of(string[] lines, int i)
    {
        var quote = QuoteOf(lines[i]);
        var rest = lines[i][quote.Length..];
        var indent = rest.Length - rest.TrimStart(' ').Length;
        if (rest.Trim().Length == 0) return null;
        var listIndent = indent > 0 && OwnedByListItem(lines, i, quote, indent) ? indent : 0;
        return quote.Length == 0 && listIndent == 0 ? null : new Container(quote, listIndent);
    }

    /// <summary>Whether the nearest line above with less indentation (in the same quote) is a list item whose text starts at <paramref name="indent"/>.</summary>
    private static bool OwnedByListItem(string[] lines, int i, string quote, int indent)
    {
        for (var k = i - 1; k >= 0 && k >= i - MaxLookBack; k--)
        {
            var theirs = QuoteOf(lines[k]);
            if (Depth(theirs) != Depth(quote)) return false;
            var rest = lines[k][theirs.Length..];
            if (rest.Trim().Length == 0) continue;
            var own = rest.Length - rest.TrimStart(' ').Length;
            if (own >= indent) continue;
            if (ListMarker().Match(rest) is not { Success: true } m) return false;
            // A marker followed by five or more spaces starts its text one space after the marker (the rest is indented code).
            var space = m.Groups["space"].Length >= 5 ? 1 : m.Groups["space"].Length;
            return m.Groups["indent"].Length + m.Groups["marker"].Length + space == indent;
        }
        return false;
    }

    private static string QuoteOf(string line) => QuoteMarkers().Match(line).Value;

    /// <summary>How deep in block quotes a line is: its markers, however spaced (<c>&gt;</c> alone ends a paragraph in a quote as <c>&gt; </c> does).</summary>
    private static int Depth(string quote) => quote.Count(c => c == '>');

    /// <summary>
    /// The line as the container's content sees it (quote markers and list indentation taken off;
    /// blank when it holds nothing more), or null when the line is not inside this container: other
    /// quote markers, or text indented less than the item's.
    /// </summary>
    public string? Inside(string line)
    {
        var quote = QuoteOf(line);
        if (Depth(quote) != Depth(Quote)) return null;
        var rest = line[quote.Length..];
        if (rest.Trim().Length == 0) return "";
        return rest.Length - rest.TrimStart(' ').Length >= Indent ? rest[Indent..] : null;
    }

    /// <summary>Whether the line ends a paragraph inside this container (blank, or only the quote markers).</summary>
    public bool IsBlankIn(string line) => line.Trim().Length == 0 || Inside(line) == "";
}
