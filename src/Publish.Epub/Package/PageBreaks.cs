using Publish.Infrastructure;
using Publish.Model;

namespace Publish.Epub.Package;

/// <summary>
/// Where each printed page of the PDF from the same build starts in the e-book: the page-break
/// markers go before the block the page's first line belongs to. The PDF names that block by its
/// content fingerprint; blocks are matched in reading order, so a paragraph that occurs twice
/// (a lone "Yes.") takes the page that falls on the right one. A page whose block is not found
/// (a fingerprint the e-book's blocks do not have) is skipped after a few blocks, not waited for.
/// </summary>
internal sealed class PageBreaks
{
    /// <summary>How many pages may be skipped to match a block: beyond, the block matches nothing.</summary>
    private const int Lookahead = 4;

    private readonly Dictionary<Block, List<string>> _before = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Chapter, List<string>> _byChapter = new(ReferenceEqualityComparer.Instance);

    public static readonly PageBreaks None = new();

    /// <summary>(label, href) in reading order, for the navigation document's page-list.</summary>
    public List<(string Label, string Href)> PageList { get; } = [];

    public static PageBreaks Assign(IReadOnlyList<Chapter> chapters, IReadOnlyList<PrintPage>? pages)
    {
        var breaks = new PageBreaks();
        if (pages is not { Count: > 0 }) return breaks;
        var next = 0;
        foreach (var chapter in chapters)
        {
            foreach (var block in InReadingOrder(chapter.Blocks))
            {
                if (next >= pages.Count) break;
                var fingerprint = ModelFingerprint.Of(block);
                var found = -1;
                for (var k = next; k < Math.Min(pages.Count, next + Lookahead); k++)
                    if (pages[k].Block == fingerprint) { found = k; break; }
                if (found < 0) continue;
                next = found;
                while (next < pages.Count && pages[next].Block == fingerprint) breaks.Add(block, chapter, pages[next++].Label);
            }
        }
        return breaks;
    }

    private void Add(Block block, Chapter chapter, string label)
    {
        if (!_before.TryGetValue(block, out var labels)) _before[block] = labels = [];
        labels.Add(label);
        if (!_byChapter.TryGetValue(chapter, out var inChapter)) _byChapter[chapter] = inChapter = [];
        inChapter.Add(label);
        PageList.Add((label, chapter.FileName + "#" + IdOf(label)));
    }

    /// <summary>The labels of the pages that start at this block.</summary>
    public IReadOnlyList<string> Before(Block block) => _before.TryGetValue(block, out var labels) ? labels : [];

    /// <summary>The labels of the pages that start in this chapter (part of its cache key).</summary>
    public IReadOnlyList<string> In(Chapter chapter) => _byChapter.TryGetValue(chapter, out var labels) ? labels : [];

    /// <summary>The marker's id: labels are digits or roman numerals, so the id needs no escaping beyond that.</summary>
    public static string IdOf(string label) => Xhtml.IdRegistry.Sanitize("page-" + label);

    /// <summary>Blocks outer before inner, as the XHTML renderer writes them; note text is not in the flow.</summary>
    private static IEnumerable<Block> InReadingOrder(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            IEnumerable<Block> inner = block switch
            {
                BlockQuote q => q.Content,
                Div d => d.Content,
                HtmlBlockElement h => h.Content,
                BulletList l => l.Items.SelectMany(i => i.Content),
                OrderedList l => l.Items.SelectMany(i => i.Content),
                DefinitionList l => l.Items.SelectMany(i => i.Definitions.SelectMany(d => d)),
                Table t => t.Head.Concat(t.Body).SelectMany(r => r.Cells).SelectMany(c => c.Content),
                _ => [],
            };
            foreach (var nested in InReadingOrder(inner)) yield return nested;
        }
    }
}
