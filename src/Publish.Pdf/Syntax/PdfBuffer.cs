using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Publish.Pdf.Syntax;

/// <summary>
/// A growable byte buffer rented from the shared pool, with the few PDF tokens the writers
/// need (numbers, names, strings, hex glyph ids). Content streams of a whole book pass through
/// these, so nothing here allocates per token.
/// </summary>
internal sealed class PdfBuffer : IBufferWriter<byte>, IDisposable
{
    private byte[] bytes;

    public PdfBuffer(int capacity = 4096) => bytes = ArrayPool<byte>.Shared.Rent(capacity);

    public int Length { get; private set; }
    public ReadOnlySpan<byte> Written => bytes.AsSpan(0, Length);
    public ReadOnlyMemory<byte> WrittenMemory => bytes.AsMemory(0, Length);

    public void Clear() => Length = 0;

    public void Advance(int count) => Length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(Math.Max(sizeHint, 256));
        return bytes.AsMemory(Length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(Math.Max(sizeHint, 256));
        return bytes.AsSpan(Length);
    }

    private void Ensure(int more)
    {
        if (Length + more <= bytes.Length) return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(bytes.Length * 2, Length + more));
        bytes.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(bytes);
        bytes = larger;
    }

    public PdfBuffer Raw(ReadOnlySpan<byte> data)
    {
        Ensure(data.Length);
        data.CopyTo(bytes.AsSpan(Length));
        Length += data.Length;
        return this;
    }

    public PdfBuffer Byte(byte b)
    {
        Ensure(1);
        bytes[Length++] = b;
        return this;
    }

    /// <summary>ASCII text as is (operators, keys): callers pass only 7-bit characters.</summary>
    public PdfBuffer Ascii(string text)
    {
        Ensure(text.Length);
        for (var i = 0; i < text.Length; i++) bytes[Length++] = (byte)text[i];
        return this;
    }

    public PdfBuffer Int(long value)
    {
        Ensure(20);
        Utf8Formatter.TryFormat(value, bytes.AsSpan(Length), out var written);
        Length += written;
        return this;
    }

    /// <summary>
    /// A real number with at most three decimals, trailing zeros dropped ("12", "0.5", "-3.125"):
    /// a thousandth of a point is far below what any device resolves.
    /// </summary>
    public PdfBuffer Number(double value)
    {
        if (!double.IsFinite(value)) return Byte((byte)'0');
        var scaled = (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
        if (scaled == 0) return Byte((byte)'0');
        Ensure(24);
        if (scaled < 0) { bytes[Length++] = (byte)'-'; scaled = -scaled; }
        Utf8Formatter.TryFormat(scaled / 1000, bytes.AsSpan(Length), out var written);
        Length += written;
        var fraction = (int)(scaled % 1000);
        if (fraction == 0) return this;
        bytes[Length++] = (byte)'.';
        var divisor = 100;
        while (fraction > 0)
        {
            bytes[Length++] = (byte)('0' + fraction / divisor);
            fraction %= divisor;
            divisor /= 10;
        }
        return this;
    }

    /// <summary>Four hex digits: a two-byte character code (Identity-H glyph id).</summary>
    public PdfBuffer Hex4(int value)
    {
        Ensure(4);
        var at = bytes.AsSpan(Length, 4);
        at[0] = HexDigit(value >> 12);
        at[1] = HexDigit(value >> 8);
        at[2] = HexDigit(value >> 4);
        at[3] = HexDigit(value);
        Length += 4;
        return this;
    }

    /// <summary>
    /// A two-byte character code (Identity-H glyph id) as raw bytes inside a literal string:
    /// half the size of hex, so half the bytes to compress. Parentheses and backslashes are
    /// escaped, and so is CR, which a reader would otherwise take for a line end.
    /// </summary>
    public PdfBuffer Code2(int value)
    {
        Ensure(8);
        CodeByte((byte)(value >> 8));
        CodeByte((byte)value);
        return this;
    }

    private void CodeByte(byte b)
    {
        switch (b)
        {
            case (byte)'(' or (byte)')' or (byte)'\\':
                bytes[Length++] = (byte)'\\';
                bytes[Length++] = b;
                break;
            case (byte)'\r':
                bytes[Length++] = (byte)'\\';
                bytes[Length++] = (byte)'r';
                break;
            default:
                bytes[Length++] = b;
                break;
        }
    }

    private static byte HexDigit(int v) => "0123456789ABCDEF"u8[v & 0xF];

    public PdfBuffer Space() => Byte((byte)' ');
    public PdfBuffer Line() => Byte((byte)'\n');

    /// <summary>A name token: <c>/Key</c>, with bytes outside the regular set escaped as <c>#xx</c>.</summary>
    public PdfBuffer Name(string name)
    {
        Byte((byte)'/');
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is > (byte)' ' and < 127 and not ((byte)'#' or (byte)'/' or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'%'))
                Byte(b);
            else Byte((byte)'#').Byte(HexDigit(b >> 4)).Byte(HexDigit(b));
        }
        return this;
    }

    /// <summary>A literal byte string (<c>(...)</c>) with its delimiters and backslashes escaped.</summary>
    public PdfBuffer Literal(ReadOnlySpan<byte> value)
    {
        Byte((byte)'(');
        foreach (var b in value)
        {
            if (b is (byte)'(' or (byte)')' or (byte)'\\') Byte((byte)'\\').Byte(b);
            else if (b is (byte)'\r' or (byte)'\n') Ascii(b == '\r' ? "\\r" : "\\n");
            else Byte(b);
        }
        return Byte((byte)')');
    }

    /// <summary>
    /// A text string (titles, metadata): printable ASCII as a literal, anything else as
    /// UTF-16BE with a byte-order mark, so a title in any script survives.
    /// </summary>
    public PdfBuffer Text(string value)
    {
        if (value.All(c => c is >= ' ' and < (char)127)) return Literal(Encoding.ASCII.GetBytes(value));
        Ascii("<FEFF");
        foreach (var c in value) Hex4(c);
        return Byte((byte)'>');
    }

    public PdfBuffer Ref(int number) => Int(number).Ascii(" 0 R");

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(bytes);
        bytes = [];
        Length = 0;
    }
}
