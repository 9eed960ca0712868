namespace Publish.Cli.Tests;

/// <summary>
/// Issue 9: one parse for all formats. The source is read into one model and the PDF and PNG
/// share one layout, whatever set of formats is asked for; the stage list in
/// <see cref="BuildResult.Timings"/> is the record of what ran.
/// </summary>
public class SinglePassTests
{
    [Fact]
    public void Every_format_at_once_reads_the_source_once_and_lays_it_out_once()
    {
        using var project = new TempProject();
        project.Write("book.md", "---\ntitle: One Pass\n---\n\n# One\n\nAlpha[^1].\n\n# Two\n\nBravo *and* **more**.\n\n[^1]: A note.\n");

        var result = Publisher.Build(new BuildOptions
        {
            Input = project.Path("book.md"),
            OutputDirectory = project.Path("out"),
            Formats = OutputFormat.Html | OutputFormat.Pdf | OutputFormat.Png | OutputFormat.Epub,
            Timestamp = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000),
        });

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var stages = result.Timings.Select(t => t.Stage).ToList();
        Assert.Equal(1, stages.Count(s => s == "read"));
        Assert.Equal(1, stages.Count(s => s == "layout"));
        Assert.Equal(["html", "pdf", "png", "epub"], stages.Where(s => s is "html" or "pdf" or "png" or "epub"));
        Assert.True(stages.IndexOf("read") < stages.IndexOf("html"), "the writers run after the single read");
    }

    [Fact]
    public void Epub_alone_needs_no_layout()
    {
        using var project = new TempProject();
        project.Write("a.md", "# A\n\nText.\n");

        var result = Publisher.Build(new BuildOptions { Input = project.Path("a.md"), OutputDirectory = project.Path("out"), Formats = OutputFormat.Epub });

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain("layout", result.Timings.Select(t => t.Stage));
        Assert.Equal(1, result.Timings.Count(t => t.Stage == "read"));
    }
}
