using Publish.Layout.Paged;
using Publish.Model;
using Publish.Styling;
using static Publish.Layout.Tests.Pages.Books;

namespace Publish.Layout.Tests.Pages;

/// <summary>Title page, contents, outline, page labels and running heads of a small book.</summary>
public class BookFeatureTests
{
    private static readonly Theme Bookish = Tiny with
    {
        Toc = new TocStyle { Enabled = true, Depth = 2, Title = "Contents" },
        TitlePage = true,
        RunningHeads = new RunningHeadStyle { Enabled = true, PageNumbers = PageNumberPlacement.BottomCenter, Size = 5 },
        Page = Tiny.Page with { Width = 300, Height = 300, Mirror = true },
    };

    private static Document Novel(int chapters) => new(
        new Metadata { Title = "Novel", Authors = [new Contributor("Ann Author")], Subjects = ["fiction", "test"], Description = "A test", Language = "en-GB" },
        [.. Enumerable.Range(1, chapters).SelectMany(i => new Block[] { H(1, $"C{i}", $"ch{i}"), Lines($"c{i}l", 6 + 5 * i), H(2, $"S{i}", $"s{i}"), Lines($"s{i}l", 3) })]);

    [Fact]
    public void Contents_numbers_are_the_pages_the_headings_land_on()
    {
        var result = Lay(Novel(4), Bookish);
        var labels = result.Document.Pages.Select(p => p.Label).ToArray();
        var entries = result.Drafts.SelectMany(p => p.Boxes).Where(b => b.Items.OfType<LinkItem>().Any()).ToList();
        Assert.Equal(8, entries.Count);
        foreach (var entry in entries)
        {
            var id = entry.Items.OfType<LinkItem>().Single().Destination!;
            var page = result.Drafts.First(p => p.Items.OfType<DestinationItem>().Any(d => d.Name == id)).Index;
            Assert.EndsWith(" " + labels[page], entry.Text);
        }
    }

    [Fact]
    public void The_outline_has_one_entry_per_chapter_with_sections_under_them()
    {
        var result = Lay(Novel(3), Bookish);
        var outline = result.Document.Outline;
        Assert.Equal(["C1", "C2", "C3"], outline.Select(e => e.Title));
        Assert.All(outline, e => Assert.Single(e.Children));
        foreach (var entry in outline)
            Assert.Contains(result.Document.Pages[entry.PageIndex].Items, i => i is DestinationItem d && d.Name == entry.Destination);
    }

    [Fact]
    public void Front_matter_is_numbered_in_roman_and_the_body_from_one()
    {
        var result = Lay(Novel(2), Bookish);
        var doc = result.Document;
        Assert.Equal(PageLabelStyle.LowerRoman, doc.PageLabels[0].Style);
        var body = doc.PageLabels[1];
        Assert.Equal(PageLabelStyle.Decimal, body.Style);
        Assert.Equal("1", doc.Pages[body.FirstPageIndex].Label);
        Assert.Equal("i", doc.Pages[0].Label);
        // The first chapter opens on a right-hand page.
        Assert.Equal(0, body.FirstPageIndex % 2);
        Assert.Contains(doc.Pages[body.FirstPageIndex].Items, i => i is DestinationItem { Name: "ch1" });
    }

    [Fact]
    public void The_title_page_carries_title_and_author_and_no_folio()
    {
        var result = Lay(Novel(2), Bookish);
        var texts = result.Document.Pages[0].Items.OfType<GlyphRun>().Select(g => g.Text).ToList();
        Assert.Equal(["Novel", "Ann Author"], texts);
    }

    [Fact]
    public void Running_heads_name_the_book_on_versos_and_the_chapter_on_rectos_but_not_on_openings()
    {
        var result = Lay(Novel(3), Bookish);
        var doc = result.Document;
        var drafts = result.Drafts;
        var heads = drafts.Select(p => doc.Pages[p.Index].Items.OfType<GlyphRun>().Where(g => g.Size == 5).Select(g => g.Text).ToList()).ToList();
        foreach (var page in drafts.Where(p => p.InBody && !p.IsEmpty))
        {
            var label = doc.Pages[page.Index].Label;
            if (page.ChapterOpening) Assert.Equal([label], heads[page.Index]);
            else Assert.Equal([page.Index % 2 == 0 ? page.ChapterTitle! : "Novel", label], heads[page.Index]);
        }
    }

    [Fact]
    public void Document_info_comes_from_the_metadata()
    {
        var date = new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var info = Lay(Novel(1), Bookish, new LayoutOptions { Date = date }).Document.Info;
        Assert.Equal(new DocumentInfo("Novel", "Ann Author", "A test", "fiction, test", "en-GB", date), info);
    }

    [Fact]
    public void A_cover_image_is_the_first_page_full_bleed()
    {
        var cover = new Resource("images/c.png", "image/png", [1], 600, 900);
        var doc = Novel(2) with { Metadata = Novel(2).Metadata with { CoverImage = cover.Key }, Resources = new Dictionary<string, Resource> { [cover.Key] = cover } };
        var first = Lay(doc, Bookish).Document.Pages[0];
        var image = Assert.Single(first.Items.OfType<ImageItem>());
        // Full bleed: the picture covers the whole media box, centred, and overflows it in one direction only.
        Assert.True(image.Area.X <= 0.001 && image.Area.Y <= 0.001, $"{image.Area} starts inside the page");
        Assert.True(image.Area.Right >= first.MediaWidth - 0.001 && image.Area.Bottom >= first.MediaHeight - 0.001, $"{image.Area} ends inside the page");
        Assert.Equal(first.MediaWidth / 2, image.Area.X + image.Area.Width / 2, 3);
        Assert.Equal(first.MediaHeight / 2, image.Area.Y + image.Area.Height / 2, 3);
        Assert.True(Math.Abs(image.Area.Width - first.MediaWidth) < 0.001 || Math.Abs(image.Area.Height - first.MediaHeight) < 0.001);
        Assert.Empty(first.Items.OfType<GlyphRun>());
    }
}
