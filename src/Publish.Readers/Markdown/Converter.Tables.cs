using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publish.Model;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableRow = Markdig.Extensions.Tables.TableRow;
using Table = Publish.Model.Table;
using Inline = Publish.Model.Inline;
using TableCell = Publish.Model.TableCell;
using TableRow = Publish.Model.TableRow;

namespace Publish.Readers.Markdown;

// Publish.Readers.Text is a namespace; inside ours, Text means the model's text node.
using Text = Publish.Model.Text;

internal sealed partial class Converter
{
    private static readonly string[] s_captionPrefixes = ["Table:", ":"];

    /// <summary>pandoc's table caption: a paragraph beginning with <c>Table:</c> (or <c>:</c>) next to the table.</summary>
    private static bool IsTableCaption(ParagraphBlock paragraph) =>
        paragraph.Inline?.FirstChild is LiteralInline first && s_captionPrefixes.Any(p => first.Content.ToString().StartsWith(p, StringComparison.Ordinal));

    private Table Table(MdTable table, ParagraphBlock? caption)
    {
        var rows = table.OfType<MdTableRow>().ToList();
        var headCount = rows.TakeWhile(r => r.IsHeader).Count();
        var columnCount = Math.Max(table.ColumnDefinitions.Count,
            rows.Select(r => r.OfType<Markdig.Extensions.Tables.TableCell>().Sum(c => Math.Max(1, c.ColumnSpan))).DefaultIfEmpty(0).Max());
        var definitions = table.ColumnDefinitions;
        var totalWidth = definitions.Sum(d => d.Width);
        var columns = Enumerable.Range(0, columnCount).Select(i =>
        {
            var definition = i < definitions.Count ? definitions[i] : null;
            double? width = definition is { Width: > 0 } && totalWidth > 0 ? definition.Width / totalWidth : null;
            return new TableColumn(Alignment(definition?.Alignment), width);
        }).ToList();

        var (captionInlines, captionAttr) = caption is null ? ([], Attr.Empty) : Caption(caption);
        var attr = ConversionContext.AttrOf(table);
        if (attr.IsEmpty) attr = captionAttr;
        if (attr.Id.Length > 0) attr = attr.WithId(context.Ids.ClaimExplicit(attr.Id, map.Of(table), context.Diagnostics));
        return new Table(columns, rows.Take(headCount).Select(Row).ToList(), rows.Skip(headCount).Select(Row).ToList(), captionInlines)
        {
            Span = map.Of(table),
            Attr = attr,
        };
    }

    private TableRow Row(MdTableRow row) => new(row.OfType<Markdig.Extensions.Tables.TableCell>()
        .Select(c => new TableCell(Blocks(c), Math.Max(1, c.ColumnSpan), Math.Max(1, c.RowSpan)))
        .ToList());

    private (List<Inline> Content, Attr Attr) Caption(ParagraphBlock caption)
    {
        var content = Inlines(caption.Inline);
        if (content is [Text first, ..])
        {
            var prefix = s_captionPrefixes.First(p => first.Value.StartsWith(p, StringComparison.Ordinal));
            content[0] = first with { Value = first.Value[prefix.Length..].TrimStart() };
        }
        // '{#tbl:id}' at the end of the caption: Markdig attaches it to the paragraph or its last inline.
        var attr = ConversionContext.AttrOf(caption);
        if (attr.IsEmpty && caption.Inline?.LastChild is { } last) attr = ConversionContext.AttrOf(last);
        if (content.Count > 0 && content[^1] is Text tail)
        {
            var value = tail.Value.TrimEnd();
            // pandoc-crossref's '{#tbl:id}' ending the caption names the table.
            if (attr.IsEmpty && value.EndsWith('}') && value.LastIndexOf('{') is var open and >= 0
                && AttributeText.Parse(value[(open + 1)..^1]) is { IsEmpty: false } trailing)
            {
                attr = trailing;
                value = value[..open].TrimEnd();
            }
            content[^1] = tail with { Value = value, Attr = Attr.Empty };
        }
        return (content.Where(i => i is not Text { Value.Length: 0 }).ToList(), attr);
    }

    private static Publish.Model.Alignment Alignment(TableColumnAlign? align) => align switch
    {
        TableColumnAlign.Left => Publish.Model.Alignment.Left,
        TableColumnAlign.Center => Publish.Model.Alignment.Center,
        TableColumnAlign.Right => Publish.Model.Alignment.Right,
        _ => Publish.Model.Alignment.Default,
    };
}
