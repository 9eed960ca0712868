using System.Text;
using System.Text.RegularExpressions;

namespace Publish.Readers.Markdown;

/// <summary>What <see cref="PandocBlockSyntax"/> made of a source: the text Markdig parses and where each of its lines came from.</summary>
internal sealed record RewrittenSource(string Text, int[] OriginalLine);

/// <summary>
/// pandoc block syntax Markdig has no parser for — simple, multiline and grid tables, line blocks,
/// raw TeX (<see cref="RawTexBlocks"/>) — is
/// found in the source before Markdig parses it and fenced off as a block only we read
/// (<see cref="PandocBlockKind"/>), so Markdig takes it neither for code nor for paragraphs. Inside
/// block quotes and list items (<see cref="Container"/>) the same blocks are found on the lines
/// with the container's prefix taken off, and fenced with that prefix; fenced code is left alone.
/// </summary>
internal static partial class PandocBlockSyntax
{
    /// <summary>
    /// The info string of the fences we add. A control character no author types keeps a real
    /// fence from being mistaken for ours.
    /// </summary>
    public const string InfoPrefix = "\u0001pandoc-";

    [GeneratedRegex(@"^ {0,3}(?:`{3,}|~{3,})")]
    private static partial Regex FenceOpener();

    [GeneratedRegex(@"^ {0,3}-+(?: +-+)* *\r?$")]
    private static partial Regex DashLine();

    [GeneratedRegex(@"-+")]
    private static partial Regex DashRun();

    [GeneratedRegex(@"^ {0,3}\[[^\]^][^\]]*\]:")]
    private static partial Regex ReferenceDefinition();

    // A reference definition: label, address (up to a title), optional title in quotes (which may hold that quote) or parentheses.
    [GeneratedRegex(@"^(?<label> {0,3}\[[^\]^][^\]]*\]:[ \t]*)(?<url>[^\s<""'(][^""'(\r]*?)(?:[ \t]+(?<q>[""'])(?<title>.*)\k<q>|[ \t]+\((?<title>[^)\r]*)\))?[ \t]*\r?$")]
    private static partial Regex SpacedReferenceDefinition();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>
    /// pandoc takes a reference definition's address up to its title, spaces and all
    /// (<c>[baz]: /foo foo</c>), and writes each run of spaces as <c>%20</c>; its title in quotes runs
    /// to the last quote mark of the line (<c>"Title with "quotes" inside"</c>); and a definition with
    /// no address before a blank line (<c>[foo2]:</c>) defines an empty one. CommonMark would make
    /// both lines text: each is given the address pandoc reads, so Markdig reads the definition.
    /// </summary>
    private static string SpacedReference(string line, bool blankAfter)
    {
        if (SpacedReferenceDefinition().Match(line) is { Success: true } m
            && (Spaces().IsMatch(m.Groups["url"].Value.Trim()) || m.Groups["q"].Success && m.Groups["title"].Value.Contains(m.Groups["q"].Value[0])))
        {
            var title = m.Groups["title"].Success ? " \"" + m.Groups["title"].Value.Replace("\"", "\\\"") + "\"" : "";
            return m.Groups["label"].Value + Spaces().Replace(m.Groups["url"].Value.Trim(), "%20") + title;
        }
        return blankAfter && ReferenceDefinition().Match(line) is { Success: true } bare && line[bare.Length..].Trim().Length == 0 ? line.TrimEnd('\r') + " <>" : line;
    }

    public static RewrittenSource Rewrite(string text)
    {
        var lines = text.Split('\n');
        var output = new List<string>(lines.Length + 8);
        var origin = new List<int>(lines.Length + 8);
        var tex = new RawTexBlocks(lines);
        var i = 0;
        while (i < lines.Length)
        {
            if (FenceOpener().Match(lines[i]) is { Success: true } fence)
            {
                var end = FenceEnd(lines, i, fence.Value.Trim());
                for (; i <= end && i < lines.Length; i++) { output.Add(lines[i]); origin.Add(i); }
                continue;
            }
            var blankBefore = i == 0 || IsBlank(lines[i - 1]);
            var container = Container.MayStartBlock(lines, i) ? Container.Of(lines, i) : null;
            if (container is not null && NestedBlock(lines, i, container, output, origin) is { } next) { i = next; continue; }
            // A line inside a list item or quote is never the start of a top-level block.
            var found = blankBefore && container is null ? Find(lines, i, tex) : null;
            if (found is { } block)
            {
                var fenceText = new string('~', FenceLength(lines, i, block.End));
                output.Add(fenceText + " " + InfoPrefix + block.Kind.ToString().ToLowerInvariant()); origin.Add(i);
                for (var k = i; k <= block.End; k++) { output.Add(lines[k]); origin.Add(k); }
                output.Add(fenceText); origin.Add(block.End);
                i = block.End + 1;
                continue;
            }
            var referenceBefore = i > 0 && ReferenceDefinition().IsMatch(lines[i - 1]);
            var blankAfter = i + 1 >= lines.Length || IsBlank(lines[i + 1]);
            output.Add(blankBefore || referenceBefore ? SpacedReference(lines[i], blankAfter) : lines[i]); origin.Add(i);
            i++;
        }
        return new RewrittenSource(string.Join('\n', output), origin.ToArray());
    }

    /// <summary>
    /// A pandoc block at line <paramref name="i"/> inside a block quote or list item: found on the
    /// lines that carry the container's prefix, with the prefix taken off, and fenced with the
    /// prefix put back so that Markdig opens the fence inside the same container. Returns the line
    /// after the block, or null when none starts here.
    /// </summary>
    private static int? NestedBlock(string[] lines, int i, Container container, List<string> output, List<int> origin)
    {
        if (i > 0 && !container.IsBlankIn(lines[i - 1])) return null;
        var inner = new List<string>();
        for (var k = i; k < lines.Length && inner.Count < Container.MaxLines && container.Inside(lines[k]) is { } content; k++) inner.Add(content);
        if (inner.Count == 0) return null;
        var stripped = inner.ToArray();
        if (Find(stripped, 0, new RawTexBlocks(stripped)) is not { } block) return null;
        var fenceText = container.Prefix + new string('~', FenceLength(stripped, 0, block.End));
        output.Add(fenceText + " " + InfoPrefix + block.Kind.ToString().ToLowerInvariant()); origin.Add(i);
        for (var k = 0; k <= block.End; k++) { output.Add(lines[i + k]); origin.Add(i + k); }
        output.Add(fenceText); origin.Add(i + block.End);
        return i + block.End + 1;
    }

    private static int FenceEnd(string[] lines, int open, string opener)
    {
        var c = opener[0];
        var length = opener.TakeWhile(x => x == c).Count();
        for (var k = open + 1; k < lines.Length; k++)
        {
            var t = lines[k].Trim();
            if (t.Length >= length && t.All(x => x == c) && lines[k].Length - lines[k].TrimStart().Length < 4) return k;
        }
        return lines.Length - 1;
    }

    // Longer than any tilde run in the block, so no line of it closes our fence.
    private static int FenceLength(string[] lines, int from, int to)
    {
        var longest = 0;
        for (var k = from; k <= to; k++) longest = Math.Max(longest, lines[k].TrimStart().TakeWhile(c => c == '~').Count());
        return Math.Max(3, longest + 1);
    }

    private static bool IsBlank(string line) => line.Trim().Length == 0;

    private static bool IsDashLine(string line) => DashLine().IsMatch(line);

    private static int Groups(string line) => DashRun().Matches(line).Count;

    private readonly record struct Found(PandocBlockKind Kind, int End);

    /// <summary>The pandoc block starting at line <paramref name="i"/> (after a blank line), if any.</summary>
    private static Found? Find(string[] lines, int i, RawTexBlocks tex)
    {
        var line = lines[i];
        if (IsBlank(line)) return null;
        if (tex.Find(i) is { } texEnd) return new Found(PandocBlockKind.RawTex, texEnd);
        if (LineBlock(lines, i) is { } lineBlockEnd) return new Found(PandocBlockKind.LineBlock, lineBlockEnd);
        if (GridTableLayout.Find(lines, i) is { } gridEnd) return new Found(PandocBlockKind.GridTable, gridEnd);
        if (IsDashLine(line))
        {
            if (Groups(line) == 1 && MultilineWithHeader(lines, i) is { } multi) return new Found(PandocBlockKind.Table, multi);
            if (Groups(line) >= 2 && Headerless(lines, i) is { } headerless) return new Found(PandocBlockKind.Table, headerless);
            return null;
        }
        // A simple table: one header line, then dashes in two or more columns (one column would be a setext heading).
        if (i + 1 < lines.Length && IsDashLine(lines[i + 1]) && Groups(lines[i + 1]) >= 2)
        {
            var end = i + 1;
            while (end + 1 < lines.Length && !IsBlank(lines[end + 1])) end++;
            return end > i + 1 ? new Found(PandocBlockKind.Table, end) : null;
        }
        return null;
    }

    // Dashes in one run, header lines, dashes in columns, rows (blank lines between), dashes in one run.
    private static int? MultilineWithHeader(string[] lines, int top)
    {
        var k = top + 1;
        while (k < lines.Length && !IsBlank(lines[k]) && !IsDashLine(lines[k])) k++;
        if (k == top + 1 || k >= lines.Length || !IsDashLine(lines[k])) return null;
        return Closing(lines, k, needsRows: true);
    }

    // Dashes in columns, rows, and the same dashes again.
    private static int? Headerless(string[] lines, int top) => Closing(lines, top, needsRows: true);

    /// <summary>The line of dashes that closes a table whose rows start after <paramref name="from"/>, followed by a blank line or the end.</summary>
    private static int? Closing(string[] lines, int from, bool needsRows)
    {
        var blanks = 0;
        for (var k = from + 1; k < lines.Length; k++)
        {
            if (IsBlank(lines[k]))
            {
                // Rows are separated by single blank lines; two in a row end any table.
                if (++blanks > 1 || k == from + 1) return null;
                continue;
            }
            blanks = 0;
            if (IsDashLine(lines[k]))
            {
                if (needsRows && k == from + 1) return null;
                return k + 1 >= lines.Length || IsBlank(lines[k + 1]) ? k : null;
            }
        }
        return null;
    }

    // Lines beginning '| ' (or a lone '|'), with continuation lines beginning with a space; no pipe table.
    private static int? LineBlock(string[] lines, int start)
    {
        if (!IsLineBlockLine(lines[start])) return null;
        var end = start;
        while (end + 1 < lines.Length && (IsLineBlockLine(lines[end + 1]) || (lines[end + 1].StartsWith(' ') && !IsBlank(lines[end + 1])))) end++;
        // A pipe table's header row also begins with '| ': its delimiter row follows it.
        for (var k = start; k <= Math.Min(end + 1, lines.Length - 1); k++)
            if (PipeTableDelimiter().IsMatch(lines[k])) return null;
        return end;
    }

    private static bool IsLineBlockLine(string line) => line.StartsWith("| ") || line.TrimEnd('\r') == "|";

    [GeneratedRegex(@"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*\r?$")]
    private static partial Regex PipeTableDelimiter();
}

internal enum PandocBlockKind { Table, GridTable, LineBlock, RawTex }
