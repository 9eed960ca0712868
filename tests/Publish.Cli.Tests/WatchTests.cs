using Publish.Watching;

namespace Publish.Cli.Tests;

/// <summary><c>--watch</c>: one rebuild per burst of changes, none for the build's own outputs.</summary>
public class WatchTests
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(150);

    private static async Task<bool> Eventually(Func<bool> condition, int seconds = 10)
    {
        for (var waited = 0; waited < seconds * 20; waited++)
        {
            if (condition()) return true;
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        return condition();
    }

    [Fact]
    public async Task Editing_a_source_causes_one_debounced_rebuild()
    {
        using var project = new TempProject();
        var source = project.Write("notes.md", "# One\n");
        var builds = 0;
        using var stop = new CancellationTokenSource();
        var watcher = new BuildWatcher([project.Root], project.Out, Debounce);
        var running = watcher.RunAsync(() => Interlocked.Increment(ref builds), stop.Token);

        Assert.True(await Eventually(() => builds == 1));
        // An editor's save: several writes in a burst.
        for (var i = 0; i < 3; i++) File.AppendAllText(source, $"line {i}\n");
        Assert.True(await Eventually(() => builds == 2));
        await Task.Delay(Debounce * 4, TestContext.Current.CancellationToken);
        Assert.Equal(2, builds);

        stop.Cancel();
        await running;
    }

    [Fact]
    public async Task Writing_outputs_does_not_trigger_a_rebuild()
    {
        using var project = new TempProject();
        project.Write("notes.md", "# One\n");
        var builds = 0;
        using var stop = new CancellationTokenSource();
        var watcher = new BuildWatcher([project.Root], project.Out, Debounce);
        var running = watcher.RunAsync(() =>
        {
            Interlocked.Increment(ref builds);
            OutputFile.Write(project.Path("out/notes.html"), s => s.Write("<p/>"u8));
        }, stop.Token);

        Assert.True(await Eventually(() => builds == 1));
        await Task.Delay(Debounce * 4, TestContext.Current.CancellationToken);
        Assert.Equal(1, builds);
        stop.Cancel();
        await running;
    }

    [Fact]
    public async Task An_image_change_triggers_a_rebuild_too()
    {
        using var project = new TempProject();
        project.Write("notes.md", "# One\n");
        var builds = 0;
        using var stop = new CancellationTokenSource();
        var running = new BuildWatcher([project.Root], project.Out, Debounce).RunAsync(() => Interlocked.Increment(ref builds), stop.Token);
        Assert.True(await Eventually(() => builds == 1));
        project.Write("images/new.png", Images.Png);
        Assert.True(await Eventually(() => builds == 2));
        stop.Cancel();
        await running;
    }

    [Fact]
    public async Task The_command_line_rebuilds_on_change_reports_it_and_keeps_the_last_good_output_on_failure()
    {
        using var project = new TempProject();
        var source = project.Write("notes.md", "# One\n\nFirst version.\n");
        using var stop = new CancellationTokenSource();
        var run = Cli.RunAsync(terminal: false, ci: false, stop.Token, "build", source, "-o", project.Out, "-f", "html", "--watch");
        var html = project.Path("out/notes.html");
        Assert.True(await Eventually(() => File.Exists(html) && File.ReadAllText(html).Contains("First version"), 60));

        File.WriteAllText(source, "# One\n\nSecond version.\n");
        Assert.True(await Eventually(() => File.ReadAllText(html).Contains("Second version"), 60));

        // A rebuild that fails (binary input) leaves the last good output as it was.
        var good = File.ReadAllBytes(html);
        File.WriteAllBytes(source, [0x00, 0x01, 0x02, 0x00]);
        await Task.Delay(Debounce * 8, TestContext.Current.CancellationToken);
        stop.Cancel();
        var result = await run;
        Assert.Equal(good, File.ReadAllBytes(html));
        Assert.Contains("rebuilt in", result.Output);
        Assert.Contains("the last good outputs are kept", result.Output);
    }
}
