using Publish.Styling;
using static Publish.Layout.Tests.Pages.Books;

namespace Publish.Layout.Tests.Pages;

/// <summary>Facing pages end level, as a compositor sets them; a chapter's last page is left short.</summary>
public class SpreadTests
{
    // Ten lines a page, two-line widows and orphans, and facing pages (index 1 and 2 are a spread).
    private static readonly Theme Facing = Tiny with { Page = Tiny.Page with { Mirror = true } };

    [Fact]
    public void When_orphan_control_shortens_a_verso_its_recto_is_shortened_with_it()
    {
        // Page 2 (a verso) holds b1..b9; c1 alone would be an orphan at its foot, so it moves on.
        var result = Lay(Doc(Lines("a", 10), Lines("b", 9), Lines("c", 3), Lines("d", 30)), Facing);
        var pages = result.Pages();
        Assert.Equal(9, pages[1].Length);
        Assert.Equal(pages[1].Length, pages[2].Length);
        Assert.Equal(result.Drafts[1].Filled, result.Drafts[2].Filled);
    }

    [Fact]
    public void Without_facing_pages_nothing_is_balanced()
    {
        var pages = Lay(Doc(Lines("a", 10), Lines("b", 9), Lines("c", 3), Lines("d", 30))).Pages();
        Assert.Equal(9, pages[1].Length);
        Assert.Equal(10, pages[2].Length);
    }

    [Fact]
    public void A_chapter_end_is_left_short()
    {
        var pages = Lay(Doc(Lines("a", 10), Lines("b", 5), H(1, "Two"), Lines("c", 10)), Facing).Pages();
        Assert.Equal(["b1", "b2", "b3", "b4", "b5"], pages[1]);
    }
}
