using System.Runtime;
using Publish.Watching;

namespace Publish.Cli.Tests;

/// <summary>Watch mode keeps collections out of rebuilds and never leaves the process in a no-GC region.</summary>
public class IdleCollectorTests
{
    [Fact]
    public void Builds_return_their_result_and_leave_no_region_open()
    {
        var heap = new IdleCollector();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(i, heap.Run(() => { GC.KeepAlive(new byte[1 << 20]); return i; }));
            Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            IdleCollector.CollectWhileIdle();
        }
    }

    [Fact]
    public void A_build_that_allocates_more_than_the_last_one_leaves_the_region_quietly()
    {
        var heap = new IdleCollector();
        heap.Run(() => new byte[1 << 20].Length);
        var chunks = new List<byte[]>();
        var total = heap.Run(() => { for (var i = 0; i < 64; i++) chunks.Add(new byte[1 << 20]); return chunks.Sum(c => c.Length); });

        Assert.Equal(64 << 20, total);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_failing_build_closes_its_region()
    {
        var heap = new IdleCollector();
        heap.Run(() => 0);
        Assert.Throws<InvalidOperationException>(() => heap.Run<int>(() => throw new InvalidOperationException("bad input")));
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }
}
