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
}
