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
    /// Whether the item is content that carries its text as ActualText: it gets a sequence of its
    /// own with the ActualText on it, rather than a span nested in its element's sequence (poppler
    /// stops reading an MCID's text at the end of a nested span).
    /// </summary>
    public static bool OwnSequence(PageItem item, StructNode mark, Content.DocumentResources resources) =>
        !mark.IsArtifact && item is GlyphRun run && resources.NeedsActualText(run);

    /// <summary>The structure element of each MCID on the page, in order.</summary>
    public static List<StructNode> Sequence(Page page, Content.DocumentResources resources)
    {
        var marks = new List<StructNode>();
        StructNode? current = null;
        foreach (var item in page.Items)
        {
            if (!IsDrawn(item)) continue;
            var mark = MarkOf(item);
            if (OwnSequence(item, mark, resources))
            {
                marks.Add(mark);
                current = null;
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
