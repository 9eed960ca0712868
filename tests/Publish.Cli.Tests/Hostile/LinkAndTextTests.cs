using System.IO.Compression;
using Publish.Model;

namespace Publish.Cli.Tests.Hostile;

/// <summary>
/// Issue #18, findings 7 and 9: only http, https, mailto and #id targets become links in any output;
/// text that does not fit where it stands is continued, never dropped.
/// </summary>
public class LinkAndTextTests
{
    [Theory]
    [InlineData("https://example.org/a", true)]
    [InlineData("HTTP://EXAMPLE.ORG", true)]
    [InlineData("mailto:someone@example.org", true)]
    [InlineData("#section", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JaVaScRiPt:alert(1)", false)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("vbscript:msgbox", false)]
    [InlineData("data:text/html,<script>alert(1)</script>", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("other-chapter.md", false)]
    [InlineData("https:", false)]
    public void Only_web_mail_and_internal_targets_are_links(string target, bool allowed) =>
        Assert.Equal(allowed, LinkTargetFilter.IsAllowed(target));

    [Fact]
    public void Script_links_keep_their_text_lose_the_link_and_warn_in_every_output()
    {
        using var project = new TempProject();
        var input = project.Write("doc.md",
            "# Doc\n\n[one](javascript:alert(1)) [two](vbscript:x) [three](data:text/html,x) <a href=\"javascript:alert(2)\">four</a> [ok](https://example.org)\n");
        var result = Publisher.Build(new BuildOptions
        {
            Input = input, OutputDirectory = project.Out, Formats = OutputFormat.Html | OutputFormat.Epub | OutputFormat.Pdf, Timestamp = DateTimeOffset.UnixEpoch,
        });
        Assert.Equal(3, result.Diagnostics.Count(d => d.Code == "PUB0760"));
        var html = File.ReadAllText(Path.Combine(project.Out, "doc.html"));
        foreach (var word in new[] { "one", "two", "three" }) Assert.Contains(word, html);
        Assert.Contains("href=\"https://example.org\"", html);
        foreach (var scheme in new[] { "javascript:", "vbscript:", "data:text" })
        {
            Assert.DoesNotContain(scheme, html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(scheme, EpubText(Path.Combine(project.Out, "doc.epub")), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(scheme, System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(project.Out, "doc.pdf"))), StringComparison.OrdinalIgnoreCase);
        }
    }

    private static string EpubText(string epub)
    {
        using var zip = ZipFile.OpenRead(epub);
        return string.Concat(zip.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }

    [Fact]
    public void A_table_cell_taller_than_a_page_continues_on_the_next_pages_with_every_word()
    {
        Assert.SkipUnless(File.Exists("/usr/bin/pdftotext"), "pdftotext (poppler-utils) is not installed");
        using var project = new TempProject();
        const int words = 20_000;
        var cell = string.Join(' ', Enumerable.Range(0, words).Select(i => $"w{i}"));
        var input = project.Write("table.md", $"# T\n\n| a | b |\n|---|---|\n| {cell} | x |\n");
        var result = Publisher.Build(new BuildOptions { Input = input, OutputDirectory = project.Out, Formats = OutputFormat.Pdf, Timestamp = DateTimeOffset.UnixEpoch });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var text = Tool("/usr/bin/pdftotext", Path.Combine(project.Out, "table.pdf"), "-");
        var found = text.Split((char[])[' ', '\n', '\f'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.StartsWith('w')).ToHashSet();
        Assert.All(Enumerable.Range(0, words), i => Assert.Contains($"w{i}", found));
        Assert.True(result.PageCount > 10);
    }

    [Fact]
    public void A_text_file_on_one_long_line_is_a_paragraph_not_a_title()
    {
        using var project = new TempProject();
        var line = string.Join(' ', Enumerable.Range(0, 50_000).Select(i => $"word{i}")) + ".";
        var input = project.Write("one-line.txt", line + "\n");
        var diagnostics = new DiagnosticBag();
        var document = Publish.Readers.DocumentReader.Read(input, Publish.Readers.SourceFormat.Auto, diagnostics);
        Assert.NotEqual(line, document.Metadata.Title);
        var body = new System.Text.StringBuilder();
        NodeWalker.Walk(document.Blocks, node => { if (node is Text t) body.Append(t.Value).Append(' '); });
        Assert.Contains("word0 ", body.ToString());
        Assert.Contains("word49999.", body.ToString());
    }

    private static string Tool(string exe, params string[] args)
    {
        var info = new System.Diagnostics.ProcessStartInfo(exe) { RedirectStandardOutput = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
