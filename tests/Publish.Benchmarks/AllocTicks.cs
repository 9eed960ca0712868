using System.Diagnostics.Tracing;

namespace Publish.Benchmarks;

/// <summary>
/// Which types a run allocates, from the runtime's allocation ticks (one event per ~100 KB
/// allocated, naming the type that crossed the mark): a sampled profile that needs no tools.
/// `ALLOC_TICKS=1 … layout-stage` prints the top types over the warm runs.
/// </summary>
internal sealed class AllocTicks : EventListener
{
    private readonly Dictionary<string, long> _bytes = [];

    protected override void OnEventSourceCreated(EventSource source)
    {
        // Keyword 0x1 is GC; allocation ticks are sent at the verbose level.
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || e.PayloadNames is null || e.Payload is null) return;
        var type = e.Payload[e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var bytes = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
        lock (_bytes) _bytes[type] = _bytes.GetValueOrDefault(type) + bytes;
    }

    public void Print()
    {
        lock (_bytes)
            foreach (var (type, bytes) in _bytes.OrderByDescending(kv => kv.Value).Take(25))
                Console.WriteLine($"{bytes / 1e6,8:F1} MB  {type}");
    }
}
