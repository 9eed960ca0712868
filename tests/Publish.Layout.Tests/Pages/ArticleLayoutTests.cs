using Publish.Layout.Paged;
using Publish.Layout.Pages;
using Publish.Model;
using Publish.Styling;
using static Publish.Layout.Tests.Pages.Books;

namespace Publish.Layout.Tests.Pages;

/// <summary>An article's page 1 (head, lede), its running heads, and section numbers that start at 1.</summary>
public class ArticleLayoutTests
{
    private static readonly Theme WithHeads = Tiny with { RunningHeads = new RunningHeadStyle { Enabled = true, Size = 10, PageNumbers = PageNumberPlacement.None } };

    private static Document Article(Metadata metadata, params Block[] blocks) => new(metadata with { Kind = DocumentKind.Article }, blocks);

    private static string Head(LayoutResult result, int page) =>
        string.Join(" ", result.Document.Pages[page].Items.OfType<GlyphRun>().Where(g => g.Baseline < Tiny.Page.MarginTop).Select(g => g.Text));

    [Fact]
    public void Page_one_of_an_article_opens_with_headline_dek_and_byline_then_the_lede()
    {
        var meta = Metadata.Empty with { Title = "News", Subtitle = "Dek", Authors = [new Contributor("Ann")], Date = "2024-05-01", Publisher = "Site" };
        var wide = Tiny with { Page = Tiny.Page with { Width = 440, Height = 440 } }; // a 40-glyph measure holds the byline
        var result = Lay(Article(meta, Lines("lede", 2), Lines("body", 2)), wide);
        var boxes = result.Pages()[0].Select(t => string.Join(' ', t.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(["News", "Dek", "By Ann · 1 May 2024 · Site", "lede1", "lede2", "body1", "body2"], boxes);
        Assert.Single(result.Document.Pages);
    }

    [Fact]
    public void A_leading_level_one_heading_is_the_headline_and_is_not_set_twice()
    {
        var result = Lay(Article(Metadata.Empty with { Title = "Meta title" }, H(1, "Headline"), Lines("lede", 1)));
        Assert.Equal(["Headline", "lede1"], result.Pages()[0]);
        Assert.Contains(result.Document.Pages[0].Items.OfType<DestinationItem>(), d => d.Name == "headline"); // links to it still land
    }

    [Fact]
    public void The_lede_is_set_at_the_themes_lede_size()
    {
        var theme = Tiny with { Article = new ArticleStyle { LedeSize = 12 } };
        var result = Lay(Article(Metadata.Empty, Lines("lede", 1), Lines("body", 1)), theme);
        var runs = result.Document.Pages[0].Items.OfType<GlyphRun>().ToList();
        Assert.Equal(12, runs.Single(r => r.Text == "lede1").Size);
        Assert.Equal(10, runs.Single(r => r.Text == "body1").Size);
    }

    [Fact]
    public void An_article_has_no_title_page_and_no_running_head_on_its_first_page()
    {
        var theme = WithHeads with { TitlePage = true, Toc = new TocStyle { Enabled = true } };
        var result = Lay(Article(Metadata.Empty with { Title = "Short" }, Lines("line", 25)), theme);
        Assert.Equal("Short", result.Pages()[0][0]);
        Assert.Equal("", Head(result, 0));
        Assert.Equal("Short", Head(result, 1));
    }

    [Fact]
    public void A_title_too_long_for_the_measure_is_shortened_at_a_word_with_an_ellipsis()
    {
        // The tiny measure holds ten fake em-wide glyphs.
        var result = Lay(Article(Metadata.Empty with { Title = "Saved from a Coup, Shaking Europe" }, Lines("line", 25)), WithHeads);
        Assert.Equal("Saved…", Head(result, 1));
    }

    [Fact]
    public void A_short_title_is_the_running_head_when_given()
    {
        var result = Lay(Article(Metadata.Empty with { Title = "Saved from a Coup, Shaking Europe", ShortTitle = "The Coup" }, Lines("line", 25)), WithHeads);
        Assert.Equal("The Coup", Head(result, 1));
    }

    [Fact]
    public void Sections_are_numbered_from_one_when_chapters_are_not_numbered()
    {
        var theme = Tiny with { Headings = [.. Tiny.Headings.Select((h, i) => h with { Numbered = i == 1 })] };
        var result = Lay(Doc(H(1, "Book"), H(2, "First"), H(2, "Second")), theme);
        Assert.Equal(["1 First", "2 Second"], result.Document.Outline[0].Children.Select(c => c.Title));
    }

    [Fact]
    public void A_section_before_the_first_numbered_chapter_is_not_numbered_under_a_missing_chapter()
    {
        var theme = Tiny with { Headings = [.. Tiny.Headings.Select(h => h with { Numbered = true })] };
        var result = Lay(Doc(H(2, "Preface"), H(1, "One"), H(2, "Section")), theme);
        var titles = result.Document.Outline.SelectMany(e => e.Children.Prepend(e)).Select(e => e.Title).ToList();
        Assert.Equal(["1 Preface", "1 One", "1.1 Section"], titles);
    }

    [Theory]
    [InlineData("Short title", 20, "Short title")]
    [InlineData("Saved from a Coup, Shaking Up", 20, "Saved from a Coup…")]
    [InlineData("Saved from a Coup, Shaking Up", 18, "Saved from a Coup…")]
    [InlineData("Saved from a Coup, Shaking Up", 17, "Saved from a…")]
    [InlineData("Unbreakable", 4, "Unbreakable…")]
    public void Running_heads_are_shortened_to_whole_words(string title, int fits, string expected) =>
        Assert.Equal(expected, RunningHeadText.Shorten(title, s => s.Length <= fits));
}
