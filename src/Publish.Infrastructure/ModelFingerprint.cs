using System.Runtime.CompilerServices;
using Publish.Model;

namespace Publish.Infrastructure;

/// <summary>
/// The content fingerprint of blocks: every node kind, every string, every attribute and field —
/// but not source spans, so an edit that moves lines leaves later chapters' fingerprints alone
/// (whatever reports a span must not be cached on this alone). A block's fingerprint is
/// remembered for as long as the block lives, so several writers of one build hash it once.
/// </summary>
internal static class ModelFingerprint
{
    private static readonly ConditionalWeakTable<Block, StrongBox<ContentHash>> s_blocks = [];

    public static ContentHash Of(Block block)
    {
        if (s_blocks.TryGetValue(block, out var known)) return known.Value;
        using var builder = new ContentHashBuilder();
        new NodeHasher(builder).Hash(block);
        var fingerprint = builder.ToHash();
        s_blocks.AddOrUpdate(block, new StrongBox<ContentHash>(fingerprint));
        return fingerprint;
    }

    /// <summary>The fingerprint of a run of blocks (a chapter), from its blocks' fingerprints.</summary>
    public static ContentHash Of(IReadOnlyList<Block> blocks)
    {
        using var builder = new ContentHashBuilder();
        builder.Add(blocks.Count);
        foreach (var block in blocks) builder.Add(Of(block));
        return builder.ToHash();
    }
}
