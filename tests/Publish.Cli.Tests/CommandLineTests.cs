namespace Publish.Cli.Tests;

/// <summary>The command line itself: help with examples, version, and usage errors that teach (exit code 2).</summary>
public class CommandLineTests
{
    [Theory]
    [InlineData("build")]
    [InlineData("parse")]
    [InlineData("init")]
    [InlineData("check")]
    public void Every_command_has_help_with_examples(string command)
    {
        var run = Cli.Run(command, "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"publish {command}", run.Output);
        var examples = run.Output[run.Output.IndexOf("Examples:", StringComparison.Ordinal)..];
        Assert.Contains($"  publish {command} ", examples);
    }

    [Fact]
    public void Build_help_lists_every_documented_option()
    {
        var help = Cli.Run("build", "--help").Output;
        foreach (var option in new[] { "--output-dir", "-o", "--format", "-f", "--from", "--theme", "--strict", "--quiet", "--bleed", "--crop-marks",
                     "--pdfa", "--kobo", "--check", "--timings", "--diagnostics", "--watch", "--jobs", "--shard" })
            Assert.Contains(option, help);
    }

    [Fact]
    public void Version_prints_the_version() =>
        Assert.Matches(@"^\d+\.\d+\.\d+", Cli.Run("--version").Output);

    [Fact]
    public void A_mistyped_option_is_a_usage_error_with_a_suggestion()
    {
        var run = Cli.Run("build", "notes.md", "--stirct");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown option '--stirct'", run.Error);
        Assert.Contains("did you mean '--strict'?", run.Error);
    }

    [Fact]
    public void A_mistyped_command_is_a_usage_error_with_a_suggestion()
    {
        var run = Cli.Run("bulid", "notes.md");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("did you mean 'build'?", run.Error);
    }

    [Theory]
    [InlineData("--bleed", "3 furlongs")]
    [InlineData("--shard", "4/3")]
    [InlineData("--jobs", "0")]
    [InlineData("--format", "docx")]
    [InlineData("--from", "rst")]
    [InlineData("--diagnostics", "xml")]
    public void A_bad_option_value_is_a_usage_error_that_says_why(string option, string value)
    {
        var run = Cli.Run("build", "notes.md", option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("publish: error:", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void No_command_or_no_input_is_a_usage_error()
    {
        Assert.Equal(2, Cli.Run().ExitCode);
        Assert.Equal(2, Cli.Run("build").ExitCode);
    }

    [Fact]
    public void A_missing_input_is_an_input_error_naming_it()
    {
        var run = Cli.Run("build", "/nonexistent/notes.md", "--diagnostics", "json");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("/nonexistent/notes.md", run.Single("PUB0001").File);
    }
}

public class PngResolutionTests
{
    [Fact]
    public void Dpi_sets_the_size_of_png_pages()
    {
        var dir = Directory.CreateTempSubdirectory("publish-dpi-");
        var source = Path.Combine(dir.FullName, "note.md");
        File.WriteAllText(source, "---\ntitle: Note\n---\n\nA short note.\n");
        var output = Path.Combine(dir.FullName, "out");

        var run = Cli.Run("build", source, "-f", "png", "--dpi", "36", "-o", output, "--quiet");

        Assert.Equal(0, run.ExitCode);
        var png = File.ReadAllBytes(Assert.Single(Directory.GetFiles(output, "note-*.png").Order().Take(1)));
        var width = png[16] << 24 | png[17] << 16 | png[18] << 8 | png[19];
        Assert.Equal(6 * 36, width); // the default theme's page is 6 in wide
    }

    [Fact]
    public void An_absurd_dpi_is_a_usage_error() => Assert.Equal(2, Cli.Run("build", "note.md", "--dpi", "5").ExitCode);
}
