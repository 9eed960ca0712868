namespace Publish.Pdf.Tests;

public class ImageInfoTests
{
    [Fact]
    public void Reads_png_size_from_its_header()
    {
        byte[] header = [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 1, 44, 0, 0, 0, 200, 8, 6, 0, 0, 0];
        var info = ImageInfo.Sniff(header);
        Assert.NotNull(info);
        Assert.Equal(("image/png", 300, 200), (info.MediaType, info.Width, info.Height));
    }

    [Fact]
    public void Rejects_bytes_that_are_no_image() => Assert.Null(ImageInfo.Sniff("not an image at all, really"u8));
}
