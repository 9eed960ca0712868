using System.Buffers;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Publish.Infrastructure;

/// <summary>
/// A 128-bit digest of content: equal hashes mean equal content (a collision needs 2^64
/// tries). Records compare child lists by reference, so caches key on this instead.
/// </summary>
internal readonly record struct ContentHash(ulong High, ulong Low)
{
    public override string ToString() => $"{High:x16}{Low:x16}";
}

/// <summary>
/// Collects values in a buffer and digests them once (SHA-256, hardware-accelerated, cut to 128
/// bits). Every value is written with its length or a fixed width, so "ab"+"c" never equals "a"+"bc".
/// </summary>
internal sealed class ContentHashBuilder : IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(4096);
    private int _length;

    public ContentHashBuilder Add(string? value)
    {
        if (value is null) return Add(-1);
        Add(value.Length);
        return AddBytes(MemoryMarshal.AsBytes(value.AsSpan()));
    }

    public ContentHashBuilder Add(int value) => AddValue(value);
    public ContentHashBuilder Add(long value) => AddValue(value);
    public ContentHashBuilder Add(bool value) => AddValue(value ? (byte)1 : (byte)0);
    public ContentHashBuilder Add(double value) => AddValue(value);
    public ContentHashBuilder Add(double? value) => value is { } v ? Add(true).Add(v) : Add(false);
    public ContentHashBuilder Add(ContentHash value) => AddValue(value);

    private ContentHashBuilder AddValue<T>(T value) where T : unmanaged =>
        AddBytes(MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in value)));

    private ContentHashBuilder AddBytes(ReadOnlySpan<byte> bytes)
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

    public ContentHash ToHash()
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(_buffer.AsSpan(0, _length), hash);
        return new ContentHash(MemoryMarshal.Read<ulong>(hash), MemoryMarshal.Read<ulong>(hash[8..]));
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
