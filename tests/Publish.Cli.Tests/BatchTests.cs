namespace Publish.Cli.Tests;

/// <summary>Many inputs in one process: parallel, independent, worst exit code, stable shards.</summary>
public class BatchTests
{
    private static TempProject Collection()
    {
        var project = new TempProject();
        project.Write("in/a.md", "# A\n\nAlpha.\n");
        project.Write("in/b.txt", "Bravo\n\nA plain text article with a sentence that ends properly.\n");
        project.Write("in/c.md", "# C\n\nCharlie.\n");
        project.Write("in/d.md", "# D\n\nDelta.\n");
        return project;
    }

    [Fact]
    public void Every_input_of_a_folder_is_built_in_one_process()
    {
        using var project = Collection();
        var run = Cli.Build(project.Path("in"), project.Out, "-f", "html", "--jobs", "2");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["a.html", "b.html", "c.html", "d.html"], Directory.GetFiles(project.Out).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_failing_input_does_not_stop_the_others_and_the_exit_code_is_the_worst()
    {
        using var project = Collection();
        project.Write("in/bad.md", [0x00, 0xFF, 0x00, 0x13]);
        var run = Cli.Build(project.Path("in"), project.Out, "-f", "html", "--jobs", "3");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(project.Path("in/bad.md"), run.Single("PUB0004").File);
        Assert.Equal(4, Directory.GetFiles(project.Out, "*.html").Length);
    }

    [Fact]
    public void Shards_build_disjoint_slices_that_together_cover_everything()
    {
        using var project = Collection();
        var built = new List<string>();
        for (var i = 1; i <= 3; i++)
        {
            var outDir = project.Path($"out{i}");
            Assert.Equal(0, Cli.Build(project.Path("in"), outDir, "-f", "html", "--shard", $"{i}/3").ExitCode);
            built.AddRange(Directory.Exists(outDir) ? Directory.GetFiles(outDir).Select(f => Path.GetFileName(f)) : []);
        }
        Assert.Equal(["a.html", "b.html", "c.html", "d.html"], built.Order());
    }

    [Fact]
    public void An_empty_shard_is_not_an_error()
    {
        using var project = new TempProject();
        var source = project.Write("only.md", "# Only\n");
        var run = Cli.Build(source, project.Out, "--shard", "2/2");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("shard 2/2 has no inputs", run.Output);
    }
}
