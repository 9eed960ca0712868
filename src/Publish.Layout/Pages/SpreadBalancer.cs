namespace Publish.Layout.Pages;

/// <summary>
/// A compositor's look at each spread (each page, without facing pages) once it is filled:
/// its pages should end level, and none should end in a hyphen, which makes the reader turn
/// the page mid-word (TeX's <c>\brokenpenalty</c>, decided here rather than in the line
/// breaker because only pagination knows where pages end). When widow and orphan control has
/// shortened one page, or a hyphen falls on a page's last line, the spread is filled again
/// run a line short or long (both pages, or one to match the other), and the best filling is kept. A spread that
/// holds a forced break ends a chapter and is left as it is: a chapter's last page is short.
/// Whole lines can level a spread because body text keeps to the baseline grid (<see cref="PageGeometry.Grid"/>,
/// <see cref="PageBuilder"/>); when keeps on both pages leave no level filling, the shorter page is feathered.
/// </summary>
internal sealed class SpreadBalancer(PageGeometry geometry)
{
    // The costs that rank the fillings of a spread. Uneven pages are the fault a reader sees
    // across the whole opening, so they outweigh any number of hyphens on two pages; a hyphen
    // at a page end outweighs running the spread a line long or short, which is the usual cure.
    private const double UnevenCost = 100, HyphenCost = 10, ChangedLengthCost = 1;
    // Pages end level when their last lines are within half a point (float noise, not a line).
    private const double LevelTolerance = 0.5;

    private int _lastUnit = -1;

    private int UnitSize => geometry.Style.Mirror ? 2 : 1;

    /// <summary>Whether a spread (a verso and its recto, or a page without facing pages) starts here and has not been set yet.</summary>
    public bool StartsUnit(PageBuilder page, IReadOnlyList<object> parts, Paginator.Cursor cursor)
    {
        var index = page.Current.Index;
        if (index == _lastUnit || (UnitSize == 2 && index % 2 == 0)) return false;
        return cursor.Next(parts) is Chunk;
    }

    // The fillings tried, as lines more or fewer per page (verso, recto), in order of preference:
    // as set; both a line short or long; then one page matched to a facing page that widow and
    // orphan control shortened or lengthened; then two lines short, for a keep that spans two lines.
    private static readonly (int Verso, int Recto)[] s_spreadTrials = [(0, 0), (-1, -1), (1, 1), (0, -1), (-1, 0), (1, 0), (0, 1), (-2, -2)];
    private static readonly (int Verso, int Recto)[] s_pageTrials = [(0, 0), (-1, 0), (1, 0)];

    // At most this many fillings per spread: each refills two pages, so pagination stays linear.
    private const int MaxTrials = 12;

    /// <summary>
    /// Fills the spread that starts at the current page, trying the fillings above until one is
    /// faultless. After an uneven filling it also tries the longer page cut to the shorter one's
    /// length, as a compositor would, which may shift what the recto gets and so repeats.
    /// </summary>
    public Paginator.Cursor Fill(PageBuilder page, IReadOnlyList<object> parts, Paginator.Cursor cursor)
    {
        var start = page.Current.Index;
        _lastUnit = start;
        var mark = page.Save();
        var queue = new List<(int Verso, int Recto)>(UnitSize == 2 ? s_spreadTrials : s_pageTrials);
        (int Verso, int Recto) best = default, last = default;
        var bestScore = double.PositiveInfinity;
        var result = cursor;
        for (var t = 0; t < queue.Count && t < MaxTrials; t++)
        {
            if (t > 0) page.Restore(mark);
            result = Run(page, parts, cursor, start, queue[t], mark.ForcedBreaks, out var complete);
            last = queue[t];
            // A chapter or the book ends in this spread: its last page is short by nature.
            if (!complete) { if (t == 0) return result; continue; }
            var score = Score(page, start, queue[t]);
            if (score < bestScore) (bestScore, best) = (score, queue[t]);
            if (score == 0) return result;
            if (UnitSize == 2 && Matched(page, start, queue[t]) is { } matched && !queue.Contains(matched)) queue.Insert(t + 1, matched);
        }
        if (best != last)
        {
            page.Restore(mark);
            result = Run(page, parts, cursor, start, best, mark.ForcedBreaks, out _);
        }
        if (UnitSize == 2) Level(page, start);
        return result;
    }

    /// <summary>
    /// When no filling ends level (keeps on both pages allow no length that matches), the shorter
    /// page is feathered down to its facing page's end, within the limits of <see cref="PageBuilder.Level"/>.
    /// </summary>
    private static void Level(PageBuilder page, int start)
    {
        var (verso, recto) = (page.Page(start), page.Page(start + 1));
        if (Math.Abs(verso.Filled - recto.Filled) <= LevelTolerance) return;
        if (verso.Filled < recto.Filled) page.Level(start, recto.Filled);
        else page.Level(start + 1, verso.Filled);
    }

    /// <summary>The filling with the longer page of an uneven spread cut to the shorter one's number of lines.</summary>
    private (int Verso, int Recto)? Matched(PageBuilder page, int start, (int Verso, int Recto) lines)
    {
        var difference = (int)Math.Round((page.Page(start).Filled - page.Page(start + 1).Filled) / geometry.LineHeight);
        return difference switch
        {
            > 0 => (lines.Verso - difference, lines.Recto),
            < 0 => (lines.Verso, lines.Recto + difference),
            _ => null,
        };
    }

    /// <summary>Steps until the page after the spread opens; <paramref name="complete"/> is false when a forced break or the end came first.</summary>
    private Paginator.Cursor Run(PageBuilder page, IReadOnlyList<object> parts, Paginator.Cursor cursor, int start, (int Verso, int Recto) lines, int forced, out bool complete)
    {
        while (!cursor.Done(parts) && page.Current.Index < start + UnitSize && page.ForcedBreaks == forced)
        {
            page.CapacityDelta = (page.Current.Index == start ? lines.Verso : lines.Recto) * geometry.LineHeight;
            cursor = Paginator.Step(page, parts, cursor);
        }
        page.CapacityDelta = 0;
        complete = page.Current.Index >= start + UnitSize && page.ForcedBreaks == forced;
        return cursor;
    }

    private double Score(PageBuilder page, int start, (int Verso, int Recto) lines)
    {
        var score = (Math.Abs(lines.Verso) + Math.Abs(lines.Recto)) * ChangedLengthCost;
        for (var i = start; i < start + UnitSize; i++)
            if (page.Page(i).EndsWithHyphen) score += HyphenCost;
        if (UnitSize == 2 && Math.Abs(page.Page(start).Filled - page.Page(start + 1).Filled) > LevelTolerance) score += UnevenCost;
        return score;
    }
}
