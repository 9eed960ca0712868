using Markdig.Syntax;
using Publish.Model;
using Block = Publish.Model.Block;
using Table = Publish.Model.Table;
using TableCell = Publish.Model.TableCell;
using TableRow = Publish.Model.TableRow;

namespace Publish.Readers.Markdown;

using Text = Publish.Model.Text;

/// <summary>The blocks <see cref="PandocBlockSyntax"/> fenced off: pandoc's simple and multiline tables, line blocks.</summary>
internal sealed partial class Converter
{
    private static PandocBlockKind? PandocKind(Markdig.Syntax.Block node) =>
        node is FencedCodeBlock { Info: { } info } && info.StartsWith(PandocBlockSyntax.InfoPrefix, StringComparison.Ordinal)
            ? Enum.TryParse<PandocBlockKind>(info[PandocBlockSyntax.InfoPrefix.Length..], ignoreCase: true, out var kind) ? kind : null
            : null;

    /// <summary>The fenced lines with the (0-based, parsed-text) line each stands on.</summary>
    private static List<(string Text, int Line)> FencedLines(FencedCodeBlock fenced) =>
        fenced.Lines.Lines.Take(fenced.Lines.Count).Select(l => (l.Slice.ToString(), l.Line)).ToList();

    private Table PandocTable(FencedCodeBlock fenced, ParagraphBlock? caption)
    {
        var table = PandocKind(fenced) == PandocBlockKind.GridTable ? GridTableLayout.Read(FencedLines(fenced)) : PandocTableLayout.Read(FencedLines(fenced));
        var columns = table.Columns.Select(c => new TableColumn(c.Alignment, c.RelativeWidth)).ToList();
        TableRow Row(PandocTableLayout.Row row) => new(row.Cells.Select(c => new TableCell(CellBlocks(c))).ToList());
        var (captionInlines, attr) = caption is null ? ([], Attr.Empty) : Caption(caption);
        if (attr.Id.Length > 0) attr = attr.WithId(context.Ids.ClaimExplicit(attr.Id, map.Of(fenced), context.Diagnostics));
        return new Table(columns, table.Head.Select(Row).ToList(), table.Body.Select(Row).ToList(), captionInlines)
        {
            Span = map.Of(fenced),
            Attr = attr,
        };
    }

    private List<Block> CellBlocks(PandocTableLayout.Cell cell) =>
        cell.Text.Trim().Length == 0 ? [] : At(cell.Line, cell.Column).ParseAgain(cell.Text);

    /// <summary>
    /// pandoc's line block: each line kept as written (leading spaces too), joined by line breaks,
    /// in a div classed <c>line-block</c> as pandoc writes it.
    /// </summary>
    private Block LineBlock(FencedCodeBlock fenced)
    {
        var lines = new List<string>();
        foreach (var (text, _) in FencedLines(fenced))
        {
            var line = text.TrimEnd('\r');
            if (line.StartsWith('|')) lines.Add(line.Length > 1 ? line[2..] : "");
            else if (lines.Count > 0) lines[^1] += " " + line.Trim(); // a continuation line
        }
        var inlines = new List<Inline>();
        var first = FencedLines(fenced).FirstOrDefault().Line;
        foreach (var line in lines)
        {
            if (inlines.Count > 0) inlines.Add(new LineBreak { Span = map.Of(fenced) });
            var indent = line.Length - line.TrimStart(' ').Length;
            if (indent > 0) inlines.Add(new Text(new string('\u00A0', indent)) { Span = map.Of(fenced) });
            var content = line.TrimStart(' ');
            if (content.Length == 0) continue;
            // Parsed alone, so a line that looks like a list or heading stays this line's text.
            var parsed = At(first, 2).ParseAgain(EscapeBlockStart(content));
            inlines.AddRange(parsed.SelectMany(InlinesOf));
        }
        return new Div([new Paragraph(inlines) { Span = map.Of(fenced) }]) { Span = map.Of(fenced), Attr = new Attr("", ["line-block"], []) };
    }

    /// <summary>Raw TeX, kept as written in a raw block; its lines are noted for the warning that no output shows it.</summary>
    private RawBlock RawTex(FencedCodeBlock fenced)
    {
        var lines = FencedLines(fenced);
        var first = map.At(lines[0].Line, 0);
        context.RawTexLines.Add((first, map.At(lines[^1].Line, 0).Line));
        var text = string.Join('\n', lines.Select(l => l.Text.TrimEnd('\r'))).Trim();
        context.Macros.Define(text);
        return new RawBlock("tex", text) { Span = first };
    }

    // A backslash before the character that would open a block (heading, list, quote) keeps it text.
    private static string EscapeBlockStart(string line)
    {
        if (line.Length == 0) return line;
        if (char.IsAsciiDigit(line[0]))
        {
            var digits = line.TakeWhile(char.IsAsciiDigit).Count();
            return digits < line.Length && line[digits] is '.' or ')' ? line[..digits] + "\\" + line[digits..] : line;
        }
        return char.IsAsciiLetterOrDigit(line[0]) || char.IsWhiteSpace(line[0]) || line[0] > 127 ? line : "\\" + line;
    }
}
