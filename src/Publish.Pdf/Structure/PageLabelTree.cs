using Publish.Layout.Paged;

namespace Publish.Pdf.Structure;

/// <summary>The <c>/PageLabels</c> number tree: one label dictionary where each range starts.</summary>
internal static class PageLabelTree
{
    public static PdfDict Build(IReadOnlyList<PageLabelRange> ranges, int pageCount)
    {
        var nums = new PdfArray();
        var ordered = ranges.Where(r => r.FirstPageIndex >= 0 && r.FirstPageIndex < pageCount)
            .GroupBy(r => r.FirstPageIndex).Select(g => g.Last()).OrderBy(r => r.FirstPageIndex).ToList();
        // The tree must label the first page; if layout started later, page one counts in arabic.
        if (ordered.Count == 0 || ordered[0].FirstPageIndex != 0) ordered.Insert(0, new PageLabelRange(0, PageLabelStyle.Decimal));
        foreach (var range in ordered)
        {
            var label = new PdfDict().With("Type", new PdfName("/PageLabel"));
            var style = range.Style switch
            {
                PageLabelStyle.Decimal => "/D",
                PageLabelStyle.LowerRoman => "/r",
                PageLabelStyle.UpperRoman => "/R",
                _ => null,
            };
            if (style is not null) label["S"] = new PdfName(style);
            if (range.StartNumber != 1) label["St"] = PdfAtom.Number(Math.Max(1, range.StartNumber));
            if (range.Prefix.Length > 0) label["P"] = PdfAtom.Literal(range.Prefix);
            nums.Items.Add(PdfAtom.Number(range.FirstPageIndex));
            nums.Items.Add(label);
        }
        return new PdfDict().With("Nums", nums);
    }
}
