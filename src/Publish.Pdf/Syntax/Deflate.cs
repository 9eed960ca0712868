using System.IO.Compression;

namespace Publish.Pdf.Syntax;

/// <summary>/FlateDecode data: the zlib format (RFC 1950), which is what PDF's Flate filter reads.</summary>
internal static class Deflate
{
    /// <summary>
    /// Fastest level: content streams of text compress to within ~15 % of the default level's
    /// size in a third of the time, and a book writes megabytes of them on every build.
    /// </summary>
    public static byte[] Compress(ReadOnlySpan<byte> data, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var output = new MemoryStream(data.Length / 3 + 64);
        using (var zlib = new ZLibStream(output, level, leaveOpen: true)) zlib.Write(data);
        return output.ToArray();
    }
}
