using Publish.Layout.Inline;
using Publish.Layout.Paged;

namespace Publish.Layout.Tagging;

/// <summary>
/// Structure inside a line: a link's text and its annotation share a Link element, code is
/// Code, a citation is a Reference, a span in another language is a Span with Lang. The paragraph claims them afterwards.
/// </summary>
internal static class InlineTags
{
    /// <summary>Tags the items from <paramref name="first"/> on (a run and its decorations) by the run's style.</summary>
    /// <param name="style">The run's style.</param>
    /// <param name="items">The line's items so far.</param>
    /// <param name="first">The run's index in <paramref name="items"/>.</param>
    /// <param name="block">Set in a code block, whose element is Code already.</param>
    /// <param name="references">The Reference element of each citation of the paragraph so far, shared by its runs.</param>
    public static void Tag(InlineStyle style, List<PageItem> items, int first, bool block, Dictionary<CitationMark, StructNode> references)
    {
        StructNode? node = null;
        if (style.Lang is { } lang) node = new StructNode(StructRole.Span) { Lang = lang };
        if (style.Mono && !block) node = Nest(new StructNode(StructRole.Code), node);
        // A citation is what PDF's Reference means ("a citation to content elsewhere"), and stays one
        // when a bibliography renders it. Nodes made later nest inside: a link around a citation
        // ([@doe](url)) is a Link inside the Reference, since the Link must own the text and its annotation.
        if (style.Citation is { } mark)
        {
            // One element for the whole citation, on whatever lines its runs fall.
            if (!references.TryGetValue(mark, out var reference)) references[mark] = reference = new StructNode(StructRole.Reference);
            node = Nest(reference, node);
        }
        if (style.IsLink) node = Nest(new StructNode(StructRole.Link), node);
        if (node is null) return;
        for (var i = first; i < items.Count; i++)
            if (items[i] is GlyphRun or LinkItem) items[i].Tag ??= node;
    }

    private static StructNode Nest(StructNode inner, StructNode? outer)
    {
        if (outer is not null) inner.Under(outer);
        return inner;
    }
}
