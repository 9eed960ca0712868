using System.Text;
using Publish.Layout.Paged;
using Publish.Pdf.Content;

namespace Publish.Pdf.Tests;

/// <summary>A page's content stream: the operators written for its items, built without allocating per glyph.</summary>
public class ContentStreamTests
{
    [Fact]
    public void Building_a_page_of_text_allocates_nothing_once_the_buffer_has_grown()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        var lines = Enumerable.Range(0, 40).Select(i => (PageItem)Samples.Shape("The office staff found the affluent waffle shop, justified.", 72, 72 + 14 * i)).ToArray();
        var page = Samples.Page(0, lines);
        var resources = DocumentResources.Collect(new PagedDocument([page], Samples.Info), null);
        using var builder = new PageContentBuilder(resources);
        builder.Build(page);

        var before = GC.GetAllocatedBytesForCurrentThread();
        builder.Build(page);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(builder.Out.Length > 40 * 50 * 2, "every glyph was written");
    }

    [Fact]
    public void Operators_are_set_only_when_they_change()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        var page = Samples.Page(0,
            Samples.Shape("one", 72, 100), Samples.Shape("two", 72, 120),
            new RuleItem(72, 130, 300, 130, 0.5, Rgba.Black), new RuleItem(72, 140, 300, 140, 0.5, Rgba.Black),
            Samples.Shape("three", 72, 160));
        var resources = DocumentResources.Collect(new PagedDocument([page], Samples.Info), null);
        using var builder = new PageContentBuilder(resources);

        builder.Build(page);
        var content = Encoding.Latin1.GetString(builder.Out.Written);

        Assert.Equal(1, Count(content, " Tf\n")); // one font and size throughout
        Assert.Equal(1, Count(content, " rg\n"));
        Assert.Equal(1, Count(content, " RG\n"));
        Assert.Equal(1, Count(content, " w\n"));
        Assert.Equal(2, Count(content, "BT\n")); // text, then the rules outside it, then text again
        Assert.Equal(3, Count(content, " TJ\n"));
    }

    private static int Count(string text, string token) => (text.Length - text.Replace(token, "", StringComparison.Ordinal).Length) / token.Length;
}
