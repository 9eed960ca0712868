using Publish.Watching;

namespace Publish.Cli.Tests.Hostile;

/// <summary>Issue #18, finding 10: <c>--watch</c> keeps hearing a folder that was deleted and made again.</summary>
public class WatchRecreatedFolderTests
{
    private static async Task<bool> Eventually(Func<bool> condition, int seconds = 15)
    {
        for (var waited = 0; waited < seconds * 20; waited++)
        {
            if (condition()) return true;
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        return condition();
    }

    [Fact]
    public async Task Edits_in_a_recreated_folder_still_cause_rebuilds()
    {
        using var project = new TempProject();
        var book = project.Path("book/notes.md");
        File.WriteAllText(book, "# One\n");
        var folder = Path.GetDirectoryName(book)!;
        var builds = 0;
        using var stop = new CancellationTokenSource();
        var watcher = new BuildWatcher([folder], project.Out, TimeSpan.FromMilliseconds(150));
        var running = watcher.RunAsync(() => Interlocked.Increment(ref builds), stop.Token);
        Assert.True(await Eventually(() => builds == 1));

        Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        File.WriteAllText(book, "# Two\n");
        Assert.True(await Eventually(() => builds >= 2));
        var afterRecreation = builds;

        // The renewed watch hears an ordinary edit made afterwards.
        await Task.Delay(500, TestContext.Current.CancellationToken);
        afterRecreation = builds;
        File.AppendAllText(book, "More.\n");
        Assert.True(await Eventually(() => builds > afterRecreation), "an edit after the folder came back caused no rebuild");

        stop.Cancel();
        await running;
    }
}
