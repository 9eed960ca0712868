namespace Publish.Layout.Inline;

/// <summary>
/// First-fit breaking for preformatted text: a line goes as far as it fits, breaking after the
/// last space when there is one in its second half, else inside the token. Lines after such a
/// break are narrower by the continuation mark.
/// </summary>
internal static class GreedyBreaker
{
    public static IReadOnlyList<Breakpoint> Break(IReadOnlyList<Item> items, double measure, double continuationWidth)
    {
        var result = new List<Breakpoint>();
        var width = 0.0;
        var continued = false;
        int lastSpace = -1, lastAny = -1;
        double widthAtSpace = 0, widthAtAny = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Kind != ItemKind.Penalty) { width += item.Width; continue; }
            if (item.Cost >= Item.Infinite) continue;
            var available = measure - (continued ? continuationWidth : 0);
            if (item.IsForcedBreak)
            {
                result.Add(new Breakpoint(i, width > available + 0.01));
                (width, continued, lastSpace, lastAny) = (0, false, -1, -1);
                continue;
            }
            if (width > available && (lastSpace >= 0 || lastAny >= 0))
            {
                var useSpace = lastSpace >= 0 && (widthAtSpace > available / 2 || lastAny < 0);
                var at = useSpace ? lastSpace : lastAny;
                result.Add(new Breakpoint(at, (useSpace ? widthAtSpace : widthAtAny) > available + 0.01));
                // The material after the break starts the next line; walk it again.
                (i, width, continued, lastSpace, lastAny) = (at, 0, true, -1, -1);
                continue;
            }
            if (item.Cost == 0) { lastSpace = i; widthAtSpace = width; }
            else { lastAny = i; widthAtAny = width; }
        }
        return result;
    }
}
