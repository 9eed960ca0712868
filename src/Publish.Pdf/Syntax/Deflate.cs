using System.IO.Compression;

namespace Publish.Pdf.Syntax;

/// <summary>/FlateDecode data: the zlib format (RFC 1950), which is what PDF's Flate filter reads.</summary>
internal static class Deflate
{
    /// <summary>
    /// zlib level 2 for content streams, which a book writes megabytes of on every build. On the
    /// novel's 2.9 MB of page operators (one thread, .NET's zlib-ng): level 1 gives 1.34 MB in
    /// 15 ms, level 2 1.00 MB in 29 ms, level 3 0.93 MB in 34 ms, the default level 6 0.90 MB in
    /// 44 ms. Level 1 is a different, much coarser algorithm; level 2 keeps most of the gain.
    /// </summary>
    public const int ContentLevel = 2;

    /// <summary>Fonts and images: written once and then kept by the watch cache, so worth the default level.</summary>
    public const int ResourceLevel = 6;

    public static byte[] Compress(ReadOnlySpan<byte> data, int level = ContentLevel)
    {
        using var output = new MemoryStream(data.Length / 3 + 64);
        using (var zlib = new ZLibStream(output, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true)) zlib.Write(data);
        return output.ToArray();
    }
}
