using System.IO.Compression;
using System.Xml.Linq;
using Publish.Model;

namespace Publish.Cli.Tests.Accessibility;

/// <summary>EPUB Accessibility 1.1: page-break markers from the same build's PDF, metadata that claims only what the content holds.</summary>
public class EpubAccessibilityTests
{
    private static readonly XNamespace Xh = "http://www.w3.org/1999/xhtml", Ops = "http://www.idpf.org/2007/ops", Opf = "http://www.idpf.org/2007/opf";

    private static string LongBook(string extra = "") =>
        "---\ntitle: Paged\n---\n\n# One\n\n" + extra
        + string.Concat(Enumerable.Range(1, 60).Select(i => $"Paragraph {i} has enough words in it to fill a couple of lines of the printed page at least.\n\n"))
        + "# Two\n\n" + string.Concat(Enumerable.Range(1, 30).Select(i => $"Second chapter paragraph {i} also runs to more than one line of print.\n\n"));

    private static (BuildResult Result, ZipArchive Epub) Build(TempProject project, string markdown, OutputFormat formats, bool strict = false)
    {
        project.Write("chart.png", Images.Png);
        project.Write("book.md", markdown);
        var result = Publisher.Build(new BuildOptions { Input = project.Path("book.md"), OutputDirectory = project.Out, Formats = formats, Strict = strict });
        var path = Path.Combine(project.Out, "book.epub");
        return (result, File.Exists(path) ? ZipFile.OpenRead(path) : null!);
    }

    private static XDocument Xml(ZipArchive zip, string path)
    {
        using var stream = zip.GetEntry(path)!.Open();
        return XDocument.Load(stream);
    }

    private static List<string> Metas(ZipArchive zip, string property) =>
        Xml(zip, "EPUB/content.opf").Descendants(Opf + "meta").Where(m => (string?)m.Attribute("property") == property).Select(m => m.Value).ToList();

    [Fact]
    public void With_the_pdf_every_page_list_entry_lands_on_a_page_break_marker()
    {
        using var project = new TempProject();
        var (result, epub) = Build(project, LongBook(), OutputFormat.Pdf | OutputFormat.Epub);
        using var _ = epub;
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));

        var pageList = Xml(epub, "EPUB/nav.xhtml").Descendants(Xh + "nav").Single(n => (string?)n.Attribute(Ops + "type") == "page-list");
        var entries = pageList.Descendants(Xh + "a").Select(a => (Label: a.Value, Href: (string)a.Attribute("href")!)).ToList();
        Assert.True(entries.Count >= 3, $"only {entries.Count} pages listed");
        foreach (var (label, href) in entries)
        {
            var file = href[..href.IndexOf('#')];
            var id = href[(href.IndexOf('#') + 1)..];
            var marker = Xml(epub, "EPUB/" + file).Descendants().Single(e => (string?)e.Attribute("id") == id);
            Assert.Equal("span", marker.Name.LocalName);
            Assert.Equal("pagebreak", (string?)marker.Attribute(Ops + "type"));
            Assert.Equal("doc-pagebreak", (string?)marker.Attribute("role"));
            Assert.Equal(label, (string?)marker.Attribute("aria-label"));
        }
        // Markers follow the page numbers in reading order.
        var numbers = entries.Select(e => int.Parse(e.Label, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(numbers.Order(), numbers);

        var opf = Xml(epub, "EPUB/content.opf");
        var source = opf.Descendants().Single(e => e.Name.LocalName == "source");
        Assert.Contains(Metas(epub, "source-of"), v => v == "pagination");
        Assert.Contains("printPageNumbers", Metas(epub, "schema:accessibilityFeature"));
        Assert.Contains("pageBreakMarkers", Metas(epub, "schema:accessibilityFeature"));
        Assert.NotEmpty(source.Value);
    }

    [Fact]
    public void An_epub_alone_has_no_page_list_and_does_not_claim_print_page_numbers()
    {
        using var project = new TempProject();
        var (_, epub) = Build(project, LongBook(), OutputFormat.Epub);
        using var _ = epub;

        Assert.DoesNotContain(Xml(epub, "EPUB/nav.xhtml").Descendants(Xh + "nav"), n => (string?)n.Attribute(Ops + "type") == "page-list");
        Assert.DoesNotContain("printPageNumbers", Metas(epub, "schema:accessibilityFeature"));
        Assert.DoesNotContain(Xml(epub, "EPUB/content.opf").Descendants(), e => e.Name.LocalName == "source");
    }

    [Fact]
    public void An_image_without_alt_text_is_a_warning_and_takes_back_the_claims_of_alternative_text_and_conformance()
    {
        using var project = new TempProject();
        var (result, epub) = Build(project, "# One\n\nText.\n\n![](chart.png)\n", OutputFormat.Epub);
        using var _ = epub;

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCatalog.ImageWithoutAlt.Code && d.Severity == Severity.Warning);
        Assert.DoesNotContain("alternativeText", Metas(epub, "schema:accessibilityFeature"));
        Assert.Empty(Metas(epub, "dcterms:conformsTo"));

        using var strictProject = new TempProject();
        var (strict, strictEpub) = Build(strictProject, "# One\n\n![](chart.png)\n", OutputFormat.Epub, strict: true);
        strictEpub?.Dispose();
        Assert.False(strict.Succeeded);
    }

    [Fact]
    public void Described_images_notes_and_math_are_claimed_only_when_present()
    {
        using var project = new TempProject();
        var (result, epub) = Build(project, "# One\n\nA note.[^1] And $x^2$.\n\n![A chart of the tides](chart.png)\n\n[^1]: Here.\n", OutputFormat.Epub);
        using var _ = epub;
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCatalog.ImageWithoutAlt.Code);
        Assert.Contains("alternativeText", Metas(epub, "schema:accessibilityFeature"));
        Assert.Contains("MathML", Metas(epub, "schema:accessibilityFeature"));
        Assert.Equal(["EPUB Accessibility 1.1 - WCAG 2.1 Level AA"], Metas(epub, "dcterms:conformsTo"));
        Assert.Contains("footnotes", Metas(epub, "schema:accessibilitySummary").Single());

        using var plainProject = new TempProject();
        var (_, plain) = Build(plainProject, "# One\n\nJust words.\n", OutputFormat.Epub);
        using var __ = plain;
        Assert.DoesNotContain("footnotes", Metas(plain, "schema:accessibilitySummary").Single());
        Assert.DoesNotContain("alternativeText", Metas(plain, "schema:accessibilityFeature"));
        Assert.DoesNotContain("MathML", Metas(plain, "schema:accessibilityFeature"));
    }

    [Fact]
    public void Math_has_alttext_a_caption_repeating_the_alt_is_hidden_and_links_are_underlined()
    {
        using var project = new TempProject();
        var (_, epub) = Build(project, "# One\n\nSee $a+b$ and [there](https://example.org/).\n\n![A chart of the tides](chart.png)\n", OutputFormat.Epub);
        using var _ = epub;
        var chapter = Xml(epub, "EPUB/" + epub.Entries.First(e => e.FullName.StartsWith("EPUB/ch", StringComparison.Ordinal)).FullName[5..]);

        var math = chapter.Descendants().First(e => e.Name.LocalName == "math");
        Assert.Equal("a+b", (string?)math.Attribute("alttext"));
        var caption = chapter.Descendants(Xh + "figcaption").Single();
        Assert.Equal("true", (string?)caption.Attribute("aria-hidden"));
        using var css = new StreamReader(epub.Entries.Single(e => e.FullName.EndsWith(".css", StringComparison.Ordinal)).Open());
        var sheet = css.ReadToEnd();
        Assert.Matches(@"(?s)\ba\s*\{[^}]*text-decoration:\s*underline", sheet);
        Assert.Matches(@"(?s)nav ol\s*\{[^}]*list-style:\s*none", sheet);
    }
}
