using Publish.Layout.Paged;

namespace Publish.Pdf.Tagging;

/// <summary>
/// How a page's drawn items fall into marked-content sequences: consecutive items of the same
/// structure element share one sequence with one MCID; everything else (running heads, folios,
/// rules, fills, decoration) is an artifact. The content builder writes the sequences and the
/// structure tree reads the same split, so MCIDs agree even for a page the cache kept.
/// </summary>
internal static class MarkedContent
{
    /// <summary>Drawn items: links and destinations are annotations and names, not page content.</summary>
    public static bool IsDrawn(PageItem item) => item is not (LinkItem or DestinationItem);

    /// <summary>The item's structure element, or the artifact kind it is drawn as (never null).</summary>
    public static StructNode MarkOf(PageItem item) => item.Tag ?? StructNode.Decoration;

    /// <summary>
    /// Whether the item starts a sequence that carries its text as ActualText: the first of an
    /// element's runs on a line, when any of them needs ActualText. They get a sequence of their
    /// own with the ActualText on it, rather than spans nested in the element's sequence (poppler
    /// stops reading an MCID's text at the end of a nested span).
    /// </summary>
    public static bool OwnSequence(IReadOnlyList<PageItem> items, int i, StructNode mark, Content.DocumentResources resources)
    {
        if (mark.IsArtifact || items[i] is not GlyphRun run) return false;
        // Only the first of the element's runs on a line decides, for all of them.
        if (i > 0 && items[i - 1] is GlyphRun before && ReferenceEquals(MarkOf(before), mark) && Math.Abs(before.Baseline - run.Baseline) < SameLine) return false;
        var last = GroupEnd(items, i);
        for (var k = i; k <= last; k++)
            if (resources.NeedsActualText((GlyphRun)items[k])) return true;
        return false;
    }

    /// <summary>
    /// The last of the runs from <paramref name="first"/> on that share one ActualText sequence:
    /// the rest of the element's runs on the same line (small caps alternate capitals and runs
    /// with ActualText), so that their text reads as the words it spells, not in pieces.
    /// </summary>
    public static int GroupEnd(IReadOnlyList<PageItem> items, int first)
    {
        var mark = MarkOf(items[first]);
        var baseline = ((GlyphRun)items[first]).Baseline;
        var last = first;
        while (last + 1 < items.Count && items[last + 1] is GlyphRun next && ReferenceEquals(MarkOf(next), mark)
               && Math.Abs(next.Baseline - baseline) < SameLine) last++;
        return last;
    }

    /// <summary>Runs whose baselines differ by less (in points) are on one line: superscripts move further.</summary>
    private const double SameLine = 0.01;

    /// <summary>The text the group's ActualText carries.</summary>
    public static string GroupText(IReadOnlyList<PageItem> items, int first, int last)
    {
        if (first == last) return Content.GlyphRunContent.TextOf((GlyphRun)items[first]);
        var sb = new System.Text.StringBuilder();
        for (var i = first; i <= last; i++) sb.Append(Content.GlyphRunContent.TextOf((GlyphRun)items[i]));
        return sb.ToString();
    }

    /// <summary>The structure element of each MCID on the page, in order.</summary>
    public static List<StructNode> Sequence(Page page, Content.DocumentResources resources)
    {
        var marks = new List<StructNode>();
        StructNode? current = null;
        var items = page.Items;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!IsDrawn(item)) continue;
            var mark = MarkOf(item);
            if (OwnSequence(items, i, mark, resources))
            {
                marks.Add(mark);
                current = null;
                i = GroupEnd(items, i);
                continue;
            }
            if (ReferenceEquals(mark, current)) continue;
            current = mark;
            if (!mark.IsArtifact) marks.Add(mark);
        }
        return marks;
    }

    /// <summary>The tag a structure role is written with in content (<c>/P</c>, <c>/H1</c>…).</summary>
    public static string RoleName(StructRole role) => role.ToString();
}
