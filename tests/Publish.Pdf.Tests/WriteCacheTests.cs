using Publish.Layout.Paged;

namespace Publish.Pdf.Tests;

/// <summary>
/// A watch session's cache: a rebuild gives the bytes a fresh build would, and compresses only
/// the pages whose items changed; fonts are subset again only when their glyph set changes.
/// </summary>
public class WriteCacheTests
{
    [Fact]
    public void A_second_write_of_the_same_document_reuses_everything_and_gives_the_same_bytes()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        var cache = new PdfWriteCache();
        var book = Samples.Book();

        var first = Write(book, cache);
        Assert.Equal(new PdfWriteStatistics(PagesBuilt: 3, PagesReused: 0, FontsBuilt: 1, FontsReused: 0), cache.LastWrite);
        var second = Write(book, cache);

        Assert.Equal(first, second);
        Assert.Equal(new PdfWriteStatistics(PagesBuilt: 0, PagesReused: 3, FontsBuilt: 0, FontsReused: 1), cache.LastWrite);
    }

    [Fact]
    public void An_edit_on_one_page_rebuilds_that_page_only_and_matches_a_fresh_write()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        var cache = new PdfWriteCache();
        var book = Samples.Book();
        Write(book, cache);
        // "Second chapter text." becomes "Second chapter test.": glyphs the font subset already holds.
        var edited = book with { Pages = [book.Pages[0], book.Pages[1], book.Pages[2] with { Items = [.. book.Pages[2].Items.Take(2), Samples.Shape("Second chapter test.", 72, 130)] }] };

        var rebuilt = Write(edited, cache);

        Assert.Equal(new PdfWriteStatistics(PagesBuilt: 1, PagesReused: 2, FontsBuilt: 0, FontsReused: 1), cache.LastWrite);
        Assert.Equal(Samples.WritePdf(edited), rebuilt);
    }

    [Fact]
    public void A_new_glyph_subsets_the_font_again()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        var cache = new PdfWriteCache();
        var book = Samples.Book();
        Write(book, cache);
        var edited = book with { Pages = [.. book.Pages.Take(2), book.Pages[2] with { Items = [.. book.Pages[2].Items, Samples.Shape("Zebra quiz!", 72, 160)] }] };

        var rebuilt = Write(edited, cache);

        Assert.Equal(1, cache.LastWrite.FontsBuilt);
        Assert.Equal(Samples.WritePdf(edited), rebuilt);
    }

    private static byte[] Write(PagedDocument document, PdfWriteCache cache)
    {
        using var stream = new MemoryStream();
        PdfWriter.Write(document, stream, new PdfWriteOptions { Cache = cache });
        return stream.ToArray();
    }
}
