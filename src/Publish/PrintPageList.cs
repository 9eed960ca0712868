using System.Globalization;
using Publish.Epub;
using Publish.Layout;
using Publish.Layout.Paged;

namespace Publish;

/// <summary>
/// The EPUB page-list from the PDF laid out in the same build: for each printed page with a
/// label, the first anchor (heading or element id) that falls on it, so citations by print page
/// resolve in the e-book too.
/// </summary>
public static class PrintPageList
{
    public static IReadOnlyList<PrintPage> From(PagedDocument paged)
    {
        // A name the source gave twice (raw HTML ids can repeat) may point the e-reader at the
        // other element, out of reading order: such anchors are passed over for the next one.
        var uses = paged.Pages.SelectMany(p => p.Items.OfType<DestinationItem>()).CountBy(d => d.Name).ToDictionary();
        var pages = new List<PrintPage>();
        foreach (var page in paged.Pages)
        {
            var anchor = page.Items.OfType<DestinationItem>().FirstOrDefault(d =>
                d.Name.Length > 0 && !d.Name.StartsWith("fn", StringComparison.Ordinal) && uses[d.Name] == 1);
            if (anchor is null || Label(paged.PageLabels, page.Index) is not { } label) continue;
            pages.Add(new PrintPage(label, anchor.Name));
        }
        return pages;
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
