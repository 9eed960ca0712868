namespace Publish.Layout.Pages;

/// <summary>
/// Boxes that must stay on one page (joined by KeepWithNext), with the discardable space before
/// them and any sticky space (a chapter sink) that survives the page top.
/// </summary>
internal sealed record Chunk(double SpaceBefore, double StickySpace, IReadOnlyList<FlowElement> Elements)
{
    public IEnumerable<FlowBox> Boxes => Elements.OfType<FlowBox>();
    public double Height
    {
        get
        {
            // A loop rather than LINQ: pagination asks this of every chunk on every filling of a spread.
            double height = 0;
            for (var i = 0; i < Elements.Count; i++)
                height += Elements[i] switch { FlowBox b => b.Height, FlowSpace s => s.Height, _ => 0 };
            return height;
        }
    }

    /// <summary>Groups a flow into chunks and forced breaks, in order. Linear in the flow.</summary>
    public static IEnumerable<object> Group(IEnumerable<FlowElement> flow)
    {
        double space = 0, sticky = 0;
        List<FlowElement>? open = null;
        foreach (var element in flow)
        {
            switch (element)
            {
                case FlowSpace s when open is not null: open.Add(s); break;
                case FlowSpace { Sticky: true } s: sticky += s.Height; break;
                case FlowSpace s: space += s.Height; break;
                case FlowBox b:
                    open ??= [];
                    open.Add(b);
                    if (!b.KeepWithNext)
                    {
                        yield return new Chunk(space, sticky, Trim(open));
                        open = null; space = 0; sticky = 0;
                    }
                    break;
                case FlowPageBreak br:
                    // Keep-with-next does not reach across a forced break.
                    if (open is not null) yield return new Chunk(space, sticky, Trim(open));
                    open = null; space = 0; sticky = 0;
                    yield return br;
                    break;
            }
        }
        if (open is not null) yield return new Chunk(space, sticky, Trim(open));
    }

    // Space after the last box belongs to nothing: drop it so it cannot push a chunk off a page.
    private static List<FlowElement> Trim(List<FlowElement> elements)
    {
        while (elements.Count > 0 && elements[^1] is FlowSpace) elements.RemoveAt(elements.Count - 1);
        return elements;
    }
}
