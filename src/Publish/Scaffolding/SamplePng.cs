using System.IO.Compression;

namespace Publish.Scaffolding;

/// <summary>
/// A small, valid PNG drawn from code (a sky-to-sea gradient with a sun), so a new book has a real
/// image to show without shipping a binary file.
/// </summary>
internal static class SamplePng
{
    public static byte[] Create(int width = 240, int height = 120)
    {
        var raw = new byte[height * (1 + width * 3)];
        for (int y = 0, i = 0; y < height; y++)
        {
            raw[i++] = 0; // filter: none
            for (var x = 0; x < width; x++)
            {
                var (r, g, b) = Pixel(x, y, width, height);
                raw[i++] = r; raw[i++] = g; raw[i++] = b;
            }
        }
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        WriteBigEndian(header, 0, (uint)width);
        WriteBigEndian(header, 4, (uint)height);
        header[8] = 8;  // bits per channel
        header[9] = 2;  // truecolour RGB
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) zlib.Write(raw);
            Chunk(png, "IDAT", compressed.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static (byte, byte, byte) Pixel(int x, int y, int width, int height)
    {
        double dx = x - width * 0.7, dy = y - height * 0.45;
        if (dx * dx + dy * dy < height * height / 25.0) return (250, 200, 60);
        var horizon = height * 0.6;
        var t = y < horizon ? y / horizon : (y - horizon) / (height - horizon);
        return y < horizon
            ? ((byte)(120 + 100 * t), (byte)(170 + 60 * t), 235)
            : (20, (byte)(90 - 40 * t), (byte)(150 - 50 * t));
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var buffer = new byte[12 + data.Length];
        WriteBigEndian(buffer, 0, (uint)data.Length);
        for (var i = 0; i < 4; i++) buffer[4 + i] = (byte)type[i];
        data.CopyTo(buffer, 8);
        WriteBigEndian(buffer, 8 + data.Length, Crc32(buffer.AsSpan(4, 4 + data.Length)));
        png.Write(buffer);
    }

    private static void WriteBigEndian(byte[] buffer, int at, uint value)
    {
        buffer[at] = (byte)(value >> 24); buffer[at + 1] = (byte)(value >> 16);
        buffer[at + 2] = (byte)(value >> 8); buffer[at + 3] = (byte)value;
    }

    /// <summary>CRC-32 as PNG defines it (ISO 3309, reflected polynomial 0xEDB88320).</summary>
    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
