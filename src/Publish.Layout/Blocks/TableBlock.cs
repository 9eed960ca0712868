using Publish.Layout.Tagging;
using Publish.Layout.Paged;
using Publish.Layout.Pages;
using Publish.Model;
using Publish.Styling;

namespace Publish.Layout.Blocks;

/// <summary>
/// Tables: column widths from content (or the source's relative widths), alignment per column,
/// rules above, below the header and at the end (and between rows when the theme asks); each row one box (rows are kept whole) and the
/// header repeated at the top of every page the table continues on. The caption goes above.
/// </summary>
internal sealed class TableBlock : BlockLayout<Table>
{
    private const double Heavy = 0.8, Light = 0.4, Hairline = 0.25;

    protected override StructNode? Structure(Table block, BlockContext ctx) => new(StructRole.Table);

    protected override void Layout(Table block, BlockContext ctx, FlowWriter flow)
    {
        if (flow.Previous != Previous.Start) flow.Space(ctx.BlockGap);
        var columns = Math.Max(block.Columns.Count, block.Head.Concat(block.Body).Select(r => r.Cells.Sum(c => Math.Max(1, c.ColSpan))).DefaultIfEmpty(0).Max());
        if (columns == 0) return;
        var style = ctx.Theme.Table;
        var pad = style.CellPadding;
        var cellCtx = ctx with { Text = ctx.Text with { Size = style.Size, Leading = style.Size * ctx.Text.Leading / ctx.Text.Size } };
        var widths = TableColumns.Widths(block, columns, cellCtx, pad);
        var tableWidth = widths.Sum();
        var left = ctx.Left + Math.Max(0, (ctx.Width - tableWidth) / 2);
        var rule = Rgba.Parse(ctx.Theme.Colors.Rule);

        if (block.Caption.Count > 0 || ctx.Theme.NumberFigures)
        {
            IReadOnlyList<Model.Inline> content = ctx.Theme.NumberFigures
                ? [new Strong([new Text($"{ctx.Theme.LabelsFor(ctx.Plan.Language).Table} {ctx.Plan.Number(block)}.")]), new Text(" "), .. block.Caption]
                : block.Caption;
            var lines = ctx.Lines.Layout(content, cellCtx.Settings(TextAlign.Center) with { Hyphenate = false }, block.Span);
            var captionBoxes = cellCtx.Boxes(lines, true).Select(b => b with { KeepWithNext = true }).ToList();
            StructTagging.Adopt(captionBoxes, new StructNode(StructRole.Caption));
            flow.Add(captionBoxes);
            flow.Space(pad);
        }

        var head = block.Head.Select((row, i) => Row(row, block, widths, left, pad, cellCtx, bold: style.HeaderBold, header: true) with { KeepWithNext = true }).ToList();
        var body = block.Body.Select(row => Row(row, block, widths, left, pad, cellCtx, bold: false, header: false) with { RepeatOnBreak = head }).ToList();
        StructTagging.Adopt(head, new StructNode(StructRole.THead));
        StructTagging.Adopt(body, new StructNode(StructRole.TBody));
        if (style.Rules)
        {
            for (var i = 0; i < body.Count - 1; i++) body[i] = WithRule(body[i], left, tableWidth, body[i].Height, Hairline, rule);
        }
        if (head.Count > 0)
        {
            head[0] = WithRule(head[0], left, tableWidth, 0, Heavy, rule);
            head[^1] = WithRule(head[^1], left, tableWidth, head[^1].Height, Light, rule);
        }
        if (head.Count == 0 && body.Count > 0) body[0] = WithRule(body[0], left, tableWidth, 0, Heavy, rule);
        if (body.Count > 0) body[^1] = WithRule(body[^1], left, tableWidth, body[^1].Height, Heavy, rule);
        else if (head.Count > 0) head[^1] = head[^1] with { KeepWithNext = false };
        flow.Add(head);
        flow.Add(body);
        flow.Previous = Previous.Other;
    }

    private static FlowBox Row(TableRow row, Table table, double[] widths, double left, double pad, BlockContext ctx, bool bold, bool header)
    {
        var tr = new StructNode(StructRole.TR);
        var cells = new List<FlowBox>();
        var xs = new List<double>();
        var col = 0; var x = left;
        foreach (var cell in row.Cells)
        {
            if (col >= widths.Length) break;
            var span = Math.Clamp(cell.ColSpan, 1, widths.Length - col);
            var width = widths.Skip(col).Take(span).Sum();
            var align = col < table.Columns.Count ? table.Columns[col].Alignment switch
            {
                Alignment.Right => TextAlign.Right,
                Alignment.Center => TextAlign.Center,
                _ => TextAlign.Left,
            } : TextAlign.Left;
            var inner = ctx with { Left = 0, Width = Math.Max(width - 2 * pad, 1), Align = align, Text = ctx.Text with { Bold = bold } };
            var flow = new FlowWriter();
            inner.Blocks.Layout(cell.Content, inner, flow);
            // Header rows' cells head their columns (Scope /Column); the rest are data.
            StructTagging.Adopt(flow.Elements, new StructNode(header ? StructRole.TH : StructRole.TD));
            cells.Add(LineBoxes.Stack(flow.Elements, x + pad, pad));
            xs.Add(x);
            x += width; col += span;
        }
        StructTagging.Adopt(cells, tr);
        var height = cells.Select(c => c.Height).DefaultIfEmpty(0).Max() + 2 * pad;
        return new FlowBox(height, cells.SelectMany(c => c.Items).ToList())
        {
            Notes = cells.SelectMany(c => c.Notes).ToList(),
            Text = string.Join(" | ", cells.Select(c => c.Text)),
            Baseline = cells.Select(c => c.Baseline).DefaultIfEmpty(pad).Min(),
        };
    }

    private static FlowBox WithRule(FlowBox box, double left, double width, double y, double thickness, Rgba color) =>
        box with { Items = [.. box.Items, new RuleItem(left, y, left + width, y, thickness, color)] };
}

/// <summary>How wide each column is.</summary>
internal static class TableColumns
{
    /// <summary>
    /// The source's relative widths when it gives them all; otherwise each column's natural width
    /// (its widest cell set on one line), shrunk in proportion when the table would be wider than the
    /// measure — but never below a fair share of it, so that a long column cannot crush the others.
    /// </summary>
    public static double[] Widths(Table table, int columns, BlockContext ctx, double pad)
    {
        if (table.Columns.Count == columns && table.Columns.All(c => c.RelativeWidth is > 0))
        {
            var total = table.Columns.Sum(c => c.RelativeWidth!.Value);
            return table.Columns.Select(c => ctx.Width * c.RelativeWidth!.Value / Math.Max(total, 1)).ToArray();
        }
        var natural = new double[columns];
        foreach (var row in table.Head.Concat(table.Body))
        {
            var col = 0;
            foreach (var cell in row.Cells)
            {
                if (col >= columns) break;
                if (cell.ColSpan <= 1) natural[col] = Math.Max(natural[col], NaturalWidth(cell, ctx) + 2 * pad);
                col += Math.Max(1, cell.ColSpan);
            }
        }
        for (var c = 0; c < columns; c++) natural[c] = Math.Max(natural[c], 2 * pad + ctx.Text.Size);
        var sum = natural.Sum();
        if (sum <= ctx.Width) return natural;
        var floor = ctx.Width / columns / 2;
        var widths = natural.Select(n => Math.Min(n, floor)).ToArray();
        var rest = ctx.Width - widths.Sum();
        var excess = natural.Select((n, i) => n - widths[i]).ToArray();
        var excessSum = excess.Sum();
        for (var c = 0; c < columns; c++) widths[c] += excessSum > 0 ? rest * excess[c] / excessSum : 0;
        return widths;
    }

    private static double NaturalWidth(TableCell cell, BlockContext ctx)
    {
        var wide = ctx with { Left = 0, Width = 100_000, Align = TextAlign.Left, Notes = null };
        var width = 0.0;
        foreach (var p in cell.Content.OfType<Paragraph>())
            foreach (var line in ctx.Lines.Layout(p.Content, wide.Settings(TextAlign.Left) with { Hyphenate = false }, p.Span))
                width = Math.Max(width, line.Width);
        return width;
    }
}
