using Publish.Layout.Paged;

namespace Publish.Epub.Tests;

public class PrintPageListTests
{
    [Fact]
    public void Labels_follow_the_pdf_page_label_ranges()
    {
        PageLabelRange[] ranges = [new(0, PageLabelStyle.LowerRoman), new(3, PageLabelStyle.Decimal), new(5, PageLabelStyle.None)];
        Assert.Equal(["i", "ii", "iii", "1", "2", null], Enumerable.Range(0, 6).Select(i => PrintPageList.Label(ranges, i)));
        Assert.Equal("7", PrintPageList.Label([], 6));
    }

    [Fact]
    public void Each_page_points_at_its_first_anchor_whose_name_is_not_used_twice()
    {
        static Page Page(int index, params string[] anchors) =>
            new(index, 432, 648, new Rect(0, 0, 432, 648), anchors.Select(a => (PageItem)new DestinationItem(a, 0, 0)).ToList());
        var paged = new PagedDocument(
            [Page(0, "intro"), Page(1, "fn-1", "part"), Page(2, "intro", "later"), Page(3)],
            new DocumentInfo(null, null, null, null, "en", null));

        var list = PrintPageList.From(paged);

        // "intro" names two places, so neither page may send the reader there; page 3 holds no anchor.
        Assert.Equal([("2", "part"), ("3", "later")], list.Select(p => (p.Label, p.AnchorId)));
    }
}
