using SkiaSharp;

namespace Publish.Pdf.Tests;

public class ImageInfoTests
{
    [Theory]
    [InlineData(SKEncodedImageFormat.Png, "image/png")]
    [InlineData(SKEncodedImageFormat.Jpeg, "image/jpeg")]
    public void Reads_type_and_size_from_a_complete_image(SKEncodedImageFormat format, string mediaType)
    {
        using var bitmap = new SKBitmap(300, 200);
        bitmap.Erase(SKColors.Teal);
        using var data = bitmap.Encode(format, 90);

        var info = ImageInfo.Sniff(data.AsSpan());

        Assert.NotNull(info);
        Assert.Equal((mediaType, 300, 200), (info.MediaType, info.Width, info.Height));
    }

    [Fact]
    public void Refuses_a_png_cut_off_after_its_header()
    {
        byte[] header = [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 1, 44, 0, 0, 0, 200, 8, 6, 0, 0, 0];
        Assert.Null(ImageInfo.Sniff(header));
    }

    [Fact]
    public void Rejects_bytes_that_are_no_image() => Assert.Null(ImageInfo.Sniff("not an image at all, really"u8));
}
