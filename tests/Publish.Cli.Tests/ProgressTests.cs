namespace Publish.Cli.Tests;

/// <summary>Progress for a person at a terminal; silence for --quiet and CI; always one summary line.</summary>
public class ProgressTests
{
    private static CliRun Build(bool terminal, bool ci, params string[] more)
    {
        using var project = new TempProject();
        var source = project.Write("essay.md", "# One\n\nText.\n\n# Two\n\nMore text.\n");
        return Cli.Run(terminal, ci, ["build", source, "-o", project.Out, "-f", "html,epub", .. more]);
    }

    [Fact]
    public void On_a_terminal_each_stage_is_reported_with_its_count()
    {
        var run = Build(terminal: true, ci: false);
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"read essay: 2 chapters", run.Error);
        Assert.Matches(@"epub essay: 1 file", run.Error);
        Assert.Matches(@"html essay: 1 file", run.Error);
    }

    [Fact]
    public void Quiet_and_CI_and_pipes_get_no_progress()
    {
        Assert.Equal("", Build(terminal: true, ci: false, "--quiet").Error);
        Assert.Equal("", Build(terminal: true, ci: true).Error);
        Assert.Equal("", Build(terminal: false, ci: false).Error);
    }

    [Fact]
    public void A_summary_line_names_outputs_pages_size_and_time()
    {
        var run = Build(terminal: false, ci: true);
        Assert.Matches(@"^built 1 input: 2 outputs, \d+ pages?, [\d.]+ (B|KB|MB) in [\d.]+ (ms|s)\n$", run.Output);
    }

    [Fact]
    public void Quiet_prints_no_summary() => Assert.Equal("", Build(terminal: false, ci: false, "--quiet").Output);

    [Fact]
    public void Timings_prints_every_stage_with_its_time()
    {
        var run = Build(terminal: false, ci: false, "--timings");
        foreach (var stage in new[] { "read", "theme", "resources", "html", "epub", "total" })
            Assert.Matches($@"(?m)^  {stage} +\d+\.\d ms$", run.Output);
    }
}
