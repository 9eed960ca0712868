using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Publish.Model;

/// <summary>
/// A 128-bit digest of content: equal fingerprints mean equal content (a collision needs 2^64
/// tries). Records compare child lists by reference, so caches key on this instead.
/// </summary>
public readonly record struct Fingerprint(ulong High, ulong Low)
{
    public override string ToString() => $"{High:x16}{Low:x16}";
}

/// <summary>
/// Collects values in a buffer and digests them once (SHA-256, hardware-accelerated, cut to 128
/// bits). Every value is written with its length or a fixed width, so "ab"+"c" never equals "a"+"bc".
/// </summary>
public sealed class FingerprintBuilder : IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(4096);
    private int _length;

    public FingerprintBuilder Add(string? value)
    {
        if (value is null) return Add(-1);
        Add(value.Length);
        return AddBytes(MemoryMarshal.AsBytes(value.AsSpan()));
    }

    public FingerprintBuilder Add(int value) => AddValue(value);
    public FingerprintBuilder Add(long value) => AddValue(value);
    public FingerprintBuilder Add(bool value) => AddValue(value ? (byte)1 : (byte)0);
    public FingerprintBuilder Add(double value) => AddValue(value);
    public FingerprintBuilder Add(double? value) => value is { } v ? Add(true).Add(v) : Add(false);
    public FingerprintBuilder Add(Fingerprint value) => AddValue(value);

    private FingerprintBuilder AddValue<T>(T value) where T : unmanaged =>
        AddBytes(MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in value)));

    private FingerprintBuilder AddBytes(ReadOnlySpan<byte> bytes)
    {
        if (_length + bytes.Length > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + bytes.Length));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
        return this;
    }

    public Fingerprint ToFingerprint()
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(_buffer.AsSpan(0, _length), hash);
        return new Fingerprint(MemoryMarshal.Read<ulong>(hash), MemoryMarshal.Read<ulong>(hash[8..]));
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}

/// <summary>
/// The content fingerprint of blocks: every node kind, every string, every attribute and field —
/// but not source spans, so an edit that moves lines leaves later chapters' fingerprints alone
/// (whatever reports a span must not be cached on this alone). A block's fingerprint is
/// remembered for as long as the block lives, so several writers of one build hash it once.
/// </summary>
public static class ModelFingerprint
{
    private static readonly ConditionalWeakTable<Block, StrongBox<Fingerprint>> s_blocks = [];

    public static Fingerprint Of(Block block)
    {
        if (s_blocks.TryGetValue(block, out var known)) return known.Value;
        using var builder = new FingerprintBuilder();
        var fingerprint = new NodeHasher(builder).Hash(block) ? builder.ToFingerprint() : Unique();
        s_blocks.AddOrUpdate(block, new StrongBox<Fingerprint>(fingerprint));
        return fingerprint;
    }

    /// <summary>The fingerprint of a run of blocks (a chapter), from its blocks' fingerprints.</summary>
    public static Fingerprint Of(IReadOnlyList<Block> blocks)
    {
        using var builder = new FingerprintBuilder();
        builder.Add(blocks.Count);
        foreach (var block in blocks) builder.Add(Of(block));
        return builder.ToFingerprint();
    }

    // A node kind the hasher does not know: a fingerprint equal to nothing, so nothing is reused.
    private static Fingerprint Unique()
    {
        var guid = Guid.NewGuid();
        return MemoryMarshal.Read<Fingerprint>(MemoryMarshal.AsBytes(new ReadOnlySpan<Guid>(in guid)));
    }
}
