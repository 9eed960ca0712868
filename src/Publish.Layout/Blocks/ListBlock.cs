using Publish.Layout.Tagging;
using Publish.Layout.Paged;
using Publish.Layout.Pages;
using Publish.Model;
using Publish.Styling;

namespace Publish.Layout.Blocks;

/// <summary>Bullet lists: •, –, ◦ by depth; task items get a drawn box, ticked when done.</summary>
internal sealed class BulletListBlock : BlockLayout<BulletList>
{
    private static readonly string[] Bullets = ["\u2022", "\u2013", "\u25E6"];

    protected override StructNode? Structure(BulletList block, BlockContext ctx) => new(StructRole.L);

    protected override void Layout(BulletList block, BlockContext ctx, FlowWriter flow) =>
        ListItems.Layout(block.Items, block.Tight, ctx, flow, _ => Bullets[ctx.ListDepth % Bullets.Length]);
}

/// <summary>Ordered lists: numbers, letters or roman numerals from the list's start.</summary>
internal sealed class OrderedListBlock : BlockLayout<OrderedList>
{
    protected override StructNode? Structure(OrderedList block, BlockContext ctx) => new(StructRole.L);

    protected override void Layout(OrderedList block, BlockContext ctx, FlowWriter flow) =>
        ListItems.Layout(block.Items, block.Tight, ctx, flow, i => Marker(block.Start + i, block.Style) + ".");

    public static string Marker(int n, ListNumberStyle style) => style switch
    {
        ListNumberStyle.LowerAlpha => Letters(n),
        ListNumberStyle.UpperAlpha => Letters(n).ToUpperInvariant(),
        ListNumberStyle.LowerRoman => Pages.PageLabels.Roman(n),
        ListNumberStyle.UpperRoman => Pages.PageLabels.Roman(n).ToUpperInvariant(),
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    // a..z, aa..zz, as spreadsheets and pandoc count.
    private static string Letters(int n)
    {
        if (n < 1) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var s = "";
        for (; n > 0; n = (n - 1) / 26) s = (char)('a' + (n - 1) % 26) + s;
        return s;
    }
}

/// <summary>What both kinds of list share: items indented, the marker hung in the indent on the first line's baseline.</summary>
internal static class ListItems
{
    // Space between the marker's right edge and the item's text.
    private const double MarkerGap = 0.4; // em

    public static void Layout(IReadOnlyList<ListItem> items, bool tight, BlockContext ctx, FlowWriter flow, Func<int, string> marker)
    {
        if (flow.Previous != Previous.Start) flow.Space(ctx.BlockGap);
        var indent = ctx.Theme.ListIndent;
        var inner = ctx.Indented(indent) with { ListDepth = ctx.ListDepth + 1 };
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0 && !tight) flow.Space(ctx.BlockGap);
            var nested = new FlowWriter();
            ctx.Blocks.Layout(items[i].Content, inner, nested);
            var first = nested.Elements.FindIndex(e => e is FlowBox);
            if (first < 0) continue;
            // Tagged as LI: the marker its Lbl, the content its LBody.
            var item = new StructNode(StructRole.LI);
            StructTagging.Adopt(nested.Elements, new StructNode(StructRole.LBody));
            var box = (FlowBox)nested.Elements[first];
            var boxX = ctx.Plan.RightToLeft ? ctx.Left + ctx.Width - indent + ctx.Text.Size * MarkerGap : ctx.Left + indent - ctx.Text.Size * (1 + MarkerGap);
            var markerItems = (items[i].Checked is bool done
                ? TaskBox(boxX, box.Baseline, ctx.Text.Size * 0.7, done, ctx.TextColor)
                : Marker(marker(i), ctx, indent, box.Baseline)).ToList();
            StructTagging.Adopt(markerItems, new StructNode(StructRole.Lbl));
            nested.Elements[first] = box with { Items = [.. markerItems, .. box.Items] };
            StructTagging.Adopt(nested.Elements, item);
            flow.Add(nested);
        }
        flow.Previous = Previous.Other;
    }

    private static IEnumerable<PageItem> Marker(string text, BlockContext ctx, double indent, double baseline)
    {
        var width = indent - ctx.Text.Size * MarkerGap;
        // The marker hangs in the indent at the line's start, against the text: at the left of a
        // left-to-right item, at the right of a right-to-left one (Right alignment is mirrored there).
        var settings = ctx.Settings(TextAlign.Right) with { Width = Math.Max(width, ctx.Text.Size), Hyphenate = false, NoteMarker = null };
        var lines = ctx.Lines.Layout([new Text(text)], settings, SourceSpan.None);
        if (lines.Count == 0) return [];
        var left = ctx.Plan.RightToLeft ? ctx.Left + ctx.Width - indent + ctx.Text.Size * MarkerGap : ctx.Left + width - settings.Width;
        return lines[0].Items.Select(item => item.Translate(left, baseline));
    }

    // Drawn rather than set from ☐/☑ so that no font needs those characters.
    private static IEnumerable<PageItem> TaskBox(double x, double baseline, double side, bool done, Rgba color)
    {
        var top = baseline - side;
        yield return new RuleItem(x, top, x + side, top, 0.6, color);
        yield return new RuleItem(x + side, top, x + side, baseline, 0.6, color);
        yield return new RuleItem(x + side, baseline, x, baseline, 0.6, color);
        yield return new RuleItem(x, baseline, x, top, 0.6, color);
        if (!done) yield break;
        yield return new RuleItem(x + side * 0.2, top + side * 0.55, x + side * 0.42, top + side * 0.8, 0.9, color);
        yield return new RuleItem(x + side * 0.42, top + side * 0.8, x + side * 0.85, top + side * 0.2, 0.9, color);
    }
}
