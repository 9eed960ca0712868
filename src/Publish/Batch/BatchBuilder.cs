using Publish.Model;

namespace Publish.Batch;

/// <summary>
/// Builds many inputs in one process, <c>jobs</c> at a time. Each input is built on its own, so
/// one that fails (or even crashes the pipeline) does not stop the others; results come back
/// in input order whatever order they finish in.
/// </summary>
internal static class BatchBuilder
{
    public static IReadOnlyList<BuildResult> Build(IReadOnlyList<BuildOptions> builds, int jobs,
        Func<BuildOptions, BuildResult>? build = null, Action<BuildResult>? finished = null, CancellationToken cancellation = default)
    {
        build ??= BuildOne;
        var results = new BuildResult[builds.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs), CancellationToken = cancellation };
        Parallel.For(0, builds.Count, parallel, i =>
        {
            results[i] = build(builds[i]);
            finished?.Invoke(results[i]);
        });
        return results;
    }

    /// <summary>One build that always ends in a result: an exception escaping the pipeline is a bug, reported as PUB0000.</summary>
    public static BuildResult BuildOne(BuildOptions options)
    {
        try
        {
            return Publisher.Build(options) with { Input = options.Input };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new BuildResult([], [InternalError(e, options.Input)], []) { Input = options.Input, Strict = options.Strict };
        }
    }

    public static Diagnostic InternalError(Exception e, string file) =>
        Diagnostic.Create(DiagnosticCatalog.InternalError, $"internal error: {e.GetType().Name}: {e.Message}", new SourceSpan(file, 0, 0),
            "this is a bug in publish; please report it with the input that caused it");
}
