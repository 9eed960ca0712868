using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Publish.Model;

namespace Publish.Readers.Markdown;

/// <summary>
/// pandoc's grid tables, read as pandoc 2.17 reads them and measured in display columns as pandoc
/// measures them: an East Asian wide character takes two, a zero-width joiner none. Markdig counts
/// characters and cuts such rows in the wrong place (words lost).
/// </summary>
internal static partial class GridTableLayout
{
    [GeneratedRegex(@"^\+(?::?-+:?\+)+[ \t]*$")]
    private static partial Regex DashBorder();

    [GeneratedRegex(@"^\+(?::?=+:?\+)+[ \t]*$")]
    private static partial Regex HeadBorder();

    /// <summary>A border of dashes (a table's top or a row separator), with colons for alignment.</summary>
    public static bool IsBorder(string line) => DashBorder().IsMatch(line.TrimEnd('\r'));

    private static bool IsHeadBorder(string line) => HeadBorder().IsMatch(line.TrimEnd('\r'));

    private static bool IsRowLine(string line) => line.StartsWith('|');

    // Where the header ends (its +===+ line, or -1 without one) and the last line of the table.
    private sealed record Shape(int HeadBorder, int End);

    /// <summary>
    /// Where a grid table starting at <paramref name="start"/> has its parts, read as pandoc 2.17
    /// reads it: a dashed top border; header lines and a <c>+===+</c> line with as many columns as the
    /// top (else the table has no header); then rows of <c>|</c> lines separated by dashed borders,
    /// ending at the first line that is neither (no closing border is needed). Columns are cut where
    /// the border that defines them says, whatever the lines below draw: pandoc 2.17 has no spans, so
    /// a table drawn with them is read up to its first border that is not a row separator, and the
    /// rest is text.
    /// </summary>
    private static Shape? Parse(IReadOnlyList<string> lines, int start)
    {
        if (start >= lines.Count || !IsBorder(lines[start])) return null;
        var k = start + 1;
        while (k < lines.Count && IsRowLine(lines[k])) k++;
        if (k > start + 1 && k < lines.Count && IsHeadBorder(lines[k]) && Parts(lines[k]) == Parts(lines[start])
            && Rows(lines, k + 1) is { } headedEnd)
            return new Shape(k, headedEnd);
        return Rows(lines, start + 1) is { } end ? new Shape(-1, end) : null;
    }

    // Rows separated (and perhaps ended) by dashed borders: the last line they take, or null without a row.
    private static int? Rows(IReadOnlyList<string> lines, int from)
    {
        var k = from;
        int? end = null;
        while (k < lines.Count && IsRowLine(lines[k]))
        {
            while (k < lines.Count && IsRowLine(lines[k])) k++;
            end = k - 1;
            if (k < lines.Count && IsBorder(lines[k])) end = k++;
            else break;
        }
        return end;
    }

    private static int Parts(string border) => border.TrimEnd('\r', ' ', '\t').Count(c => c == '+') - 1;

    /// <summary>The last line of a grid table starting at <paramref name="start"/>, or null.</summary>
    public static int? Find(string[] lines, int start) => Parse(lines, start)?.End;

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

    /// <summary>
    /// The table: columns cut where its defining border (the <c>+===+</c> line, or the top) puts its
    /// <c>+</c>; each row's cells are its lines' slices. A header cell's lines are trimmed; a body
    /// cell's lose one leading space when all have one, as pandoc does (so text indented further is code).
    /// </summary>
    public static PandocTableLayout.Layout Read(IReadOnlyList<(string Text, int Line)> lines)
    {
        var text = lines.Select(l => l.Text.TrimEnd('\r')).ToList();
        var shape = Parse(text, 0) ?? new Shape(-1, text.Count - 1);
        var border = TrimEnd(text[shape.HeadBorder >= 0 ? shape.HeadBorder : 0]);
        var edges = Crossings(border, '+');
        var total = edges[^1] - edges[0];
        var columns = edges.Zip(edges.Skip(1), (a, b) => new PandocTableLayout.Column(a + 1, b, AlignOf(Slice(border, a + 1, b)), total > 0 ? (double)(b - a) / total : null)).ToList();

        var head = new List<PandocTableLayout.Row>();
        var body = new List<PandocTableLayout.Row>();
        if (shape.HeadBorder >= 0) head.Add(Row(Enumerable.Range(1, shape.HeadBorder - 1).ToList(), header: true));
        var pending = new List<int>();
        for (var k = shape.HeadBorder >= 0 ? shape.HeadBorder + 1 : 1; k <= shape.End; k++)
        {
            if (IsRowLine(text[k])) { pending.Add(k); continue; }
            if (pending.Count > 0) body.Add(Row(pending, header: false));
            pending = [];
        }
        if (pending.Count > 0) body.Add(Row(pending, header: false));
        return new PandocTableLayout.Layout(columns, head, body);

        PandocTableLayout.Row Row(List<int> group, bool header) => new(columns.Select((c, j) =>
        {
            // The last column takes the rest of the line; every cell loses the bar that closes it.
            var parts = group.Select(k => RemoveFinalBar(Slice(TrimEnd(text[k]), c.Start, j == columns.Count - 1 ? int.MaxValue : c.DashEnd + 1))).ToList();
            var content = header
                ? string.Join('\n', parts.Select(p => p.Trim())).Trim()
                : string.Join('\n', parts.All(p => p.Length == 0 || p[0] == ' ') ? parts.Select(p => p.Length > 0 ? p[1..] : p) : parts);
            return new PandocTableLayout.Cell(content, lines[group[0]].Line, 0);
        }).ToList());
    }

    private static string TrimEnd(string line) => line.TrimEnd('\r', ' ', '\t', '\n');

    private static string RemoveFinalBar(string cell) => cell.TrimEnd('|').TrimEnd(' ', '\t');

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
