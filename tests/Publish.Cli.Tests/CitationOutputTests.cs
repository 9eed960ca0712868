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

    // A page 100 mm wide: a measure of some thirty characters, so the long citation must break.
    private const string Narrow = """
        page:
          width: 100mm
        """;

    private static readonly string[] Shown = ["[see @doe99, pp. 33-35; also @smith04, chap. 1]", "@doe99 [p. 33]", "[-@doe99]"];

    [Fact]
    public void Citations_show_as_written_in_the_epub_and_the_pdf_and_the_bibliography_is_reported_once()
    {
        using var project = new TempProject();
        var input = project.Write("cite.md", Source);
        var result = Publisher.Build(new BuildOptions
        {
            Input = input, OutputDirectory = project.Out, Formats = OutputFormat.Pdf | OutputFormat.Epub, Theme = project.Write("narrow.yaml", Narrow),
        });
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

        // Each citation is one Reference element holding its text, even the one broken over two
        // lines (the page is narrow); the address is none.
        var tree = StructureText.Of(Path.Combine(project.Out, "cite.pdf"));
        Assert.Equal(Shown, References(tree));
        Assert.Contains("john@example.com", tree.Text);
    }

    /// <summary>The text under each Reference element: its quoted lines, deeper than it, joined.</summary>
    private static List<string> References(StructureText tree)
    {
        static int Depth(string line) => line.Length - line.TrimStart().Length;
        var found = new List<string>();
        for (var i = 0; i < tree.Lines.Count; i++)
        {
            if (tree.Lines[i].Trim() != "Reference (inline)") continue;
            var depth = Depth(tree.Lines[i]);
            var parts = tree.Lines.Skip(i + 1).TakeWhile(l => Depth(l) > depth).Select(l => l.Trim()).Where(l => l.StartsWith('"')).Select(l => l.Trim('"'));
            found.Add(System.Text.RegularExpressions.Regex.Replace(string.Join(' ', parts), @"\s+", " ").Trim());
        }
        return found;
    }
}
