using Publish.Layout.Paged;

namespace Publish.Layout.Tests;

public class RgbaTests
{
    [Theory]
    [InlineData("#1a4f8b", 0x1a, 0x4f, 0x8b)]
    [InlineData("#fff", 255, 255, 255)]
    [InlineData("nonsense", 0, 0, 0)]
    public void Parses_hex_colours(string hex, int r, int g, int b) =>
        Assert.Equal(new Rgba((byte)r, (byte)g, (byte)b), Rgba.Parse(hex));
}
