using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Publish.Model;

namespace Publish.Readers.Markdown;

/// <summary>
/// pandoc's grid tables without spans, measured in display columns as pandoc measures them: an East
/// Asian wide character takes two, a zero-width joiner none. Markdig counts characters and cuts
/// such rows in the wrong place (words lost); tables with spans are left to Markdig.
/// </summary>
internal static partial class GridTableLayout
{
    [GeneratedRegex(@"^\+(?:[-=:]+\+)+\s*$")]
    private static partial Regex Border();

    public static bool IsBorder(string line) => Border().IsMatch(line.TrimEnd('\r'));

    /// <summary>The last line of a span-free grid table starting at <paramref name="start"/>, or null.</summary>
    public static int? Find(string[] lines, int start)
    {
        if (!IsBorder(lines[start])) return null;
        var columns = Crossings(lines[start], '+');
        var end = start;
        while (end + 1 < lines.Length && lines[end + 1].Length > 0 && lines[end + 1][0] is '+' or '|') end++;
        if (end == start || !IsBorder(lines[end])) return null;
        for (var k = start; k <= end; k++)
        {
            var line = lines[k].TrimEnd('\r', ' ');
            var separator = line[0] == '+' ? '+' : '|';
            if (separator == '+' && !IsBorder(line)) return null;
            if (!Crossings(line, separator).SequenceEqual(columns)) return null;
        }
        return end;
    }

    // Display columns at which the separator character stands.
    private static List<int> Crossings(string line, char separator)
    {
        var found = new List<int>();
        var column = 0;
        foreach (var element in Elements(line.TrimEnd('\r', ' ')))
        {
            if (element == separator.ToString()) found.Add(column);
            column += Width(element);
        }
        return found;
    }

    private static IEnumerable<string> Elements(string text)
    {
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext()) yield return e.GetTextElement();
    }

    /// <summary>Display width of one text element: 2 for East Asian wide and full-width, 0 for format characters.</summary>
    public static int Width(string element)
    {
        var rune = Rune.GetRuneAt(element, 0);
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark) return 0;
        var v = rune.Value;
        var wide = v is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x1F300 and <= 0x1FAFF or >= 0x20000 and <= 0x3FFFD;
        return wide ? 2 : 1;
    }

    /// <summary>The table: columns from the top border, head above the <c>+===+</c> line, rows between borders.</summary>
    public static PandocTableLayout.Layout Read(IReadOnlyList<(string Text, int Line)> lines)
    {
        var text = lines.Select(l => l.Text.TrimEnd('\r', ' ')).ToList();
        var edges = Crossings(text[0], '+');
        var headSeparator = text.FindIndex(l => l.StartsWith("+=", StringComparison.Ordinal) || l.StartsWith("+:=", StringComparison.Ordinal));
        var alignLine = headSeparator >= 0 ? text[headSeparator] : text[0];
        var total = edges[^1] - edges[0];
        var columns = edges.Zip(edges.Skip(1), (a, b) => new PandocTableLayout.Column(a + 1, b, AlignOf(Slice(alignLine, a + 1, b)), total > 0 ? (double)(b - a) / total : null)).ToList();

        var head = new List<PandocTableLayout.Row>();
        var body = new List<PandocTableLayout.Row>();
        var pending = new List<int>();
        for (var k = 1; k < text.Count; k++)
        {
            if (!IsBorder(text[k])) { pending.Add(k); continue; }
            if (pending.Count > 0) (headSeparator >= 0 && k <= headSeparator ? head : body).Add(Row(pending));
            pending = [];
        }
        return new PandocTableLayout.Layout(columns, head, body);

        PandocTableLayout.Row Row(List<int> group) => new(columns.Select(c =>
        {
            var parts = group.Select(k => Slice(text[k], c.Start, c.DashEnd)).ToList();
            var indent = parts.Where(p => p.Trim().Length > 0).Select(p => p.Length - p.TrimStart().Length).DefaultIfEmpty(0).Min();
            var content = string.Join('\n', parts.Select(p => p.Length >= indent ? p[indent..].TrimEnd() : p.Trim())).Trim('\n');
            return new PandocTableLayout.Cell(content, lines[group[0]].Line, 0);
        }).ToList());
    }

    // The text between two display columns.
    private static string Slice(string line, int from, int to)
    {
        var s = new StringBuilder();
        var column = 0;
        foreach (var element in Elements(line))
        {
            if (column >= from && column < to) s.Append(element);
            column += Width(element);
        }
        return s.ToString();
    }

    private static Alignment AlignOf(string border) => (border.StartsWith(':'), border.EndsWith(':')) switch
    {
        (true, true) => Alignment.Center,
        (true, false) => Alignment.Left,
        (false, true) => Alignment.Right,
        _ => Alignment.Default,
    };
}
