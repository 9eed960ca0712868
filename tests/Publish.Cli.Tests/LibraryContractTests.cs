namespace Publish.Cli.Tests;

/// <summary>
/// Issue 21: what an embedder of the library can rely on. <see cref="Publisher.Build"/> starts no
/// thread unless asked (<see cref="BuildOptions.WarmUp"/>), and no exception escapes it: a failure
/// inside the pipeline comes back as a diagnostic, after the ones reported before it.
/// </summary>
public class LibraryContractTests
{
    [Fact]
    public void A_build_with_default_options_starts_no_warm_up_thread()
    {
        using var project = new TempProject();
        project.Write("a.md", "# A\n\nText.\n");
        WarmUp.RequestedOnThisThread = false;

        var result = Publisher.Build(new BuildOptions { Input = project.Path("a.md"), OutputDirectory = project.Path("out"), Formats = OutputFormat.Pdf });

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.False(WarmUp.RequestedOnThisThread, "a library build must not start the warm-up unless BuildOptions.WarmUp asks");
    }

    [Fact]
    public void A_build_that_asks_for_the_warm_up_starts_it()
    {
        using var project = new TempProject();
        project.Write("a.md", "# A\n\nText.\n");
        WarmUp.RequestedOnThisThread = false;

        var result = Publisher.Build(new BuildOptions { Input = project.Path("a.md"), OutputDirectory = project.Path("out"), Formats = OutputFormat.Pdf, WarmUp = true });

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.True(WarmUp.RequestedOnThisThread);
    }

    [Fact]
    public void An_exception_inside_the_build_comes_back_as_PUB0000_after_the_earlier_diagnostics()
    {
        using var project = new TempProject();
        project.Write("a.md", "---\ntitle: T\nno-such-key: 1\n---\n\n# A\n\nText.\n");

        var result = Publisher.Build(new BuildOptions
        {
            Input = project.Path("a.md"),
            OutputDirectory = project.Path("out"),
            Progress = p => { if (p.Stage == "theme") throw new InvalidOperationException("boom"); },
        });

        Assert.Equal(["PUB0102", "PUB0000"], result.Diagnostics.Select(d => d.Code));
        Assert.Contains("boom", result.Diagnostics[^1].Message);
        Assert.True(result.HasErrors);
        Assert.Empty(result.Outputs);
    }
}
