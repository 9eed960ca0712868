using System.Globalization;
using Publish.Model;

namespace Publish.Layout.Html;

using Inline = Publish.Model.Inline;

/// <summary>HTML tables and definition lists as the model's <see cref="Table"/> and <see cref="DefinitionList"/>.</summary>
internal static class HtmlTableLowering
{
    public static Table Table(HtmlBlockElement table)
    {
        List<TableRow> head = [], body = [];
        IReadOnlyList<Inline> caption = [];
        foreach (var part in table.Content.OfType<HtmlBlockElement>())
        {
            switch (part.Name)
            {
                case "caption": caption = Inlines(part.Content); break;
                case "thead": head.AddRange(Rows(part)); break;
                case "tbody" or "tfoot": body.AddRange(Rows(part)); break;
                case "tr": body.Add(Row(part)); break;
            }
        }
        var columns = head.Concat(body).Select(r => r.Cells.Sum(c => c.ColSpan)).DefaultIfEmpty(0).Max();
        return new Table(Enumerable.Range(0, columns).Select(_ => new TableColumn(Alignment.Default)).ToList(), head, body, caption);
    }

    private static IEnumerable<TableRow> Rows(HtmlBlockElement group) =>
        group.Content.OfType<HtmlBlockElement>().Where(r => r.Name == "tr").Select(Row);

    private static TableRow Row(HtmlBlockElement row) => new(row.Content.OfType<HtmlBlockElement>()
        .Where(c => c.Name is "td" or "th")
        .Select(c => new TableCell(c.Name == "th" ? Strong(c.Content) : c.Content, Count(c, "colspan"), Count(c, "rowspan")))
        .ToList());

    /// <summary>Paragraphs set bold: a header cell in the body, a summary (as browsers do).</summary>
    public static IReadOnlyList<Block> Strong(IReadOnlyList<Block> blocks) =>
        blocks.Select(b => b is Paragraph p ? p with { Content = [new Strong(p.Content)] } : b).ToList();

    private static int Count(HtmlBlockElement cell, string key) =>
        int.TryParse(cell.Attr[key], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, 1000) : 1;

    public static List<DefinitionItem> Definitions(HtmlBlockElement list)
    {
        var items = new List<DefinitionItem>();
        foreach (var child in list.Content.OfType<HtmlBlockElement>())
        {
            if (child.Name == "dt") items.Add(new DefinitionItem(Inlines(child.Content), []));
            else if (child.Name == "dd")
            {
                if (items.Count == 0) items.Add(new DefinitionItem([], []));
                items[^1] = items[^1] with { Definitions = [.. items[^1].Definitions, child.Content] };
            }
        }
        return items;
    }

    private static List<Inline> Inlines(IReadOnlyList<Block> blocks) =>
        blocks.OfType<Paragraph>().SelectMany((p, i) => i == 0 ? p.Content : [new LineBreak(), .. p.Content]).ToList();
}
