using Publish.Infrastructure;
using System.Globalization;
using Publish.Epub;
using Publish.Layout;
using Publish.Layout.Paged;
using Publish.Model;

namespace Publish;

/// <summary>
/// The EPUB's printed pages from the PDF laid out in the same build: for each labelled page, the
/// model block its first line of content belongs to (the innermost block of the first tagged item;
/// running heads, folios and decoration are artifacts and do not count). The EPUB puts that page's
/// break marker before the block. Pages that start with generated matter (title page, contents)
/// have no block and no marker.
/// </summary>
internal static class PrintPageList
{
    public static IReadOnlyList<PrintPage> From(PagedDocument paged)
    {
        var pages = new List<PrintPage>();
        foreach (var page in paged.Pages)
        {
            if (Label(paged.PageLabels, page.Index) is not { } label || FirstBlock(page) is not { } block) continue;
            pages.Add(new PrintPage(label, ModelFingerprint.Of(block)));
        }
        return pages;
    }

    private static Block? FirstBlock(Page page)
    {
        foreach (var item in page.Items)
        {
            if (item is not (GlyphRun or ImageItem) || item.Tag is not { IsArtifact: false } tag) continue;
            for (var node = tag; node is not null; node = node.Parent)
                if (node.Source is { } block) return block;
        }
        return null;
    }

    /// <summary>The printed label of a page (PDF page-label ranges), or null for unnumbered pages.</summary>
    public static string? Label(IReadOnlyList<PageLabelRange> ranges, int pageIndex)
    {
        var range = ranges.Where(r => r.FirstPageIndex <= pageIndex).MaxBy(r => r.FirstPageIndex);
        if (range is null) return (pageIndex + 1).ToString(CultureInfo.InvariantCulture);
        var n = range.StartNumber + pageIndex - range.FirstPageIndex;
        return range.Style switch
        {
            PageLabelStyle.None => range.Prefix.Length > 0 ? range.Prefix : null,
            PageLabelStyle.LowerRoman => range.Prefix + Roman(n).ToLowerInvariant(),
            PageLabelStyle.UpperRoman => range.Prefix + Roman(n),
            _ => range.Prefix + n.ToString(CultureInfo.InvariantCulture),
        };
    }

    private static string Roman(int n)
    {
        (int Value, string Numeral)[] table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var sb = new System.Text.StringBuilder();
        foreach (var (value, numeral) in table)
            while (n >= value) { sb.Append(numeral); n -= value; }
        return sb.ToString();
    }
}
