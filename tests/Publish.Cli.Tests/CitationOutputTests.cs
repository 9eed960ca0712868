using System.IO.Compression;
using System.Net;
using Publish.Cli.Tests.Accessibility;
using Publish.Model;

namespace Publish.Cli.Tests;

/// <summary>
/// Citations, until a bibliography is processed, show as written: in the EPUB and HTML as pandoc
/// writes them (a <c>span.citation</c> with <c>data-cites</c>), in the PDF as the same text in the
/// text face, tagged Reference. A bibliography named in the metadata is reported, once.
/// </summary>
public sealed class CitationOutputTests
{
    private const string Source = """
        ---
        title: Citing
        bibliography: refs.bib
        csl: chicago.csl
        ---

        # Sources

        As [see @doe99, pp. 33-35; also @smith04, chap. 1] shows, and as @doe99 [p. 33] says,
        the claim holds [-@doe99]. Mail john@example.com for a copy.
        """;

    private static readonly string[] Shown = ["[see @doe99, pp. 33-35; also @smith04, chap. 1]", "@doe99 [p. 33]", "[-@doe99]"];

    [Fact]
    public void Citations_show_as_written_in_the_epub_and_the_pdf_and_the_bibliography_is_reported_once()
    {
        using var project = new TempProject();
        var input = project.Write("cite.md", Source);
        var result = Publisher.Build(new BuildOptions { Input = input, OutputDirectory = project.Out, Formats = OutputFormat.Pdf | OutputFormat.Epub });
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(DiagnosticCatalog.BibliographyNotProcessed.Code, Assert.Single(result.Diagnostics).Code);

        using (var epub = ZipFile.OpenRead(Path.Combine(project.Out, "cite.epub")))
        {
            var xhtml = string.Join('\n', epub.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal))
                .Select(e => { using var reader = new StreamReader(e.Open()); return WebUtility.HtmlDecode(reader.ReadToEnd()); }));
            Assert.Contains($"<span class=\"citation\" data-cites=\"doe99 smith04\">{Shown[0]}</span>", xhtml);
            Assert.Contains($"<span class=\"citation\" data-cites=\"doe99\">{Shown[1]}</span>", xhtml);
            Assert.Contains($"<span class=\"citation\" data-cites=\"doe99\">{Shown[2]}</span>", xhtml);
            Assert.Contains("john@example.com", xhtml);
            Assert.Equal(3, xhtml.Split("class=\"citation\"").Length - 1);
        }

        // Each citation is a Reference element holding its text; the address is none.
        var tree = StructureText.Of(Path.Combine(project.Out, "cite.pdf"));
        var referenced = tree.Lines.Select((line, i) => (line, i)).Where(l => l.line.Trim() == "Reference (inline)")
            .Select(l => string.Concat(tree.Lines.Skip(l.i + 1).TakeWhile(n => n.Trim().StartsWith('"')).Select(n => n.Trim().Trim('"'))))
            .ToList();
        Assert.Equal(Shown, referenced.Select(r => r.Replace("  ", " ")));
        Assert.Contains("john@example.com", tree.Text);
    }
}
