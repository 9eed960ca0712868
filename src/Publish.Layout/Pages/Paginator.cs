namespace Publish.Layout.Pages;

/// <summary>
/// Fills pages from a flow: group boxes that must stay together, then for each group ask the
/// page whether it fits — place it, or break the page and place it on the next, or (when it is
/// taller than a page) place what fits and carry the rest. One pass, linear in the flow.
/// </summary>
public static class Paginator
{
    public sealed record Result(IReadOnlyList<PageDraft> Pages, IReadOnlyDictionary<string, int> Destinations, IReadOnlyList<PageBreakRecord> Breaks);

    public static Result Paginate(IEnumerable<FlowElement> flow, PageGeometry geometry, FootnoteRule rule)
    {
        var page = new PageBuilder(geometry, rule);
        foreach (var part in Chunk.Group(TallBoxes.Split(flow, geometry.BodyHeight)))
        {
            if (part is FlowPageBreak br) { page.ForceBreak(br); continue; }
            Chunk? chunk = (Chunk)part;
            while (chunk is not null)
            {
                var plan = page.Measure(chunk);
                switch (plan.Kind)
                {
                    case SpacePlanKind.FullRender:
                        chunk = page.Place(chunk);
                        break;
                    case SpacePlanKind.Wrap:
                        page.BreakPage(plan.Reason, chunk.Boxes.First());
                        break;
                    case SpacePlanKind.PartialRender:
                        chunk = page.Place(chunk, plan.Boxes);
                        if (chunk is not null) page.BreakPage(plan.Reason, chunk.Boxes.First());
                        break;
                }
            }
        }
        var pages = page.Finish();
        return new Result(pages, page.Destinations, page.Breaks);
    }
}
