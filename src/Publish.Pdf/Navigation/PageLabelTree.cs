using Publish.Layout.Paged;
using Publish.Pdf.Syntax;

namespace Publish.Pdf.Navigation;

/// <summary>The <c>/PageLabels</c> number tree: one label dictionary where each range starts.</summary>
internal static class PageLabelTree
{
    public static void Write(PdfBuffer b, IReadOnlyList<PageLabelRange> ranges, int pageCount)
    {
        var ordered = ranges.Where(r => r.FirstPageIndex >= 0 && r.FirstPageIndex < pageCount)
            .GroupBy(r => r.FirstPageIndex).Select(g => g.Last()).OrderBy(r => r.FirstPageIndex).ToList();
        // The tree must label the first page; if layout started later, page one counts in arabic.
        if (ordered.Count == 0 || ordered[0].FirstPageIndex != 0) ordered.Insert(0, new PageLabelRange(0, PageLabelStyle.Decimal));
        b.Ascii("<</Nums [");
        foreach (var range in ordered)
        {
            b.Int(range.FirstPageIndex).Ascii(" <</Type /PageLabel");
            var style = range.Style switch
            {
                PageLabelStyle.Decimal => " /S /D",
                PageLabelStyle.LowerRoman => " /S /r",
                PageLabelStyle.UpperRoman => " /S /R",
                _ => "",
            };
            b.Ascii(style);
            if (range.StartNumber != 1) b.Ascii(" /St ").Int(Math.Max(1, range.StartNumber));
            if (range.Prefix.Length > 0) b.Ascii(" /P ").Text(range.Prefix);
            b.Ascii(">> ");
        }
        b.Ascii("]>>");
    }
}
