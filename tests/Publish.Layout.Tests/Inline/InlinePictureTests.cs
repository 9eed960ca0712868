using Publish.Layout.Inline;
using Publish.Layout.Paged;
using Publish.Model;

namespace Publish.Layout.Tests.Inline;

/// <summary>Images inside text: small ones ride on the line like glyphs, large ones are set as blocks; sizes the source gives win.</summary>
public class InlinePictureTests
{
    private static readonly Resource Icon = new("images/icon.png", "image/png", [1], 20, 20);
    private static readonly Resource Scan = new("images/scan.png", "image/png", [1], 2730, 4000);
    private static readonly Dictionary<string, Resource> Resources = new() { [Icon.Key] = Icon, [Scan.Key] = Scan };

    private static InlinePicture Picture(Image image) => InlinePicture.Of(image, Resources, measure: 300, size: 10.5, leading: 14)!;

    private static IReadOnlyList<LaidLine> Set(params Model.Inline[] content)
    {
        var settings = Paragraphs.Book() with { Picture = image => Picture(image).Box() };
        return Paragraphs.Layouter.Layout(content, settings, SourceSpan.None);
    }

    [Fact]
    public void A_small_image_sits_on_the_line_no_taller_than_the_type_and_the_line_keeps_its_leading()
    {
        var line = Assert.Single(Set(new Text("An icon "), new Image(Icon.Key, "icon"), new Text(" in the text.")));
        var image = Assert.Single(line.Items.OfType<ImageItem>());

        Assert.Equal(10.5, image.Area.Height, 3);
        Assert.Equal(image.Area.Height, image.Area.Width, 3); // square stays square
        Assert.False(line.HasFormula); // within the type's extent: no extra room
        var before = line.Items.OfType<GlyphRun>().First();
        var after = line.Items.OfType<GlyphRun>().Last();
        Assert.True(before.X + before.Width <= image.Area.X + 0.01 && image.Area.Right <= after.X + 0.01, "the image stands between the words");
        Assert.True(image.Area.Y < 0 && image.Area.Bottom > 0, "the image straddles the baseline as a glyph with a descender does");
        Assert.Equal("icon", image.Alt);
    }

    [Fact]
    public void A_size_in_the_source_is_kept_even_when_it_is_larger_than_the_type()
    {
        var sized = new Image(Icon.Key, "icon") { Attr = new Attr("", [], [new("height", "20pt")]) };
        var line = Assert.Single(Set(new Text("Big "), sized, new Text(" icon.")));
        var image = Assert.Single(line.Items.OfType<ImageItem>());
        Assert.Equal((20, 20), (Math.Round(image.Area.Width, 3), Math.Round(image.Area.Height, 3)));
        Assert.True(line.HasFormula, "a picture taller than the type opens the line");
    }

    [Theory]
    [InlineData("50%", 150)]
    [InlineData("2in", 144)]
    [InlineData("120", 90)] // pixels at 96 per inch
    public void A_width_in_the_source_is_respected(string width, double points)
    {
        var image = new Image(Scan.Key, "scan") { Attr = new Attr("", [], [new("width", width)]) };
        var picture = Picture(image);
        Assert.Equal(points, picture.Width, 3);
        Assert.Equal(points * 4000 / 2730, picture.Height, 3);
    }

    [Fact]
    public void A_scan_is_large_and_is_scaled_to_the_measure()
    {
        var picture = Picture(new Image(Scan.Key, "scan"));
        Assert.True(picture.Large);
        Assert.Equal(300, picture.Width, 3);
    }

    [Theory]
    [InlineData(20, 20, false)]   // an icon: 15 pt
    [InlineData(64, 64, true)]    // 48 pt: taller than two lines
    [InlineData(140, 20, true)]   // 105 pt: wider than a third of 300 pt
    [InlineData(120, 40, true)]   // 30 pt: taller than two 14 pt lines
    public void Large_means_wider_than_a_third_of_the_measure_or_taller_than_two_lines(int pixelWidth, int pixelHeight, bool large)
    {
        var resource = new Resource("images/x.png", "image/png", [1], pixelWidth, pixelHeight);
        var picture = InlinePicture.Of(new Image(resource.Key, ""), new Dictionary<string, Resource> { [resource.Key] = resource }, 300, 10.5, 14)!;
        Assert.Equal(large, picture.Large);
    }
}
