using System.Numerics;
using System.Runtime.InteropServices;

namespace Publish.Pdf.Syntax;

/// <summary>
/// A fast 64-bit hash over spans of numbers and text, the same in every process (unlike
/// <see cref="HashCode"/>): it keys cached page streams and names resources, so it must be
/// cheap enough to run over every glyph of a book on every build (~1 ms for a novel).
/// </summary>
internal struct Fingerprint
{
    // Multipliers from xxHash64: odd, with well-spread bits, so every input bit reaches the top bits.
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;

    private ulong state;

    public Fingerprint(ulong seed) => state = seed ^ Prime2;

    public readonly ulong Value
    {
        get
        {
            // Final avalanche, so nearby inputs land far apart.
            var h = state;
            h ^= h >> 33; h *= Prime2;
            h ^= h >> 29; h *= Prime1;
            return h ^ (h >> 32);
        }
    }

    public void Add(ulong value) => state = BitOperations.RotateLeft((state ^ (value * Prime2)) * Prime1, 31) + Prime2;

    public void Add(double value) => Add((ulong)BitConverter.DoubleToInt64Bits(value));

    public void Add(string? text)
    {
        if (text is null) { Add(ulong.MaxValue); return; }
        Add((ulong)text.Length);
        AddBytes(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    public void Add<T>(ReadOnlySpan<T> values) where T : unmanaged
    {
        Add((ulong)values.Length);
        AddBytes(MemoryMarshal.AsBytes(values));
    }

    private void AddBytes(ReadOnlySpan<byte> bytes)
    {
        var words = MemoryMarshal.Cast<byte, ulong>(bytes);
        foreach (var w in words) Add(w);
        var rest = bytes[(words.Length * 8)..];
        if (rest.IsEmpty) return;
        ulong tail = 0;
        for (var i = 0; i < rest.Length; i++) tail |= (ulong)rest[i] << (8 * i);
        Add(tail);
    }

    public static ulong Of(string text)
    {
        var f = new Fingerprint(0);
        f.Add(text);
        return f.Value;
    }
}
