using System.IO.Compression;
using Publish.Layout.Paged;
using Publish.Pdf.Images;
using SkiaSharp;

namespace Publish.Pdf.Tests;

/// <summary>Raster formats into image XObjects: GIF's first frame, CMYK JPEGs, 16-bit and translucent PNGs, downsampling.</summary>
public class ImageFormatTests
{
    private static PageImage Of(byte[] data, string type, int width, int height) =>
        new("images/x", data) { MediaType = type, PixelWidth = width, PixelHeight = height };

    private static byte[] Inflate(byte[] data)
    {
        using var input = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 100);
        return data.ToArray();
    }

    [Fact]
    public void A_gif_is_decoded_to_rgb()
    {
        // 1×1 GIF whose one pixel is palette entry 0, red.
        byte[] gif = [.. "GIF89a"u8, 1, 0, 1, 0, 0x80, 0, 0, 0xFF, 0, 0, 0, 0, 0, (byte)',', 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, (byte)';'];
        var image = PdfImage.From(Of(gif, "image/gif", 1, 1))!;
        Assert.Equal(("/FlateDecode", "/DeviceRGB"), (image.Filter, image.ColorSpace));
        Assert.Equal([255, 0, 0], Inflate(image.Data));
    }

    [Fact]
    public void An_adobe_cmyk_jpeg_passes_through_as_device_cmyk_with_its_inversion_undone()
    {
        byte[] jpeg =
        [
            0xFF, 0xD8,
            0xFF, 0xEE, 0, 14, .. "Adobe"u8, 0, 100, 0, 0, 0, 0, 2, // APP14: Adobe, transform 2 (YCCK)
            0xFF, 0xC0, 0, 20, 8, 0, 2, 0, 3, 4, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, 4, 0x11, 0, // SOF0: 3×2, four components
            0xFF, 0xD9,
        ];
        var image = PdfImage.From(Of(jpeg, "image/jpeg", 3, 2))!;
        Assert.Equal(("/DCTDecode", "/DeviceCMYK", 3, 2), (image.Filter, image.ColorSpace, image.Width, image.Height));
        Assert.True(image.InvertedCmyk);
        Assert.Same(jpeg, image.Data);
    }

    [Fact]
    public void A_16_bit_png_with_alpha_becomes_8_bit_rgb_and_a_soft_mask()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(2, 1, SKColorType.Rgba16161616, SKAlphaType.Unpremul));
        bitmap.SetPixel(0, 0, new SKColor(0, 128, 255, 255));
        bitmap.SetPixel(1, 0, new SKColor(10, 20, 30, 64));
        var png = Encode(bitmap, SKEncodedImageFormat.Png);
        Assert.Equal(16, png[24]); // bit depth in IHDR

        var image = PdfImage.From(Of(png, "image/png", 2, 1))!;

        var rgb = Inflate(image.Data);
        Assert.Equal([0, 128, 255], rgb[..3]);
        Assert.Equal([255, 64], Inflate(image.SoftMask!));
    }

    [Fact]
    public void An_opaque_png_has_no_soft_mask()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(4, 4, SKColorType.Rgba8888, SKAlphaType.Opaque));
        bitmap.Erase(SKColors.Teal);
        Assert.Null(PdfImage.From(Of(Encode(bitmap, SKEncodedImageFormat.Png), "image/png", 4, 4))!.SoftMask);
    }

    [Fact]
    public void Downsampling_scales_to_the_pixels_asked_for_keeping_jpeg_as_jpeg_and_never_enlarges()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(100, 50, SKColorType.Rgba8888, SKAlphaType.Opaque));
        bitmap.Erase(SKColors.Orange);
        var jpeg = Of(Encode(bitmap, SKEncodedImageFormat.Jpeg), "image/jpeg", 100, 50);
        var png = Of(Encode(bitmap, SKEncodedImageFormat.Png), "image/png", 100, 50);

        var smallJpeg = PdfImage.From(jpeg, (20, 20))!;
        var smallPng = PdfImage.From(png, (20, 20))!;
        var same = PdfImage.From(png, (400, 400))!;

        Assert.Equal(("/DCTDecode", 20, 10), (smallJpeg.Filter, smallJpeg.Width, smallJpeg.Height));
        Assert.Equal(("/FlateDecode", 20, 10), (smallPng.Filter, smallPng.Width, smallPng.Height));
        Assert.Equal((100, 50), (same.Width, same.Height));
    }
}
