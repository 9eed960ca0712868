using AngleSharp.Dom;
using Publish.Model;

namespace Publish.Readers.Html;

/// <summary>
/// A data table becomes the model's table; a table used for page layout (one column, or cells
/// holding whole paragraphs and nested tables) is read as the blocks it holds.
/// </summary>
internal static class TableBuilder
{
    public static IEnumerable<Block> Build(IElement table, BlockBuilder blocks, InlineBuilder inlines, SourceSpan span)
    {
        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table).ToList();
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Children.Where(IsCell).Sum(c => Span(c, "colspan")));
        if (IsLayout(table, width)) return blocks.Blocks(table.ChildNodes);

        var head = new List<TableRow>();
        var body = new List<TableRow>();
        foreach (var row in rows)
        {
            var cells = row.Children.Where(IsCell)
                .Select(c => new TableCell(blocks.Blocks(c.ChildNodes), Span(c, "colspan"), Span(c, "rowspan"))).ToList();
            var inHead = row.ParentElement?.LocalName == "thead" || body.Count == 0 && row.Children.Where(IsCell).All(c => c.LocalName == "th");
            (inHead && body.Count == 0 ? head : body).Add(new TableRow(cells));
        }
        var caption = table.QuerySelector("caption") is { } c ? inlines.Inlines(c.ChildNodes) : [];
        var columns = Enumerable.Range(0, width).Select(_ => new TableColumn(Alignment.Default)).ToList();
        return [new Table(columns, head, body, caption) { Span = span }];
    }

    private static bool IsCell(IElement e) => e.LocalName is "td" or "th";

    private static int Span(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute), out var n) && n is > 0 and < 100 ? n : 1;

    private static bool IsLayout(IElement table, int width) =>
        width <= 1
        || table.GetAttribute("role") == "presentation"
        || table.QuerySelector("table") is not null
        || table.QuerySelectorAll("p, div, h1, h2, h3, h4, h5, h6, ul, ol, blockquote").Length > 2 * Math.Max(1, table.QuerySelectorAll("tr").Length);
}
