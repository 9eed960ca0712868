using Publish.Layout.Paged;
using Publish.Model;
using Publish.Styling;
using static Publish.Layout.Tests.Pages.Books;

namespace Publish.Layout.Tests.Blocks;

/// <summary>What each block type puts on the page, in the tiny theme (text block at x = 20, 100 pt wide).</summary>
public class BlockLayoutTests
{
    private static readonly Theme Wide = Tiny with { Page = Tiny.Page with { Width = 440, Height = 440 } }; // 400 pt measure

    private static List<PageItem> Items(params Block[] blocks) => Lay(Doc(blocks), Wide).Document.Pages[0].Items.ToList();

    private static GlyphRun Run(List<PageItem> items, string text) => items.OfType<GlyphRun>().Single(g => g.Text == text);

    [Fact]
    public void List_markers_hang_in_the_indent_on_the_first_baseline()
    {
        var items = Items(new BulletList([new ListItem([new Paragraph([new Text("one")])]), new ListItem([new Paragraph([new Text("two")])])], Tight: true));
        var one = Run(items, "one");
        Assert.Equal(20 + 20, one.X);
        var bullet = items.OfType<GlyphRun>().First(g => g.Text == "\u2022");
        Assert.Equal(one.Baseline, bullet.Baseline);
        Assert.True(bullet.X + bullet.Width <= one.X);
        Assert.Equal(10, Run(items, "two").Baseline - one.Baseline);
    }

    [Fact]
    public void Nested_lists_change_bullet_and_ordered_lists_count_in_their_style()
    {
        var inner = new BulletList([new ListItem([new Paragraph([new Text("in")])])], true);
        var items = Items(
            new BulletList([new ListItem([new Paragraph([new Text("out")]), inner])], true),
            new OrderedList([new ListItem([new Paragraph([new Text("x")])]), new ListItem([new Paragraph([new Text("y")])])], true, 3, ListNumberStyle.LowerRoman));
        var texts = items.OfType<GlyphRun>().Select(g => g.Text).ToList();
        Assert.Contains("\u2013", texts);
        Assert.Contains("iii.", texts);
        Assert.Contains("iv.", texts);
        Assert.Equal(60, Run(items, "in").X);
    }

    [Fact]
    public void Task_items_get_a_drawn_box()
    {
        var items = Items(new BulletList([new ListItem([new Paragraph([new Text("done")])], Checked: true)], true));
        Assert.DoesNotContain(items.OfType<GlyphRun>(), g => g.Text == "\u2022");
        Assert.True(items.OfType<RuleItem>().Count() >= 6); // four sides and a tick
    }

    [Fact]
    public void Code_is_set_line_by_line_on_a_light_background()
    {
        var items = Items(new CodeBlock("c", "a = 1\n\nb = 2\n"));
        Assert.Equal(["a = 1", "b = 2"], items.OfType<GlyphRun>().Select(g => g.Text));
        var fills = items.OfType<FillItem>().ToList();
        Assert.True(fills.Count >= 3);
        Assert.All(fills, f => Assert.Equal(400, f.Area.Width));
        // Three source lines (one blank) set on consecutive baselines.
        Assert.Equal(2 * 10 * 8.5 / 10, Run(items, "b = 2").Baseline - Run(items, "a = 1").Baseline, 3);
    }

    [Fact]
    public void Quotes_are_indented_on_both_sides()
    {
        var items = Items(new BlockQuote([new Paragraph([new Text("quoted")])]));
        Assert.Equal(20 + 18, Run(items, "quoted").X);
    }

    [Fact]
    public void A_thematic_break_is_a_short_centred_rule()
    {
        var rule = Assert.Single(Items(new ThematicBreak()).OfType<RuleItem>());
        Assert.Equal(220, (rule.X1 + rule.X2) / 2, 3);
        Assert.Equal(100, rule.X2 - rule.X1, 3);
    }

    [Fact]
    public void Headings_take_numbers_case_and_alignment_from_the_theme()
    {
        var theme = Wide with { Headings = [.. Wide.Headings.Select(h => h with { Numbered = true, Case = TextCase.Upper, Align = TextAlign.Right })] };
        var result = Lay(Doc(H(1, "Intro"), H(2, "Part"), H(2, "More")), theme);
        var texts = result.Document.Pages[0].Items.OfType<GlyphRun>().ToList();
        var more = texts.Single(g => g.Text == "1.2\u2003MORE");
        Assert.Equal(420, more.X + more.Width, 3);
        Assert.Equal("1.2 More", result.Document.Outline[0].Children[1].Title);
    }

    [Fact]
    public void Display_math_is_set_apart_and_centred()
    {
        var items = Items(new Paragraph([new Text("before"), new TexMath("x^2", true), new Text("after")]));
        var math = Run(items, "x^2");
        Assert.Equal(220, math.X + math.Width / 2, 3);
        Assert.True(Run(items, "after").Baseline > math.Baseline);
    }

    [Fact]
    public void Definition_terms_are_flush_and_definitions_indented()
    {
        var items = Items(new DefinitionList([new DefinitionItem([new Text("term")], [[new Paragraph([new Text("meaning")])]])]));
        Assert.Equal(20, Run(items, "term").X);
        Assert.Equal(40, Run(items, "meaning").X);
    }

    [Fact]
    public void Figures_are_scaled_to_the_measure_and_keep_their_caption()
    {
        var image = new Resource("images/a.png", "image/png", [1], 2000, 1000);
        var doc = Doc(new Figure(new Image(image.Key, "alt text"), [new Text("caption")])) with { Resources = new Dictionary<string, Resource> { [image.Key] = image } };
        var page = Lay(doc, Wide).Document.Pages[0];
        var picture = Assert.Single(page.Items.OfType<ImageItem>());
        Assert.Equal(new Rect(20, 20, 400, 200), picture.Area);
        Assert.Equal("alt text", picture.Alt);
        Assert.True(Run([.. page.Items], "caption").Baseline > picture.Area.Bottom);
    }

    [Fact]
    public void A_figure_takes_the_width_its_source_gives()
    {
        var image = new Resource("images/a.png", "image/png", [1], 2000, 1000);
        var half = new Image(image.Key, "alt") { Attr = new Attr("", [], [new("width", "50%")]) };
        var doc = Doc(new Figure(half, [])) with { Resources = new Dictionary<string, Resource> { [image.Key] = image } };
        var picture = Assert.Single(Lay(doc, Wide).Document.Pages[0].Items.OfType<ImageItem>());
        Assert.Equal((120, 200, 100), (picture.Area.X, picture.Area.Width, picture.Area.Height));
    }

    [Fact]
    public void A_large_image_starting_a_paragraph_is_set_between_the_lines_scaled_to_the_measure()
    {
        var scan = new Resource("images/scan.png", "image/png", [1], 2000, 1000);
        var paragraph = new Paragraph([new Text("Before it."), new SoftBreak(), new Image(scan.Key, "A scan"), new Text(" After it.")]);
        var doc = Doc(paragraph) with { Resources = new Dictionary<string, Resource> { [scan.Key] = scan } };
        var page = Lay(doc, Wide).Document.Pages[0];

        var picture = Assert.Single(page.Items.OfType<ImageItem>());
        Assert.Equal((20, 400, 200), (picture.Area.X, picture.Area.Width, picture.Area.Height));
        Assert.True(Run([.. page.Items], "Before it.").Baseline < picture.Area.Y, "the text before stands above");
        Assert.True(Run([.. page.Items], "After it.").Baseline > picture.Area.Bottom, "the text after follows below");
        Assert.Equal("A scan", picture.Alt);
    }

    [Fact]
    public void A_missing_image_is_reported_and_its_alt_text_set()
    {
        var diagnostics = new DiagnosticBag();
        var result = Lay(Doc(new Figure(new Image("nope.png", "alt"), [])), Wide, null, diagnostics);
        Assert.Contains(diagnostics.Items, d => d.Code == "PUB0502");
        Assert.Contains(result.Document.Pages[0].Items.OfType<GlyphRun>(), g => g.Text == "alt");
    }

    [Fact]
    public void Heading_ids_and_block_anchors_become_destinations()
    {
        var items = Items(H(2, "Sec", "sec"), new Paragraph([new Text("x")]) { Attr = Attr.Empty.WithId("para") });
        var names = items.OfType<DestinationItem>().Select(d => d.Name).ToList();
        Assert.Equal(["sec", "para"], names);
    }

    [Fact]
    public void Paragraphs_after_paragraphs_are_indented_but_not_after_headings()
    {
        var theme = Wide with { Paragraph = Wide.Paragraph with { Indent = 1.5, NoIndentAfterHeading = true } };
        var page = Lay(Doc(H(2, "S"), new Paragraph([new Text("first")]), new Paragraph([new Text("second")])), theme).Document.Pages[0];
        Assert.Equal(20, Run([.. page.Items], "first").X);
        Assert.Equal(35, Run([.. page.Items], "second").X);
    }

    [Fact]
    public void A_paragraph_after_a_list_starts_flush_below_a_gap()
    {
        var theme = Wide with { Paragraph = Wide.Paragraph with { Indent = 1.5 } };
        var list = new BulletList([new ListItem([new Paragraph([new Text("item")])])], true);
        var page = Lay(Doc(new Paragraph([new Text("intro")]), list, new Paragraph([new Text("after")])), theme).Document.Pages[0];
        var after = Run([.. page.Items], "after");
        Assert.Equal(20, after.X);
        Assert.True(after.Baseline - Run([.. page.Items], "item").Baseline > 10);
    }
}
