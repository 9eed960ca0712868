using Publish.Layout.Pages;
using Publish.Layout.Paged;
using Publish.Styling;
using static Publish.Layout.Tests.Pages.Books;

namespace Publish.Layout.Tests.Pages;

/// <summary>Media, trim and text block of each page.</summary>
public class GeometryTests
{
    private static readonly PageStyle Page = new() { Width = 400, Height = 600, MarginInner = 60, MarginOuter = 40, MarginTop = 50, MarginBottom = 70, Mirror = true };

    [Fact]
    public void Bleed_adds_to_every_side_of_the_media()
    {
        var g = PageGeometry.From(new Theme { Page = Page }, new LayoutOptions { Bleed = 9 });
        Assert.Equal(418, g.MediaWidth);
        Assert.Equal(618, g.MediaHeight);
        Assert.Equal(new Rect(9, 9, 400, 600), g.Trim);
        var page = g.NewPage(0, []);
        Assert.Equal(new Rect(0, 0, 418, 618), page.Bleed);
    }

    [Fact]
    public void Crop_marks_sit_on_a_larger_media_box_outside_the_bleed()
    {
        var g = PageGeometry.From(new Theme { Page = Page }, new LayoutOptions { Bleed = 9, CropMarks = true });
        var page = g.NewPage(0, []);
        var band = PageGeometry.CropMarkArea;
        Assert.Equal(400 + 2 * (9 + band), page.MediaWidth);
        Assert.Equal(new Rect(9 + band, 9 + band, 400, 600), page.Trim);
        Assert.Equal(new Rect(band, band, 418, 618), page.Bleed);
        Assert.Equal(9 + band + 60, g.Body(0).X);
    }

    [Fact]
    public void Crop_marks_without_bleed_still_get_their_band_and_a_bleed_box_equal_to_the_trim()
    {
        var page = PageGeometry.From(new Theme { Page = Page }, new LayoutOptions { CropMarks = true }).NewPage(0, []);
        Assert.Equal(page.Trim, page.Bleed);
        Assert.True(page.MediaHeight > page.Trim.Height);
    }

    [Fact]
    public void Options_override_the_theme_and_no_bleed_means_no_bleed_box()
    {
        var theme = new Theme { Page = Page with { Bleed = 9, CropMarks = true } };
        var g = PageGeometry.From(theme, new LayoutOptions { Bleed = 0, CropMarks = false });
        Assert.Null(g.NewPage(0, []).Bleed);
        Assert.False(g.NewPage(0, []).CropMarks);
        Assert.True(PageGeometry.From(theme, new LayoutOptions()).NewPage(0, []).CropMarks);
    }

    [Fact]
    public void Inner_margins_are_on_the_binding_side_of_facing_pages()
    {
        var g = PageGeometry.From(new Theme { Page = Page }, new LayoutOptions());
        Assert.Equal(60, g.Body(0).X);   // recto: binding on the left
        Assert.Equal(40, g.Body(1).X);   // verso: binding on the right
        Assert.Equal(300, g.Body(1).Width);
        // The margins leave 480 pt: the text block is the 34 whole lines of 14 pt that fit.
        Assert.Equal(34 * 14, g.Body(0).Height);
    }

    [Fact]
    public void Text_is_placed_inside_the_text_block_of_its_page()
    {
        var theme = Tiny with { Page = Tiny.Page with { MarginInner = 30, MarginOuter = 10, Mirror = true } };
        var result = Lay(Doc(Lines("a", 15)), theme, new LayoutOptions { Bleed = 5 });
        var runs0 = result.Document.Pages[0].Items.OfType<GlyphRun>().ToList();
        var runs1 = result.Document.Pages[1].Items.OfType<GlyphRun>().ToList();
        Assert.All(runs0, r => Assert.Equal(35, r.X));
        Assert.All(runs1, r => Assert.Equal(15, r.X));
        Assert.All(runs0, r => Assert.InRange(r.Baseline, 25, 125));
    }
}
