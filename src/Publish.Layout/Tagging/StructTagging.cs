using Publish.Layout.Paged;
using Publish.Layout.Pages;

namespace Publish.Layout.Tagging;

/// <summary>
/// Hangs what a block set on the block's structure node: items no inner block claimed get the
/// node, and the topmost node of every inner block gets it as parent. Runs innermost first (a
/// paragraph, then its quote, then its chapter), so each item ends under the deepest block that
/// set it. Rules and fills stay untagged: they are drawn as artifacts.
/// </summary>
internal static class StructTagging
{
    public static void Adopt(IEnumerable<FlowElement> elements, StructNode node)
    {
        foreach (var element in elements)
            if (element is FlowBox box) Adopt(box, node);
    }

    public static void Adopt(IEnumerable<FlowBox> boxes, StructNode node)
    {
        foreach (var box in boxes) Adopt(box, node);
    }

    /// <summary>The box's items and the footnotes it cites (a note belongs where it is cited).</summary>
    public static void Adopt(FlowBox box, StructNode node)
    {
        Adopt(box.Items, node);
        foreach (var note in box.Notes)
            foreach (var line in note.Boxes) Adopt(line.Items, node);
    }

    public static void Adopt(IEnumerable<PageItem> items, StructNode node)
    {
        foreach (var item in items)
        {
            if (item.Tag is { } tag) tag.AdoptRootInto(node);
            else if (item is GlyphRun or ImageItem or LinkItem) item.Tag = node;
        }
    }

    /// <summary>
    /// Hangs <paramref name="node"/> between an item and the node it had (a link around a footnote
    /// mark already claimed by its paragraph), and the other items on it.
    /// </summary>
    public static void Enclose(PageItem item, StructNode node, IEnumerable<PageItem> others)
    {
        if (item.Tag is { IsArtifact: false } old) node.Under(old);
        item.Tag = node;
        foreach (var other in others) other.Tag = node;
    }

    /// <summary>Marks items as belonging to no structure (decoration among content).</summary>
    public static List<PageItem> AsDecoration(this IEnumerable<PageItem> items)
    {
        var list = items.ToList();
        foreach (var item in list) item.Tag = StructNode.Decoration;
        return list;
    }

    /// <summary>Hangs the items on <paramref name="node"/> where they have none, and returns them.</summary>
    public static T TaggedAs<T>(this T item, StructNode node) where T : PageItem
    {
        item.Tag ??= node;
        return item;
    }
}
