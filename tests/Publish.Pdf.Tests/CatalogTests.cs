using UglyToad.PdfPig;

namespace Publish.Pdf.Tests;

/// <summary>The catalog: outline, language, and a file written in one revision.</summary>
public class CatalogTests
{
    [Fact]
    public void The_file_is_one_revision_without_an_outline_when_there_is_none()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        var book = Samples.Book();
        var pdf = Samples.WritePdf(book with { Outline = [], PageLabels = [], Info = book.Info with { Language = "" } });

        var text = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "%%EOF"));
        using var document = PdfDocument.Open(pdf);
        Assert.False(document.TryGetBookmarks(out _));
    }

    [Fact]
    public void A_document_without_pages_is_still_a_well_formed_file()
    {
        Tool.Require("qpdf");
        var path = Samples.SaveTemp(Samples.WritePdf(new Layout.Paged.PagedDocument([], Samples.Info) { PageLabels = [new(0, Layout.Paged.PageLabelStyle.Decimal)] }, pdfA: true), "empty.pdf");

        var (exit, output) = Tool.Run("qpdf", "--check", path);

        Assert.True(exit == 0, output);
        Assert.Contains("No syntax or stream encoding errors", output);
    }

    [Fact]
    public void The_catalog_names_the_document_language()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        Tool.Require("qpdf");
        var book = Samples.Book();
        var path = Samples.SaveTemp(Samples.WritePdf(book with { Info = book.Info with { Language = "en-GB" } }), "lang.pdf");

        var (_, trailer) = Tool.Run("qpdf", "--show-object=trailer", path);
        var root = System.Text.RegularExpressions.Regex.Match(trailer, @"/Root (\d+) 0 R").Groups[1].Value;
        var (_, catalog) = Tool.Run("qpdf", $"--show-object={root}", path);

        Assert.Contains("/Lang (en-GB)", catalog);
    }

    [Fact]
    public void Titles_in_any_script_survive_in_the_outline()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        var book = Samples.Book();
        var greek = book with { Outline = [new Layout.Paged.OutlineEntry("Κεφάλαιο (α) «ένα»", "chapter-1", 1, [])] };

        using var pdf = PdfDocument.Open(Samples.WritePdf(greek));

        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal("Κεφάλαιο (α) «ένα»", Assert.Single(bookmarks.Roots).Title);
    }

    [Fact]
    public void An_entry_without_a_destination_lands_on_its_page()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        var book = Samples.Book() with { Outline = [new Layout.Paged.OutlineEntry("Appendix", "no-such-place", 2, [])] };

        using var pdf = PdfDocument.Open(Samples.WritePdf(book));

        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(3, Assert.IsType<UglyToad.PdfPig.Outline.DocumentBookmarkNode>(Assert.Single(bookmarks.Roots)).PageNumber);
    }
}
