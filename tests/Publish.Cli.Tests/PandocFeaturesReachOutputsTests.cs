using System.Diagnostics;
using System.IO.Compression;
using System.Net;

namespace Publish.Cli.Tests;

/// <summary>What the pandoc extensions read reaches every output: the PDF's text, the EPUB's XHTML and the HTML.</summary>
public sealed class PandocFeaturesReachOutputsTests
{
    private const string Source = """
        % Limericks and Tables
        % Ann Author

        | There was a young lady named Bright
        |    whose speed was far faster than light

        Planet   Moons
        -------- --------
        Mars     Phobos
        Jupiter  Ganymede

        (@) An example numbered once.

        As [@knuth84] showed.
        """;

    [Fact]
    public void Line_blocks_simple_tables_example_lists_and_citations_reach_html_epub_and_pdf()
    {
        using var project = new TempProject();
        var input = project.Write("poems.md", Source);
        var run = Cli.Build(input, project.Out, "-f", "pdf,epub,html");
        Assert.True(run.ExitCode == 0, run.ToString());
        string[] words = ["Bright", "faster than light", "Phobos", "Ganymede", "An example numbered once", "@knuth84"];

        var html = WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(project.Out, "poems.html")));
        Assert.All(words, w => Assert.Contains(w, html));
        Assert.Contains("class=\"line-block\"", html);
        Assert.Contains("data-cites=\"knuth84\"", html);
        Assert.Contains("<title>Limericks and Tables</title>", html);

        using (var epub = ZipFile.OpenRead(Path.Combine(project.Out, "poems.epub")))
        {
            var xhtml = string.Join('\n', epub.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal))
                .Select(e => { using var reader = new StreamReader(e.Open()); return WebUtility.HtmlDecode(reader.ReadToEnd()); }));
            Assert.All(words, w => Assert.Contains(w, xhtml));
            Assert.Contains("<td", xhtml);
        }

        var pdf = PdfText(Path.Combine(project.Out, "poems.pdf"));
        Assert.All(words, w => Assert.Contains(w, string.Join(' ', pdf.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))));
    }

    private static string PdfText(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(pdf);
        start.ArgumentList.Add("-");
        try
        {
            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("pdftotext (poppler-utils) is not installed");
            return "";
        }
    }
}
