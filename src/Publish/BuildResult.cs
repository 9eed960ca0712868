using Publish.Model;

namespace Publish;

/// <summary>What a build wrote and found. <c>Succeeded</c> is false when an error (or, strictly, a warning) was reported.</summary>
public sealed record BuildResult(IReadOnlyList<string> Outputs, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<StageTiming> Timings)
{
    /// <summary>The input this result is for.</summary>
    public string Input { get; init; } = "";
    public int PageCount { get; init; }
    public bool Strict { get; init; }
    /// <summary>What a build through a <see cref="Caching.BuildCache"/> (watch mode) redid and reused; null without one.</summary>
    internal Caching.BuildCacheStatistics? Reuse { get; init; }
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
    public bool Succeeded => !HasErrors && !(Strict && Diagnostics.Count > 0);
}

public sealed record StageTiming(string Stage, TimeSpan Elapsed);
