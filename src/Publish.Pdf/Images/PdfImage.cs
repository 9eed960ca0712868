using System.Buffers.Binary;
using Publish.Layout.Paged;
using Publish.Pdf.Syntax;
using SkiaSharp;

namespace Publish.Pdf.Images;

/// <summary>
/// One picture as an image XObject: a JPEG goes in unchanged (DCTDecode, the viewer decodes it),
/// anything else is decoded by Skia to 8-bit RGB (Flate) with its alpha as a soft mask.
/// </summary>
internal sealed record PdfImage(int Width, int Height, string Filter, string ColorSpace, byte[] Data, byte[]? SoftMask) : IPdfXObject
{
    /// <summary>Quality of a JPEG re-encoded at a lower resolution: visually lossless for photographs and scans.</summary>
    private const int JpegQuality = 90;

    /// <summary>A resource name stable across builds: from the image's key, never from first use.</summary>
    public static string NameOf(PageImage image) => "I" + Fingerprint.Of(image.Key).ToString("X16", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Adobe's CMYK JPEGs store inverted values; /Decode flips them back.</summary>
    public bool InvertedCmyk { get; init; }

    /// <summary>
    /// The image, or null when its bytes are no image Skia or a JPEG parser can read (the resolver
    /// has already reported those). With <paramref name="fit"/>, a larger image is first scaled down
    /// to those pixels (a JPEG stays a JPEG); a smaller one is never scaled up.
    /// </summary>
    public static PdfImage? From(PageImage resource, (int Width, int Height)? fit = null)
    {
        if (fit is { } f && Downsampled(resource, f) is { } smaller) return smaller;
        return Jpeg(resource.Data) ?? Decoded(resource.Data);
    }

    private static PdfImage? Downsampled(PageImage resource, (int Width, int Height) fit)
    {
        var scale = Math.Min((double)fit.Width / resource.PixelWidth, (double)fit.Height / resource.PixelHeight);
        if (scale >= 1 || resource.PixelWidth <= 0 || resource.PixelHeight <= 0) return null;
        using var original = SKBitmap.Decode(resource.Data);
        if (original is null) return null;
        var info = new SKImageInfo(Math.Max(1, (int)Math.Round(original.Width * scale)), Math.Max(1, (int)Math.Round(original.Height * scale)),
            SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var resized = original.Resize(info, new SKSamplingOptions(SKCubicResampler.Mitchell));
        if (resized is null) return null;
        if (resource.MediaType == "image/jpeg")
        {
            using var image = SKImage.FromBitmap(resized);
            using var encoded = image.Encode(SKEncodedImageFormat.Jpeg, JpegQuality);
            return Jpeg(encoded.ToArray());
        }
        return FromPixels(resized);
    }

    private static PdfImage? Jpeg(byte[] data)
    {
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8) return null;
        var adobe = false;
        for (var at = 2; at + 4 <= data.Length;)
        {
            if (data[at] != 0xFF) return null;
            var marker = data[at + 1];
            if (marker == 0xFF) { at++; continue; } // fill byte
            var length = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at + 2));
            if (marker == 0xEE) adobe = true; // APP14 "Adobe"
            // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC): the frame header holds size and components.
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC) && at + 10 <= data.Length)
            {
                var height = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at + 5));
                var width = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at + 7));
                var colorSpace = data[at + 9] switch { 1 => "/DeviceGray", 3 => "/DeviceRGB", 4 => "/DeviceCMYK", _ => null };
                if (colorSpace is null || width == 0 || height == 0) return null;
                return new PdfImage(width, height, "/DCTDecode", colorSpace, data, null) { InvertedCmyk = adobe && data[at + 9] == 4 };
            }
            at += 2 + length;
        }
        return null;
    }

    private static PdfImage? Decoded(byte[] data)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(data));
        if (codec is null) return null;
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput)) return null;
        return FromPixels(bitmap);
    }

    /// <summary>8-bit RGB with its alpha as a soft mask (16-bit sources arrive here already reduced to 8 bits by Skia).</summary>
    private static PdfImage FromPixels(SKBitmap bitmap)
    {
        var info = bitmap.Info;
        var rgba = bitmap.GetPixelSpan();
        var pixels = info.Width * info.Height;
        var rgb = new byte[pixels * 3];
        var alpha = new byte[pixels];
        var translucent = false;
        for (var p = 0; p < pixels; p++)
        {
            rgb[3 * p] = rgba[4 * p];
            rgb[3 * p + 1] = rgba[4 * p + 1];
            rgb[3 * p + 2] = rgba[4 * p + 2];
            alpha[p] = rgba[4 * p + 3];
            translucent |= alpha[p] != 255;
        }
        return new PdfImage(info.Width, info.Height, "/FlateDecode", "/DeviceRGB",
            Deflate.Compress(rgb, Deflate.ResourceLevel), translucent ? Deflate.Compress(alpha, Deflate.ResourceLevel) : null);
    }

    /// <summary>Writes the image (and its mask) as object <paramref name="number"/>.</summary>
    public void Write(PdfObjectWriter w, int number)
    {
        var mask = SoftMask is null ? 0 : w.Allocate();
        var b = w.Begin().Ascii("/Type /XObject /Subtype /Image /Width ").Int(Width).Ascii(" /Height ").Int(Height)
            .Ascii(" /ColorSpace ").Ascii(ColorSpace).Ascii(" /BitsPerComponent 8 /Filter ").Ascii(Filter);
        if (InvertedCmyk) b.Ascii(" /Decode [1 0 1 0 1 0 1 0]");
        if (mask != 0) b.Ascii(" /SMask ").Ref(mask);
        w.EndStream(number, Data);
        if (SoftMask is null) return;
        w.Begin().Ascii("/Type /XObject /Subtype /Image /Width ").Int(Width).Ascii(" /Height ").Int(Height)
            .Ascii(" /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode");
        w.EndStream(mask, SoftMask);
    }
}
