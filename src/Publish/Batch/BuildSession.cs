using System.Diagnostics;
using Publish.Reporting;
using Publish.Validation;
using Publish.Watching;

namespace Publish.Batch;

/// <summary>
/// <c>publish build</c> as a library call: expand and shard the inputs, build them in parallel,
/// validate if asked, report, and — with watch — do it again on every change. Returns the exit
/// code: 0 when every input built (and, strictly, without warnings), 1 otherwise.
/// </summary>
internal static class BuildSession
{
    public static async Task<int> RunAsync(BuildSettings settings, BuildReporter reporter, CancellationToken cancellation = default)
    {
        var all = InputSet.Expand(settings.Inputs);
        var inputs = settings.Shard.Select(all);
        if (inputs.Count == 0)
        {
            reporter.Note($"shard {settings.Shard} has no inputs ({all.Count} in all); nothing to build");
            return 0;
        }
        if (!settings.Watch) return RunOnce(settings, inputs, reporter, cancellation);

        var exitCode = 0;
        var folders = inputs.SelectMany(i => BuildWatcher.FoldersFor(i, settings.Options.Theme)).ToList();
        var watcher = new BuildWatcher(folders, settings.Options.OutputDirectory, settings.Debounce);
        // One cache per input for the whole session: each rebuild redoes only what changed.
        var caches = inputs.ToDictionary(input => input, _ => new Caching.BuildCache(), StringComparer.Ordinal);
        reporter.Note($"watching {folders.Distinct().Count()} folder(s) for changes; press Ctrl+C to stop");
        var heap = new IdleCollector();
        await watcher.RunAsync(() =>
        {
            var clock = Stopwatch.StartNew();
            exitCode = heap.Run(() => RunOnce(settings, inputs, reporter, cancellation, caches));
            reporter.Rebuilt(exitCode == 0, clock.Elapsed);
            IdleCollector.CollectWhileIdle();
        }, cancellation, changed => reporter.Note($"changed: {changed}"));
        return exitCode;
    }

    private static int RunOnce(BuildSettings settings, IReadOnlyList<string> inputs, BuildReporter reporter, CancellationToken cancellation,
        IReadOnlyDictionary<string, Caching.BuildCache>? caches = null)
    {
        var clock = Stopwatch.StartNew();
        var clashes = OutputNameClashes.Find(inputs, settings.Options);
        var builds = inputs.Select(input => settings.Options with
        {
            Input = input, Progress = reporter.Progress, Cache = caches?.GetValueOrDefault(input),
        }).ToList();
        var results = BatchBuilder.Build(builds, settings.Jobs, options =>
        {
            // Refused before anything is written: two inputs sharing output names would overwrite each other.
            if (clashes.TryGetValue(options.Input, out var clash))
                return new BuildResult([], [clash], []) { Input = options.Input, Strict = options.Strict };
            var result = BatchBuilder.BuildOne(options);
            return settings.Check && !result.HasErrors ? Validate(result) : result;
        }, reporter.Finished, cancellation);
        reporter.Summary(results, clock.Elapsed);
        return results.All(r => r.Succeeded) ? 0 : 1;
    }

    /// <summary>The result with the validators' findings on its PDF and EPUB outputs added.</summary>
    public static BuildResult Validate(BuildResult result)
    {
        var checkable = result.Outputs.Where(o => o.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || o.EndsWith(".epub", StringComparison.OrdinalIgnoreCase));
        var findings = checkable.SelectMany(OutputValidator.Check).ToList();
        return findings.Count == 0 ? result : result with { Diagnostics = [.. result.Diagnostics, .. findings] };
    }
}
