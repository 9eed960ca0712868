using System.IO.Compression;
using Publish.Model;
using Publish.Validation;

namespace Publish.Cli.Tests;

/// <summary><c>publish check</c>: the installed validators' findings as diagnostics.</summary>
public class CheckTests
{
    private static bool HasQpdf => ExternalTool.Find("qpdf") is not null;
    private static bool HasEpubcheck => EpubCheck.Jar() is not null && ExternalTool.Find("java") is not null;

    /// <summary>An EPUB with the mimetype entry missing and no container: epubcheck must object.</summary>
    private static string BrokenEpub(TempProject project)
    {
        var path = project.Path("broken.epub");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using (var w = new StreamWriter(zip.CreateEntry("EPUB/hello.xhtml").Open())) w.Write("<html>");
        return path;
    }

    [Fact]
    public void A_damaged_pdf_fails_qpdf_with_an_error_diagnostic()
    {
        Assert.SkipUnless(HasQpdf, "qpdf is not installed");
        using var project = new TempProject();
        var pdf = project.Write("bad.pdf", "%PDF-1.7\nthis is not a PDF body\n%%EOF\n");
        var run = Cli.Run("check", pdf, "--diagnostics", "json");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Code is "PUB0806" or "PUB0807" && d.File == pdf);
    }

    [Fact]
    public void A_broken_epub_fails_epubcheck_with_its_findings_as_diagnostics()
    {
        Assert.SkipUnless(HasEpubcheck, "epubcheck is not installed");
        using var project = new TempProject();
        var run = Cli.Run("check", BrokenEpub(project), "--diagnostics", "json");
        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.Diagnostics.Where(d => d.Code == "PUB0802").Take(1));
        Assert.Matches(@"^epubcheck [A-Z]+-\d+", error.Message);
    }

    [Fact]
    public void Epubcheck_report_lines_become_positioned_diagnostics()
    {
        var report = """
            Validating using EPUB version 3.2 rules.
            ERROR(RSC-005): out/book.epub/EPUB/ch1.xhtml(12,5): Error while parsing file: element "p" not allowed here
            WARNING(OPF-053): out/book.epub/EPUB/content.opf(7,40): Date value "x" does not follow recommended syntax
            ERROR(PKG-006): out/book.epub: Mimetype file entry is missing or is not the first file in the archive.
            INFO(CSS-007): ignored
            """;
        var found = EpubCheck.Parse(report, "out/book.epub").ToList();
        Assert.Equal(3, found.Count);
        Assert.Equal(("PUB0802", Severity.Error, new SourceSpan("out/book.epub/EPUB/ch1.xhtml", 12, 5)), (found[0].Code, found[0].Severity, found[0].Span));
        Assert.StartsWith("epubcheck RSC-005: Error while parsing", found[0].Message);
        Assert.Equal(("PUB0803", Severity.Warning), (found[1].Code, found[1].Severity));
        Assert.Equal(new SourceSpan("out/book.epub", 0, 0), found[2].Span);
    }

    [Fact]
    public void A_missing_validator_is_said_clearly_and_fails_the_check()
    {
        using var project = new TempProject();
        var epub = BrokenEpub(project);
        var d = Assert.Single(EpubCheck.Run(epub, jar: project.Path("no-such-epubcheck.jar")));
        Assert.Equal("PUB0801", d.Code);
        Assert.Contains("epubcheck is not installed", d.Message);
        Assert.Contains("apt-get install epubcheck", d.Hint);
    }

    [Fact]
    public void Checking_something_that_is_neither_pdf_nor_epub_says_so()
    {
        using var project = new TempProject();
        var run = Cli.Run("check", project.Write("notes.docx", "x"), "--diagnostics", "json");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("PUB0805", Assert.Single(run.Diagnostics).Code);
    }

    [Fact]
    public void Build_check_validates_what_it_built()
    {
        Assert.SkipUnless(HasEpubcheck, "epubcheck is not installed");
        using var project = new TempProject();
        var source = project.Write("notes.md", "---\ntitle: Notes\n---\n\n# Notes\n\nA paragraph.\n");
        var run = Cli.Build(source, project.Out, "-f", "epub", "--check");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain(run.Diagnostics, d => d.Code.StartsWith("PUB08", StringComparison.Ordinal));
    }
}
