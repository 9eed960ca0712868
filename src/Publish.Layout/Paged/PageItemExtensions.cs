namespace Publish.Layout.Paged;

internal static class PageItemExtensions
{
    /// <summary>The same item moved by (dx, dy): block layout places line-relative items on the page.</summary>
    public static PageItem Translate(this PageItem item, double dx, double dy) => item switch
    {
        GlyphRun g => g with { X = g.X + dx, Baseline = g.Baseline + dy },
        RuleItem r => r with { X1 = r.X1 + dx, Y1 = r.Y1 + dy, X2 = r.X2 + dx, Y2 = r.Y2 + dy },
        FillItem f => f with { Area = f.Area with { X = f.Area.X + dx, Y = f.Area.Y + dy } },
        ImageItem i => i with { Area = i.Area with { X = i.Area.X + dx, Y = i.Area.Y + dy } },
        LinkItem l => l with { Area = l.Area with { X = l.Area.X + dx, Y = l.Area.Y + dy } },
        DestinationItem d => d with { X = d.X + dx, Y = d.Y + dy },
        _ => item,
    };
}
