namespace Publish.Layout.Pages;

/// <summary>
/// Fills pages from a flow: group boxes that must stay together, then for each group ask the
/// page whether it fits — place it, or break the page and place it on the next, or (when it is
/// taller than a page) place what fits and carry the rest. Linear in the flow.
/// On facing pages a compositor's two checks follow each spread (see <see cref="SpreadBalancer"/>):
/// its two pages should end level, and neither should end in a hyphen.
/// </summary>
internal static class Paginator
{
    public sealed record Result(IReadOnlyList<PageDraft> Pages, IReadOnlyDictionary<string, int> Destinations, IReadOnlyList<PageBreakRecord> Breaks);

    public static Result Paginate(IEnumerable<FlowElement> flow, PageGeometry geometry, FootnoteRule rule)
    {
        var page = new PageBuilder(geometry, rule);
        var parts = Chunk.Group(TallBoxes.Split(flow, geometry.BodyHeight)).ToList();
        var cursor = new Cursor(0, null);
        var balancer = geometry.LineHeight > 0 ? new SpreadBalancer(geometry) : null;
        while (!cursor.Done(parts))
        {
            if (balancer is not null && balancer.StartsUnit(page, parts, cursor)) cursor = balancer.Fill(page, parts, cursor);
            else cursor = Step(page, parts, cursor);
        }
        var pages = page.Finish();
        return new Result(pages, page.Destinations, page.Breaks);
    }

    /// <summary>Where pagination stands: the next part, and the rest of a chunk that was split at a page break.</summary>
    public readonly record struct Cursor(int Part, Chunk? Rest)
    {
        public bool Done(IReadOnlyList<object> parts) => Rest is null && Part >= parts.Count;
        public object Next(IReadOnlyList<object> parts) => (object?)Rest ?? parts[Part];
    }

    /// <summary>One decision: a forced break, or one chunk measured and placed (whole, or the part that fits).</summary>
    public static Cursor Step(PageBuilder page, IReadOnlyList<object> parts, Cursor cursor)
    {
        if (cursor.Rest is null && parts[cursor.Part] is FlowPageBreak br)
        {
            page.ForceBreak(br);
            return new Cursor(cursor.Part + 1, null);
        }
        var chunk = cursor.Rest ?? (Chunk)parts[cursor.Part];
        var next = cursor.Rest is null ? cursor.Part + 1 : cursor.Part;
        var plan = page.Measure(chunk);
        switch (plan.Kind)
        {
            case SpacePlanKind.FullRender:
                return new Cursor(next, page.Place(chunk));
            case SpacePlanKind.Wrap:
                page.BreakPage(plan.Reason, chunk.Boxes.First());
                return new Cursor(next, chunk);
            default:
                var rest = page.Place(chunk, plan.Boxes);
                if (rest is not null) page.BreakPage(plan.Reason, rest.Boxes.First());
                return new Cursor(next, rest);
        }
    }
}
