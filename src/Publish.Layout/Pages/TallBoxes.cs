using Publish.Layout.Paged;

namespace Publish.Layout.Pages;

/// <summary>
/// Cuts a box taller than a page (a table row whose cell holds 200,000 words) into slices that
/// fit, between lines, so that the rest continues on the next pages instead of running off the
/// bottom of the first one: text that cannot be set on one page is continued, never dropped.
/// </summary>
internal static class TallBoxes
{
    public static IEnumerable<FlowElement> Split(IEnumerable<FlowElement> flow, double capacity)
    {
        foreach (var element in flow)
        {
            if (element is FlowBox box && box.Height > capacity) foreach (var slice in Slices(box, capacity)) yield return slice;
            else yield return element;
        }
    }

    /// <summary>The box in slices no taller than <paramref name="capacity"/> less its repeated header, cut where no item straddles the cut.</summary>
    public static IReadOnlyList<FlowBox> Slices(FlowBox box, double capacity)
    {
        // Each slice may start a page under the repeated table header rows.
        var room = Math.Max(capacity - box.RepeatOnBreak.Sum(h => h.Height), capacity / 4);
        var extents = box.Items.Select(Extent).ToList();
        var cuts = SafeCuts(extents);
        var slices = new List<FlowBox>();
        var start = 0.0;
        while (box.Height - start > room)
        {
            // The lowest safe cut that still fits; with none (one item taller than a page), cut anyway.
            var i = cuts.BinarySearch(start + room);
            var index = i >= 0 ? i : ~i - 1;
            var cut = index >= 0 && cuts[index] > start + 1 ? cuts[index] : start + room;
            slices.Add(Slice(box, extents, start, cut, first: slices.Count == 0, last: false));
            start = cut;
        }
        slices.Add(Slice(box, extents, start, box.Height, first: slices.Count == 0, last: true));
        return slices;
    }

    private static FlowBox Slice(FlowBox box, List<(double Top, double Bottom)> extents, double from, double to, bool first, bool last)
    {
        var items = new List<PageItem>();
        for (var i = 0; i < box.Items.Count; i++)
        {
            var top = extents[i].Top;
            if ((top >= from || (first && top < from)) && (top < to || (last && top >= to))) items.Add(box.Items[i].Translate(0, -from));
        }
        return box with
        {
            Height = to - from,
            Items = items,
            Notes = first ? box.Notes : [],
            KeepWithNext = last && box.KeepWithNext,
            Baseline = first ? box.Baseline : 0,
            Text = first ? box.Text : "",
        };
    }

    // Tops of items that no other item straddles, ascending: a sweep over the items by top.
    private static List<double> SafeCuts(List<(double Top, double Bottom)> extents)
    {
        var cuts = new List<double>();
        var lowest = double.NegativeInfinity;
        foreach (var (top, bottom) in extents.OrderBy(e => e.Top))
        {
            if (lowest <= top + 0.01 && (cuts.Count == 0 || cuts[^1] < top)) cuts.Add(top);
            lowest = Math.Max(lowest, bottom);
        }
        return cuts;
    }

    // A glyph run's capitals and descenders span about one size (three quarters above the
    // baseline): tighter than the line box, so that lines set at any leading of 1.0 and more
    // leave a safe cut between them.
    private static (double Top, double Bottom) Extent(PageItem item) => item switch
    {
        GlyphRun g => (g.Baseline - 0.75 * g.Size, g.Baseline + 0.25 * g.Size),
        RuleItem r => (Math.Min(r.Y1, r.Y2), Math.Max(r.Y1, r.Y2)),
        FillItem f => (f.Area.Y, f.Area.Y + f.Area.Height),
        ImageItem m => (m.Area.Y, m.Area.Y + m.Area.Height),
        LinkItem l => (l.Area.Y, l.Area.Y + l.Area.Height),
        DestinationItem d => (d.Y, d.Y),
        _ => (0, 0),
    };
}
