using UglyToad.PdfPig;

namespace Publish.Pdf.Tests;

/// <summary>The words and document facts come back out of the PDF.</summary>
public class PdfTextTests
{
    [Fact]
    public void Ligatures_extract_as_their_letters()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        Tool.Require("pdftotext");
        var path = Samples.SaveTemp(Samples.WritePdf(Samples.Book()), "text.pdf");

        var (exit, text) = Tool.Run("pdftotext", path, "-");

        Assert.Equal(0, exit);
        Assert.Contains("The office staff found the affluent waffle shop.", text);
        Assert.DoesNotContain("\uFB03", text); // no "ﬃ" from the ligature glyph
        Assert.DoesNotContain("\uFB00", text);
        Assert.Contains("Second chapter text.", text);
    }

    [Fact]
    public void Runs_shown_in_other_letters_than_their_source_extract_as_the_source()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        Tool.Require("pdftotext");
        // Faux small capitals and case transforms: layout shows "NETHERFIELD" for "Netherfield"...
        var capitals = Samples.Shape("NETHERFIELD PARK", 72, 100) with { Text = "Netherfield Park" };
        // ...while the same glyphs elsewhere stand for themselves.
        var plain = Samples.Shape("NO. IT IS SO.", 72, 130);
        var document = new Layout.Paged.PagedDocument([Samples.Page(0, capitals, plain)], Samples.Info);
        var path = Samples.SaveTemp(Samples.WritePdf(document), "actualtext.pdf");

        var (_, text) = Tool.Run("pdftotext", path, "-");

        Assert.Contains("Netherfield Park", text);
        Assert.Contains("NO. IT IS SO.", text);
    }

    [Fact]
    public void A_line_end_space_under_ActualText_keeps_the_word_apart_without_widening_the_line()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        Tool.Require("pdftotext");
        // A line broken at a space ends in that space (for extracted text); this run also needs
        // ActualText (its glyphs spell capitals, its text is mixed case).
        var line = Samples.Shape("NETHERFIELD ", 72, 100) with { Text = "Netherfield ", EndsWithBreakSpace = true };
        var next = Samples.Shape("PARK", 72, 115) with { Text = "Park" };
        var path = Samples.SaveTemp(Samples.WritePdf(new Layout.Paged.PagedDocument([Samples.Page(0, line, next)], Samples.Info)), "breakspace.pdf");
        var textEnd = 72 + line.Positions[^1]; // where the last letter ends and the space begins

        var (_, html) = Tool.Run("pdftotext", "-bbox-layout", path, "-");
        var (_, text) = Tool.Run("pdftotext", path, "-");

        var word = System.Text.RegularExpressions.Regex.Match(html, "<word xMin=\"[0-9.]+\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\"[^>]*>Netherfield");
        Assert.True(word.Success, html);
        // The word's box ends with its letters, not a space's width past them (past the margin on a justified line).
        Assert.True(double.Parse(word.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) <= textEnd + 0.5, html);
        Assert.Contains("Netherfield", text);
        Assert.Contains("Park", text);
    }

    [Fact]
    public void Pages_keep_their_media_size_and_order()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        using var pdf = PdfDocument.Open(Samples.WritePdf(Samples.Book()));

        Assert.Equal(3, pdf.NumberOfPages);
        Assert.Equal((432.0, 648.0), (pdf.GetPage(1).Width, pdf.GetPage(1).Height));
        Assert.Contains("Chapter", pdf.GetPage(3).Text);
        Assert.Contains("Two", pdf.GetPage(3).Text);
    }

    [Fact]
    public void Text_sits_at_its_baseline()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        using var pdf = PdfDocument.Open(Samples.WritePdf(Samples.Book()));

        var first = pdf.GetPage(3).Letters.First(l => l.Value == "S");

        // "Second chapter text." was drawn at x 72 on a baseline 130 pt from the top of a 648 pt page.
        Assert.Equal(72, first.StartBaseLine.X, 0.5);
        Assert.Equal(648 - 130, first.StartBaseLine.Y, 0.5);
    }

    [Fact]
    public void Info_dictionary_carries_the_document_metadata()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        using var pdf = PdfDocument.Open(Samples.WritePdf(Samples.Book()));

        var info = pdf.Information;
        Assert.Equal(("A Sample Book", "Jane Author", "Testing", "pdf, tests"), (info.Title, info.Author, info.Subject, info.Keywords));
        Assert.Equal(("Publish", "Publish"), (info.Creator, info.Producer));
        Assert.StartsWith("D:20240501120000", info.CreationDate);
        Assert.StartsWith("D:20240501120000", info.ModifiedDate);
    }
}
