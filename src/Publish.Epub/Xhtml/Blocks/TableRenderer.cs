using System.Globalization;
using Publish.Model;

namespace Publish.Epub.Xhtml.Blocks;

internal sealed class TableRenderer : BlockRenderer<Table>
{
    protected override void Write(XhtmlRenderer renderer, Table block)
    {
        var o = renderer.Out;
        o.EnsureLine().Open("table", renderer.Attributes(block.Attr)).Line();
        if (block.Caption.Count > 0)
        {
            o.Open("caption");
            renderer.WriteInlines(block.Caption);
            o.Close("caption").Line();
        }
        if (block.Columns.Any(c => c.RelativeWidth is > 0))
        {
            o.Open("colgroup");
            foreach (var column in block.Columns)
            {
                var width = column.RelativeWidth is > 0 and var w
                    ? "width: " + (w * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%" : null;
                o.Void("col", ("style", width));
            }
            o.Close("colgroup").Line();
        }
        Section(renderer, block, block.Head, "thead", "th");
        Section(renderer, block, block.Body, "tbody", "td");
        o.Close("table").Line();
    }

    private static void Section(XhtmlRenderer renderer, Table table, IReadOnlyList<TableRow> rows, string tag, string cellTag)
    {
        if (rows.Count == 0) return;
        var o = renderer.Out;
        o.Open(tag).Line();
        foreach (var row in rows)
        {
            o.Open("tr").Line();
            var column = 0;
            foreach (var cell in row.Cells)
            {
                var align = column < table.Columns.Count ? Align(table.Columns[column].Alignment) : null;
                o.Open(cellTag, ("style", align), ("colspan", Span(cell.ColSpan)), ("rowspan", Span(cell.RowSpan)));
                // A cell holding one paragraph is written as its text, as pipe tables are read.
                if (cell.Content is [Paragraph only] && only.Attr.IsEmpty) renderer.WriteInlines(only.Content);
                else renderer.WriteNestedBlocks(cell.Content);
                o.Close(cellTag).Line();
                column += Math.Max(1, cell.ColSpan);
            }
            o.Close("tr").Line();
        }
        o.Close(tag).Line();
    }

    private static string? Span(int n) => n > 1 ? n.ToString(CultureInfo.InvariantCulture) : null;

    private static string? Align(Alignment alignment) => alignment switch
    {
        Alignment.Left => "text-align: left",
        Alignment.Center => "text-align: center",
        Alignment.Right => "text-align: right",
        _ => null,
    };
}
