using Publish.Infrastructure;
using Publish.Layout.Paged;
using Publish.Model;

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
    public void Each_page_names_the_innermost_block_of_its_first_tagged_item_and_pages_without_one_are_left_out()
    {
        var first = new Paragraph([new Text("first")]);
        var second = new Paragraph([new Text("second")]);
        var paged = Layout.DocumentLayouter.Layout(new Document(Metadata.Empty, [first, new BlockQuote([second])]), Styling.Theme.Default,
            new Layout.LayoutOptions(), new DiagnosticBag());
        var list = PrintPageList.From(paged);

        Assert.Equal([ModelFingerprint.Of(first)], list.Select(p => p.Block));
        Assert.Equal([PrintPageList.Label(paged.PageLabels, 0)], list.Select(p => p.Label));
    }
}
