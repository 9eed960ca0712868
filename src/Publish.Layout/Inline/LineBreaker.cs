namespace Publish.Layout.Inline;

/// <summary>Where a line ends: the index of the glue or penalty item it breaks at.</summary>
internal readonly record struct Breakpoint(int Item, bool Overfull);

/// <summary>
/// Knuth–Plass optimum-fit line breaking over the whole paragraph: of all ways to break it
/// whose lines stretch or shrink within tolerance, the one with least total demerits.
/// Three passes: normal tolerance; then TeX's emergency stretch; then anything, with an
/// overfull line only where a box alone is wider than the measure.
/// </summary>
internal static class LineBreaker
{
    // The cost constants start from TeX's (plain.tex), which generations of books were set with,
    // and were tuned on the novel (bench/typography.py; see README, "Typography") until it
    // hyphenates about as rarely as Typst does: TeX's defaults hyphenated 11% of its lines.
    // \linepenalty: every line costs something, so fewer lines win among equally good breaks.
    public const double LinePenalty = 10;
    // \adjdemerits: a very loose line next to a tight one looks worse than two medium lines.
    public const double AdjacentDemerits = 10_000;
    // \doublehyphendemerits: two hyphenated lines in a row start a "ladder" at the right edge.
    // TeX's 10,000 is less than a hyphen now costs (HyphenPenalty² = 90,000), so a ladder would be
    // almost free next to the first hyphen; 200,000 makes the second hyphen cost more than a
    // line at the tolerance.
    public const double DoubleHyphenDemerits = 200_000;
    // \finalhyphendemerits: a hyphen on the second-last line leaves a stub ("felic-/ity?”") alone at
    // the end. TeX's 5,000 left 175 of them in the novel; at 200,000 a stub is taken only when
    // every other way needs a line looser than the tolerance.
    public const double FinalHyphenDemerits = 200_000;
    // \pretolerance: a first pass without hyphenation takes its lines if none is worse than
    // badness 100 (spaces stretched to about 1.0× their stretch); hyphens only where they help.
    public const double Pretolerance = 100;
    // \tolerance: badness 500 is a space about 1.7 times its stretch. TeX's 200 made hyphens the
    // only way out of many paragraphs (a two-line paragraph must hyphenate its first line); 500
    // lets a rare line run a little loose instead: on the novel the 95th percentile word space
    // grew by 0.2 pt while hyphenated lines fell from 11% to under 6%.
    public const double Tolerance = 500;
    // The second pass accepts looser lines and adds \emergencystretch = 3em to every line.
    public const double EmergencyTolerance = 1_000, EmergencyStretchEm = 3;
    /// <summary>
    /// At most this many hyphenated lines in a row while a pass is within tolerance (a hard limit,
    /// not only a cost: a paragraph that would need a ladder goes to the looser pass instead).
    /// </summary>
    public const int MaxConsecutiveHyphens = 1;
    /// <summary>The last-resort pass, which must set the paragraph somehow, allows one more.</summary>
    public const int LastResortConsecutiveHyphens = 2;
    // TeX keeps a break only if it is within \adjdemerits of the best one found there. A way that
    // looks worse now may be the only one that avoids a double or final hyphen later, so the
    // window is as wide as the largest demerits a later line can add.
    private const double PruneWindow = FinalHyphenDemerits > DoubleHyphenDemerits ? FinalHyphenDemerits : DoubleHyphenDemerits;
    /// <summary>
    /// Penalties this dear (breaks between the characters of a token wider than the measure) are
    /// tried only by the emergency passes: within tolerance, a paragraph must first try every way
    /// of breaking at sensible points, however loose, before a token is cut anywhere.
    /// </summary>
    public const int EmergencyOnlyPenalty = 5_000;
    // Ragged lines: the right margin may vary by about 3em before a line counts as bad (TeX's \raggedright uses 2em).
    public const double RaggedStretchEm = 3;

    // Flagged: the break is at a hyphenation point or explicit hyphen, kept on the node because
    // every later line from it asks (the demerits of a double or final hyphen), once per breakpoint.
    private sealed class Node(int position, int after, int fitness, int hyphens, int line, double demerits, Node? previous, bool flagged, bool overfull = false)
    {
        public readonly int Position = position, After = after, Fitness = fitness, Hyphens = hyphens, Line = line;
        public readonly double Demerits = demerits;
        public readonly Node? Previous = previous;
        public readonly bool Flagged = flagged, Overfull = overfull;
    }

    /// <summary>
    /// Breaks <paramref name="items"/> into lines of width <paramref name="measure"/>. A non-zero
    /// <paramref name="looseness"/> asks for that many lines more (or fewer) than the optimum,
    /// when the tolerance allows it (TeX's \looseness), e.g. to pull a widow back.
    /// </summary>
    public static IReadOnlyList<Breakpoint> Break(IReadOnlyList<Item> items, double measure, double emSize, bool justify, int looseness = 0)
    {
        var sums = new Sums(items);
        var ragged = justify ? 0 : RaggedStretchEm * emSize;
        var emergency = ragged + EmergencyStretchEm * emSize;
        var optimum = Choose(Run(items, sums, measure, Pretolerance, ragged, false, 0, hyphenate: false), 0)
            ?? Choose(Run(items, sums, measure, Tolerance, ragged, false, 0), 0)
            ?? Choose(Run(items, sums, measure, EmergencyTolerance, emergency, false, 0), 0)
            ?? Choose(Run(items, sums, measure, double.PositiveInfinity, emergency, true, 0), 0)!;
        if (looseness == 0) return optimum;
        // Looser or tighter: keep one candidate per line count, and take the first pass that
        // reaches the asked line count, else the closest any pass found.
        var target = optimum.Count + looseness;
        var normal = Run(items, sums, measure, Tolerance, ragged, false, looseness);
        if (Choose(normal, target, exact: true) is { } exact) return exact;
        var emergencyPass = Run(items, sums, measure, EmergencyTolerance, emergency, false, looseness);
        return Choose(emergencyPass, target, exact: true) ?? optimum;
    }

    /// <summary>The least-demerits way to end the paragraph; with <paramref name="targetLines"/>, the one with that many lines.</summary>
    private static List<Breakpoint>? Choose(List<Node>? ends, int targetLines, bool exact = false)
    {
        if (ends is null || ends.Count == 0) return null;
        var chosen = ends.MinBy(n => n.Demerits)!;
        if (exact)
        {
            var candidates = ends.Where(n => n.Line == targetLines).ToList();
            if (candidates.Count == 0) return null;
            chosen = candidates.MinBy(n => n.Demerits)!;
        }
        var result = new List<Breakpoint>();
        for (var n = chosen; n.Previous is not null; n = n.Previous) result.Add(new Breakpoint(n.Position, n.Overfull));
        result.Reverse();
        return result;
    }

    private static List<Node>? Run(IReadOnlyList<Item> items, Sums sums, double measure, double tolerance, double lineStretch, bool lastResort, int looseness, bool hyphenate = true)
    {
        var active = new List<Node> { new(-1, sums.After(-1), 1, 0, 0, 0, null, flagged: false) };
        // The best way to reach a break per fitness class and hyphen count (and line count, when
        // looseness asks for another number of lines than the optimum).
        var best = new Dictionary<(int Line, int Slot), Node>();
        for (var b = 0; b < items.Count; b++)
        {
            if (!IsLegalBreak(items, b)) continue;
            var item = items[b];
            // Hyphenation points are the flagged penalties that add a hyphen; explicit hyphens add none.
            if (!hyphenate && item is { Kind: ItemKind.Penalty, Flagged: true, Width: > 0 }) continue;
            if (item is { Kind: ItemKind.Penalty, Cost: >= EmergencyOnlyPenalty and < Item.Infinite } && tolerance < EmergencyTolerance) continue;
            var flagged = item.Kind == ItemKind.Penalty && item.Flagged;
            var penaltyWidth = item.Kind == ItemKind.Penalty ? item.Width : 0;
            best.Clear();
            Node? lastDeactivated = null;
            for (var i = 0; i < active.Count; i++)
            {
                var a = active[i];
                var width = sums.Width[b] - sums.Width[a.After] + penaltyWidth;
                var stretch = sums.Stretch[b] - sums.Stretch[a.After] + lineStretch;
                var shrink = sums.Shrink[b] - sums.Shrink[a.After];
                var ratio = Ratio(measure - width, stretch, shrink);
                if (ratio < -1 || item.IsForcedBreak)
                {
                    active.RemoveAt(i--);
                    // The latest line start keeps the overfull line to the one token that cannot fit (as TeX's final pass).
                    if (lastDeactivated is null || a.Position > lastDeactivated.Position
                        || (a.Position == lastDeactivated.Position && a.Demerits < lastDeactivated.Demerits)) lastDeactivated = a;
                }
                if (ratio < -1) continue;
                var badness = Badness(ratio);
                if (badness > tolerance) continue;
                if (flagged && a.Hyphens >= (lastResort ? LastResortConsecutiveHyphens : MaxConsecutiveHyphens)) continue;
                var fitness = Fitness(ratio);
                var demerits = a.Demerits + Demerits(badness, item, flagged, a, fitness);
                var hyphens = flagged ? a.Hyphens + 1 : 0;
                var key = (looseness == 0 ? 0 : a.Line + 1, fitness * (LastResortConsecutiveHyphens + 1) + hyphens);
                if (!best.TryGetValue(key, out var current) || demerits < current.Demerits)
                    best[key] = new Node(b, sums.After(b), fitness, hyphens, a.Line + 1, demerits, a, flagged);
            }
            var added = false;
            var min = double.PositiveInfinity;
            foreach (var n in best.Values) if (n.Demerits < min) min = n.Demerits;
            foreach (var n in best.Values)
                if (looseness != 0 || n.Demerits <= min + PruneWindow) { active.Add(n); added = true; }
            // Last resort (TeX's final pass): a box wider than the measure leaves no feasible
            // line; break here anyway from the latest line start we just gave up, and mark it.
            if (!added && active.Count == 0 && lastDeactivated is not null)
            {
                if (!lastResort) return null;
                active.Add(new Node(b, sums.After(b), 2, 0, lastDeactivated.Line + 1, lastDeactivated.Demerits + 1e9, lastDeactivated, flagged, overfull: true));
            }
            if (active.Count == 0) return null;
        }
        return active.Where(n => n.Position == items.Count - 1).ToList();
    }

    /// <summary>A break may fall at a penalty below infinity, or at glue right after a box.</summary>
    public static bool IsLegalBreak(IReadOnlyList<Item> items, int i) => items[i].Kind switch
    {
        ItemKind.Penalty => items[i].Cost < Item.Infinite,
        ItemKind.Glue => i > 0 && items[i - 1].Kind == ItemKind.Box,
        _ => false,
    };

    /// <summary>How far the line's glue must stretch (positive) or shrink (negative) relative to what it can.</summary>
    public static double Ratio(double shortfall, double stretch, double shrink) =>
        shortfall > 0 ? (stretch > 0 ? shortfall / stretch : double.PositiveInfinity)
        : shortfall < 0 ? (shrink > 0 ? shortfall / shrink : double.NegativeInfinity)
        : 0;

    /// <summary>TeX's badness, 100·|r|³, capped at 10000 ("infinitely bad").</summary>
    public static double Badness(double ratio) => Math.Min(10_000, 100 * Math.Abs(ratio * ratio * ratio));

    // TeX's fitness classes: 0 very loose, 1 loose, 2 decent, 3 tight.
    private static int Fitness(double ratio) => ratio > 1 ? 0 : ratio > 0.5 ? 1 : ratio >= -0.5 ? 2 : 3;

    private static double Demerits(double badness, Item item, bool flagged, Node from, int fitness)
    {
        var d = (LinePenalty + badness) * (LinePenalty + badness);
        if (item.Kind == ItemKind.Penalty)
        {
            if (item.Cost >= 0) d += (double)item.Cost * item.Cost;
            else if (item.Cost > -Item.Infinite) d -= (double)item.Cost * item.Cost;
        }
        var fromFlagged = from.Flagged;
        if (flagged && fromFlagged) d += DoubleHyphenDemerits;
        if (fromFlagged && item.IsForcedBreak && from.Position >= 0) d += FinalHyphenDemerits;
        if (Math.Abs(fitness - from.Fitness) > 1) d += AdjacentDemerits;
        return d;
    }

    /// <summary>Prefix sums of width, stretch and shrink, so any line's totals cost O(1).</summary>
    private sealed class Sums
    {
        public readonly double[] Width, Stretch, Shrink;
        private readonly IReadOnlyList<Item> _items;

        // The three arrays are a paragraph's second largest garbage (about 8 MB over the novel) and
        // live only while it is broken, which nothing interrupts: each thread reuses its own, but
        // does not keep arrays a huge paragraph grew past this many items (half a megabyte each).
        [ThreadStatic] private static double[]? t_width, t_stretch, t_shrink;
        private const int KeptLength = 1 << 16;

        public Sums(IReadOnlyList<Item> items)
        {
            _items = items;
            var n = items.Count + 1;
            Width = Reuse(ref t_width, n);
            Stretch = Reuse(ref t_stretch, n);
            Shrink = Reuse(ref t_shrink, n);
            Width[0] = Stretch[0] = Shrink[0] = 0;
            for (var i = 0; i < items.Count; i++)
            {
                var it = items[i];
                var isPenalty = it.Kind == ItemKind.Penalty;
                Width[i + 1] = Width[i] + (isPenalty ? 0 : it.Width);
                Stretch[i + 1] = Stretch[i] + it.Stretch;
                Shrink[i + 1] = Shrink[i] + it.Shrink;
            }
        }

        /// <summary>The thread's array when it is long enough (only the first <paramref name="length"/> entries are used), else a new one, kept when not too long.</summary>
        private static double[] Reuse(ref double[]? kept, int length)
        {
            if (kept is not null && kept.Length >= length) return kept;
            // Grown by doubling, as a list would, so that a run of ever longer paragraphs does not allocate every time.
            var array = new double[Math.Max(length, Math.Min(KeptLength, Math.Max(256, (kept?.Length ?? 0) * 2)))];
            if (array.Length <= KeptLength) kept = array;
            return array;
        }

        /// <summary>Where the next line's material starts after a break at <paramref name="b"/>: glue and penalties there vanish.</summary>
        public int After(int b)
        {
            var j = b + 1;
            while (j < _items.Count && _items[j].Kind != ItemKind.Box && !_items[j].IsForcedBreak) j++;
            return j;
        }
    }
}
