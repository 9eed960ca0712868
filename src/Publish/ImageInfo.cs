namespace Publish;

/// <summary>
/// Type and pixel size read from an image file's structure, without decoding it. A file whose
/// structure is broken (truncated, no end marker, zero size) is not an image: writers would fail
/// on it later, so it is refused here with a diagnostic instead.
/// </summary>
internal sealed record ImageInfo(string MediaType, string Extension, int Width, int Height)
{
    /// <summary>Larger than any page needs; beyond it decoding would take gigabytes.</summary>
    private const int MaxSide = 30_000;

    public static ImageInfo? Sniff(ReadOnlySpan<byte> d)
    {
        var info = Png(d) ?? Gif(d) ?? Jpeg(d);
        return info is { Width: > 0 and <= MaxSide, Height: > 0 and <= MaxSide } ? info : null;
    }

    /// <summary>Why <see cref="Sniff"/> refused these bytes, as the rest of a sentence about the image.</summary>
    public static string WhyRefused(ReadOnlySpan<byte> d)
    {
        if ((Png(d) ?? Gif(d) ?? Jpeg(d)) is not { } info) return "is not a PNG, JPEG or GIF image (or is corrupt)";
        return info.Width <= 0 || info.Height <= 0
            ? $"declares a size of {info.Width}×{info.Height} pixels, which no image has"
            : $"is {info.Width}×{info.Height} pixels, more than the {MaxSide} pixels a side may have (decoding it would take gigabytes)";
    }

    private static ImageInfo? Png(ReadOnlySpan<byte> d)
    {
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (d.Length < 45 || !d.StartsWith(signature) || !d[12..16].SequenceEqual("IHDR"u8)) return null;
        // A complete PNG ends with the IEND chunk: length 0, type, CRC.
        if (!d[^8..^4].SequenceEqual("IEND"u8)) return null;
        return new("image/png", "png", BigEndian(d[16..20]), BigEndian(d[20..24]));
    }

    private static ImageInfo? Gif(ReadOnlySpan<byte> d)
    {
        if (d.Length < 14 || !d.StartsWith("GIF8"u8) || d[^1] != 0x3B) return null;
        return new("image/gif", "gif", d[6] | d[7] << 8, d[8] | d[9] << 8);
    }

    private static ImageInfo? Jpeg(ReadOnlySpan<byte> d)
    {
        if (d.Length < 4 || d[0] != 0xFF || d[1] != 0xD8) return null;
        // The end-of-image marker, allowing for the padding some cameras append.
        if (d[^Math.Min(d.Length, 64)..].IndexOf([(byte)0xFF, (byte)0xD9]) < 0) return null;
        var i = 2;
        while (i + 9 < d.Length)
        {
            if (d[i] != 0xFF) { i++; continue; }
            var marker = d[i + 1];
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7) or 0xFF) { i += marker == 0xFF ? 1 : 2; continue; }
            var length = d[i + 2] << 8 | d[i + 3];
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return new("image/jpeg", "jpg", d[i + 7] << 8 | d[i + 8], d[i + 5] << 8 | d[i + 6]);
            i += 2 + length;
        }
        return null;
    }

    private static int BigEndian(ReadOnlySpan<byte> b) => b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3];
}
