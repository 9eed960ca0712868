namespace Publish.Styling.Tests;

public class LengthTests
{
    [Theory]
    [InlineData("12pt", 12)]
    [InlineData("12", 12)]
    [InlineData("1in", 72)]
    [InlineData("0.5 in", 36)]
    [InlineData("25.4mm", 72)]
    [InlineData("2.54cm", 72)]
    [InlineData("1.5em", 15)]
    [InlineData(".5em", 5)]
    [InlineData("-2pt", -2)]
    public void Lengths_convert_to_points(string text, double points) =>
        Assert.Equal(points, Length.Parse(text, em: 10)!.Value, 0.0001);

    [Theory]
    [InlineData("12px")]
    [InlineData("wide")]
    [InlineData("1.2.3pt")]
    [InlineData("")]
    public void Other_units_and_words_are_not_lengths(string text) => Assert.Null(Length.Parse(text, em: 10));

    [Fact]
    public void Em_is_refused_where_nothing_defines_it() => Assert.Null(Length.Parse("2em", em: null));

    [Theory]
    [InlineData("A4", 595.28, 841.89)]
    [InlineData("a5", 419.53, 595.28)]
    [InlineData("Letter", 612, 792)]
    [InlineData("6x9in", 432, 648)]
    [InlineData("5x8in", 360, 576)]
    [InlineData("7x10in", 504, 720)]
    [InlineData("148 x 210 mm", 419.53, 595.28)]
    public void Page_sizes_are_presets_or_width_by_height(string text, double width, double height)
    {
        var size = Length.ParsePageSize(text)!.Value;
        Assert.Equal(width, size.Width, 0.01);
        Assert.Equal(height, size.Height, 0.01);
    }

    [Fact]
    public void A_page_size_needs_a_unit() => Assert.Null(Length.ParsePageSize("6x9"));

    [Fact]
    public void A_page_size_and_explicit_width_combine()
    {
        using var folder = new ThemeFolder().With("t.yaml", "page: { width: 7in, size: A4 }\n");
        var theme = folder.Load("t");
        Assert.NotNull(theme);
        Assert.Equal(504, theme.Page.Width);
        Assert.Equal(841.89, theme.Page.Height, 0.01);
    }

    [Fact]
    public void One_margin_length_sets_all_four()
    {
        using var folder = new ThemeFolder().With("t.yaml", "page: { margins: 2cm }\n");
        var page = folder.Load("t")!.Page;
        Assert.All([page.MarginInner, page.MarginOuter, page.MarginTop, page.MarginBottom], m => Assert.Equal(56.693, m, 0.001));
    }
}
