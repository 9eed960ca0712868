using Publish.Infrastructure;

namespace Publish.Model.Tests;

/// <summary>The two small types the watch-mode caches stand on.</summary>
public class BuildCacheTypesTests
{
    [Fact]
    public void A_build_finds_what_the_last_build_kept_and_nothing_older()
    {
        var cache = new LastBuildCache<string, int>();
        cache.Keep("a", 1);
        cache.Keep("b", 2);
        Assert.False(cache.TryGet("a", out _)); // kept for the next build, not this one
        cache.EndBuild();

        Assert.True(cache.TryReuse("a", out var a));
        Assert.Equal(1, a);
        Assert.True(cache.TryGet("b", out _)); // looked at, not carried over
        cache.EndBuild();

        Assert.True(cache.TryGet("a", out _));
        Assert.False(cache.TryGet("b", out _));
    }

    [Fact]
    public void Starting_a_build_drops_what_an_unfinished_one_kept_and_clearing_forgets_all()
    {
        var cache = new LastBuildCache<string, int>(StringComparer.OrdinalIgnoreCase);
        cache.Keep("a", 1);
        cache.EndBuild();
        cache.Keep("stale", 9);
        cache.StartBuild();
        cache.EndBuild();
        Assert.False(cache.TryGet("STALE", out _));

        cache.Keep("x", 1);
        cache.EndBuild();
        Assert.True(cache.TryGet("X", out _));
        cache.Clear();
        Assert.False(cache.TryGet("x", out _));
    }

    [Fact]
    public void Claimed_ids_are_unique_remember_their_order_and_replay_as_claimed()
    {
        var ids = new ClaimedIds();
        Assert.True(ids.TryClaim("intro"));
        Assert.True(ids.TryClaim("part"));
        Assert.False(ids.TryClaim("intro"));
        Assert.Equal(["intro", "part"], ids.InOrder);
        Assert.Equal(["part"], ids.Since(1));

        var again = new ClaimedIds();
        again.Replay(ids.InOrder);
        Assert.True(again.Contains("part"));
        Assert.Equal(2, again.Count);
    }
}
