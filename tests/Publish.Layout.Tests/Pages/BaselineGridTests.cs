using Publish.Layout.Paged;
using Publish.Model;
using Publish.Styling;
using static Publish.Layout.Tests.Pages.Books;

namespace Publish.Layout.Tests.Pages;

/// <summary>
/// On facing pages body lines keep to a baseline grid, so that blocks set off it (a quote in
/// smaller type, a heading, a code block, an image of odd height) do not leave the text after
/// them between the lines, and facing pages can end level.
/// </summary>
public class BaselineGridTests
{
    // The tiny book on facing pages (ten 10 pt body lines a page, index 1 and 2 are a spread), with
    // blocks that are all off its 10 pt grid: quotes at 8 pt on 8 pt leading, h2 at 12 pt on 15 pt
    // with 5 pt around, code at 7 pt on 7 pt leading.
    private static readonly Theme Grid = Tiny with
    {
        Page = Tiny.Page with { Mirror = true },
        Quote = new BlockStyle { Size = 8, Indent = 10 },
        Code = new BlockStyle { Size = 7, Indent = 4 },
        Headings = [.. Tiny.Headings.Select((h, i) => i == 1 ? h with { Size = 12, SpaceBefore = 5, SpaceAfter = 5 } : h)],
    };

    // The same on a page of thirty lines, a book's proportions: room for blocks to move between spreads.
    private static readonly Theme Tall = Grid with { Page = Grid.Page with { Height = 340 } };

    private const double Top = 20;       // the text block's top on the tiny page
    private const double Line = 10;      // its grid
    private const double BodyBaseline = 8; // a body line's baseline below its box's top (half-leading, 0.8/0.2 fake font)

    private static BlockQuote Quote(string name, int lines) => new([Lines(name, lines)]);

    private static GlyphRun Run(LayoutResult result, string text) =>
        result.Document.Pages.SelectMany(p => p.Items).OfType<GlyphRun>().Single(g => g.Text == text);

    /// <summary>Every body-size line of the book (runs at the body's 10 pt) sits on a grid line, but on a page feathered to meet its facing page.</summary>
    private static void AssertBodyOnGrid(LayoutResult result)
    {
        foreach (var page in result.Document.Pages.Where(p => result.Drafts[p.Index].Feathered == 0))
            foreach (var run in page.Items.OfType<GlyphRun>().Where(g => g.Size == 10))
            {
                var lines = (run.Baseline - Top - BodyBaseline) / Line;
                Assert.True(Math.Abs(lines - Math.Round(lines)) < 1e-6, $"'{run.Text}' on page {page.Index} is {lines:0.###} lines down, off the grid");
            }
    }

    // Where a page's text ends: the lowest descender line (a fifth of the size below the baseline in the fake font), image or tint (a code block's) foot.
    private static double Foot(Page page) => page.Items.Max(i => i switch
    {
        GlyphRun g => g.Baseline + 0.2 * g.Size,
        ImageItem m => m.Area.Bottom,
        FillItem f => f.Area.Bottom,
        _ => double.NegativeInfinity,
    });

    [Fact]
    public void After_a_quote_in_smaller_type_the_text_returns_to_the_grid_with_equal_space_above_and_below_the_quote()
    {
        // 5 pt + three 8 pt lines + 5 pt = 34 pt: without the grid b1 would sit 4 pt above a grid line.
        var result = Lay(Doc(Lines("a", 2), Quote("q", 3), Lines("b", 4)), Grid);
        AssertBodyOnGrid(result);
        var above = Run(result, "q1").Baseline - 0.8 * 8 - (Run(result, "a2").Baseline + 0.2 * 10);
        var below = Run(result, "b1").Baseline - 0.8 * 10 - (Run(result, "q3").Baseline + 0.2 * 8);
        Assert.Equal(above, below, 6);
        Assert.InRange(above, 5, 10);
        Assert.Equal(4, (Run(result, "b1").Baseline - Run(result, "a2").Baseline) / Line - 1, 6);
    }

    [Fact]
    public void The_text_moves_up_to_the_grid_line_above_when_that_takes_at_most_half_of_the_gap()
    {
        // 5 pt + 4 × 8 pt + 5 pt = 42 pt: 2 pt past a grid line, which the 5 pt gap below can give back.
        var result = Lay(Doc(Lines("a", 2), Quote("q", 4), Lines("b", 4)), Grid);
        AssertBodyOnGrid(result);
        // b1 is five lines below a2 (at 4.2 without the grid), and the quote moved up by half of the 2 pt: 4 pt above it and 4 pt below.
        Assert.Equal(5, (Run(result, "b1").Baseline - Run(result, "a2").Baseline) / Line, 6);
        Assert.Equal(4, Run(result, "q1").Baseline - 0.8 * 8 - (Run(result, "a2").Baseline + 0.2 * 10), 6);
    }

    [Fact]
    public void Without_facing_pages_blocks_keep_the_spacing_the_theme_gives()
    {
        var single = Grid with { Page = Grid.Page with { Mirror = false } };
        var result = Lay(Doc(Lines("a", 2), Quote("q", 3), Lines("b", 4)), single);
        Assert.Equal(5 + 3 * 8 + 5 + Line, Run(result, "b1").Baseline - Run(result, "a2").Baseline, 6);
    }

    [Fact]
    public void A_page_that_ends_in_a_quote_is_spaced_out_so_its_last_line_ends_on_the_grid()
    {
        // Page 1 (a verso): six body lines, then a quote whose last lines reach the foot; 5 + 4 × 8 = 37 pt
        // leaves the quote's last line 3 pt above the block's foot, which its gap and joints take up.
        var result = Lay(Doc(Lines("a", 10), Lines("b", 6), Quote("q", 6), Lines("c", 30)), Grid);
        var verso = result.Document.Pages[1];
        Assert.Equal(["b1", "b2", "b3", "b4", "b5", "b6", "q1", "q2", "q3", "q4"], result.Pages()[1]);
        Assert.Equal(Top + 10 * Line, Foot(verso), 6);
        Assert.Equal(Foot(verso), Foot(result.Document.Pages[2]), 6);
        // The gap above the quote took it all: its lines keep their 8 pt leading.
        Assert.Equal(3 * 8, Run(result, "q4").Baseline - Run(result, "q1").Baseline, 6);
        AssertBodyOnGrid(result);
    }

    [Fact]
    public void A_chapter_of_quotes_headings_code_and_odd_images_ends_every_spread_level_with_its_text_on_the_grid()
    {
        var image = new Resource("images/odd.png", "image/png", [1], 1000, 370);   // 100 × 37 pt on the measure
        var blocks = new List<Block> { H(1, "One") };
        for (var i = 0; i < 12; i++)
        {
            blocks.AddRange(
            [
                Lines($"p{i}a", 5 + i % 3), Quote($"q{i}", 2 + i % 4), Lines($"p{i}b", 4),
                H(2, $"Part {i}"), Lines($"p{i}c", 3 + i % 2),
                new CodeBlock(null, string.Join('\n', Enumerable.Range(1, 2 + i % 3).Select(k => $"c{i}.{k}"))), Lines($"p{i}d", 6),
                new Figure(new Image(image.Key, $"figure {i}"), []), Lines($"p{i}e", 7 - i % 3),
            ]);
        }
        blocks.Add(H(1, "Two"));
        blocks.Add(Lines("z", 3));
        var doc = Doc([.. blocks]) with { Resources = new Dictionary<string, Resource> { [image.Key] = image } };
        var result = Lay(doc, Tall);
        AssertBodyOnGrid(result);
        var pages = result.Document.Pages;
        var two = result.Drafts.First(d => d.ChapterTitle == "Two" && d.ChapterOpening).Index;
        var spreads = 0;
        // Spreads are pages 2k-1 and 2k; the one that holds chapter One's end is left short.
        for (var verso = 1; verso + 1 < two - 1; verso += 2, spreads++)
            Assert.True(Math.Abs(Foot(pages[verso]) - Foot(pages[verso + 1])) < 0.5,
                $"pages {verso} and {verso + 1} end at {Foot(pages[verso]):0.##} and {Foot(pages[verso + 1]):0.##}");
        Assert.True(spreads >= 4, $"only {spreads} mid-chapter spreads: the chapter should run long enough to test");
        // Where keeps on both pages left no level filling, the shorter page was feathered.
        var feathered = result.Drafts.Where(d => d.Feathered > 0).ToList();
        Assert.True(feathered.Count <= spreads / 2, $"{feathered.Count} of {spreads} spreads feathered: the grid should level most");
    }
}
