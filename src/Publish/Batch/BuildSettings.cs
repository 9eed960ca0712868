using Publish.Reporting;

namespace Publish.Batch;

/// <summary>Everything <c>publish build</c> was asked to do: the inputs, the options they share, and how to run and report.</summary>
internal sealed record BuildSettings
{
    public required IReadOnlyList<string> Inputs { get; init; }
    /// <summary>Options shared by every input; <c>Input</c> is replaced per input.</summary>
    public required BuildOptions Options { get; init; }
    public int Jobs { get; init; } = Environment.ProcessorCount;
    public Shard Shard { get; init; } = Shard.All;
    /// <summary>Validate each PDF and EPUB after building it (<c>--check</c>).</summary>
    public bool Check { get; init; }
    public bool Watch { get; init; }
    /// <summary>Quiet period after the last change before a watch rebuild.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(300);
}
