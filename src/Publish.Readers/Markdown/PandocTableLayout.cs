using System.Text.RegularExpressions;
using Publish.Model;

namespace Publish.Readers.Markdown;

/// <summary>
/// Reads the lines of a pandoc simple or multiline table into columns (cut where the dashes say),
/// header and body rows of cell text with where each cell's text starts, before any Markdown is
/// parsed in the cells.
/// </summary>
internal static partial class PandocTableLayout
{
    public sealed record Column(int Start, int DashEnd, Alignment Alignment, double? RelativeWidth);
    public sealed record Cell(string Text, int Line, int Column);
    public sealed record Row(IReadOnlyList<Cell> Cells);
    public sealed record Layout(IReadOnlyList<Column> Columns, IReadOnlyList<Row> Head, IReadOnlyList<Row> Body);

    [GeneratedRegex(@"^ {0,3}-+(?: +-+)* *\r?$")]
    private static partial Regex DashLine();

    [GeneratedRegex(@"-+")]
    private static partial Regex DashRun();

    private static bool IsDash(string line) => DashLine().IsMatch(line);
    private static bool IsBlank(string line) => line.Trim().Length == 0;

    public static Layout Read(IReadOnlyList<(string Text, int Line)> lines)
    {
        var text = lines.Select(l => l.Text.TrimEnd('\r')).ToList();
        var multilineWithHeader = DashRun().Matches(text[0]).Count == 1;
        // Where the columns are read: the dashes under the header, or the first line when there is none.
        var separator = multilineWithHeader ? text.FindIndex(1, IsDash) : IsDash(text[0]) ? 0 : 1;
        var headLines = multilineWithHeader ? Enumerable.Range(1, separator - 1).ToList() : separator == 1 ? [0] : [];
        var last = text.Count - 1;
        var bodyEnd = IsDash(text[last]) && last > separator ? last - 1 : last;
        var bodyLines = Enumerable.Range(separator + 1, Math.Max(0, bodyEnd - separator)).ToList();
        // A multiline table separates its rows by blank lines; a simple one has a row per line.
        var multiline = multilineWithHeader || bodyLines.Any(k => IsBlank(text[k]));

        var runs = DashRun().Matches(text[separator]).ToList();
        var width = runs[^1].Index + runs[^1].Length - runs[0].Index;
        var columns = runs.Select((run, i) =>
        {
            var next = i + 1 < runs.Count ? runs[i + 1].Index : run.Index + run.Length;
            double? relative = multiline && width > 0 ? (double)(next - run.Index) / width : null;
            return new Column(run.Index, run.Index + run.Length, Align(headLines.Select(k => text[k]), run.Index, run.Length, headLines.Count == 0), relative);
        }).ToList();

        Row RowOf(List<int> group) => new(columns.Select((c, i) =>
        {
            var start = i == 0 ? 0 : c.Start;
            var end = i + 1 < columns.Count ? columns[i + 1].Start : int.MaxValue;
            var parts = group.Select(k => Slice(text[k], start, end)).ToList();
            var firstLine = group.FirstOrDefault(k => Slice(text[k], start, end).Trim().Length > 0, group[0]);
            return new Cell(string.Join('\n', parts.Select(p => p.Trim())).Trim(), lines[firstLine].Line, start);
        }).ToList());

        var head = headLines.Count == 0 ? [] : new List<Row> { RowOf(headLines) };
        var body = new List<Row>();
        var pending = new List<int>();
        foreach (var k in bodyLines)
        {
            if (IsBlank(text[k]) || !multiline)
            {
                if (!multiline) pending.Add(k);
                if (pending.Count > 0) body.Add(RowOf(pending));
                pending = [];
                continue;
            }
            pending.Add(k);
        }
        if (pending.Count > 0) body.Add(RowOf(pending));
        return new Layout(columns, head, body);
    }

    private static string Slice(string line, int start, int end) =>
        start >= line.Length ? "" : line[start..Math.Min(end, line.Length)];

    /// <summary>
    /// pandoc's rule: header text flush with the dashes on the left only is left-aligned, on the
    /// right only right-aligned, on neither centred, on both the default. Without a header the
    /// first row decides (pandoc looks at it the same way); we leave those default.
    /// </summary>
    private static Alignment Align(IEnumerable<string> header, int start, int length, bool headerless)
    {
        if (headerless) return Alignment.Default;
        var cut = header.Select(l => Slice(l, start, start + length)).Where(s => s.Trim().Length > 0).OrderBy(s => s.TrimEnd().Length).FirstOrDefault();
        if (cut is null) return Alignment.Default;
        var leftSpace = cut[0] == ' ';
        var rightSpace = cut.TrimEnd().Length < length;
        return (leftSpace, rightSpace) switch
        {
            (true, false) => Alignment.Right,
            (false, true) => Alignment.Left,
            (true, true) => Alignment.Center,
            _ => Alignment.Default,
        };
    }
}
