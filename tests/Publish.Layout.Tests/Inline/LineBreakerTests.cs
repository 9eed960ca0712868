using Publish.Layout.Inline;
using Publish.Model;

namespace Publish.Layout.Tests.Inline;

/// <summary>The line breaker on known paragraphs: which words end the lines, and the rules every line keeps.</summary>
public class LineBreakerTests
{
    private const string Opening =
        "However little known the feelings or views of such a man may be on his first entering a neighbourhood, " +
        "this truth is so well fixed in the minds of the surrounding families, that he is considered as the rightful " +
        "property of some one or other of their daughters.";

    [Fact]
    public void Breaks_the_opening_paragraph_where_optimum_fit_puts_the_breaks()
    {
        var lines = Paragraphs.Set(Opening, Paragraphs.Book(300) with { FirstLineIndent = 15.75 });
        // The hyphen TeX's default costs took ("fami-/lies") is no longer worth its price.
        Assert.Equal(["a", "this", "surrounding"], lines.Take(3).Select(Paragraphs.LastWord));
        Assert.DoesNotContain(lines, l => l.EndsWithHyphen);
    }

    [Fact]
    public void Without_hyphenation_the_same_paragraph_breaks_only_between_words()
    {
        var lines = Paragraphs.Set(Opening, Paragraphs.Book(300, hyphenate: false) with { FirstLineIndent = 15.75 });
        Assert.DoesNotContain(lines, l => l.EndsWithHyphen);
        Assert.All(lines.SkipLast(1), l => Assert.Equal(300, l.Width, 0.01));
    }

    [Theory]
    [InlineData(150)]
    [InlineData(200)]
    [InlineData(333)]
    public void Justified_lines_fill_the_measure_and_never_exceed_it(double measure)
    {
        foreach (var paragraph in Paragraphs.NovelParagraphs().Take(150))
        {
            var lines = Paragraphs.Set(paragraph, Paragraphs.Book(measure));
            Assert.All(lines.SkipLast(1), l => Assert.Equal(measure, l.Width, 0.01));
            Assert.True(lines[^1].Width <= measure + 0.01);
            Assert.DoesNotContain(lines, l => l.Overfull);
        }
    }

    [Fact]
    public void Never_hyphenates_more_than_two_lines_in_a_row_even_in_a_narrow_measure()
    {
        foreach (var paragraph in Paragraphs.NovelParagraphs().Take(300))
        {
            var run = 0;
            foreach (var line in Paragraphs.Set(paragraph, Paragraphs.Book(120)))
            {
                run = line.EndsWithHyphen ? run + 1 : 0;
                Assert.True(run <= 2, Paragraphs.TextOf(line));
            }
        }
    }

    [Fact]
    public void Ragged_right_lines_keep_natural_spaces_and_stay_within_the_measure()
    {
        var settings = Paragraphs.Book(200) with { Align = Styling.TextAlign.Left };
        var lines = Paragraphs.Set(Opening, settings);
        Assert.True(lines.Count > 3);
        Assert.All(lines, l => Assert.True(l.Width <= 200.01));
        Assert.Contains(lines.SkipLast(1), l => l.Width < 199);
    }

    [Fact]
    public void Centred_lines_sit_in_the_middle_of_the_measure()
    {
        var line = Assert.Single(Paragraphs.Set("A Title", Paragraphs.Book(300) with { Align = Styling.TextAlign.Center }));
        var run = line.Items.OfType<Paged.GlyphRun>().Single();
        Assert.Equal(300 - (run.X + run.Width), run.X, 0.01);
    }

    [Fact]
    public void The_first_line_is_indented()
    {
        var lines = Paragraphs.Set(Opening, Paragraphs.Book(300) with { FirstLineIndent = 20 });
        Assert.Equal(20, lines[0].Items.OfType<Paged.GlyphRun>().First().X, 0.01);
        Assert.Equal(0, lines[1].Items.OfType<Paged.GlyphRun>().First().X, 0.01);
    }

    [Fact]
    public void A_word_wider_than_the_measure_is_wrapped_between_its_letters_and_nothing_is_lost()
    {
        var diagnostics = new DiagnosticBag();
        var layouter = new ParagraphLayouter(Publish.Layout.Fonts.FontCatalog.System, diagnostics);
        var text = "The word pneumonoultramicroscopicsilicovolcanoconiosis is long.";
        var lines = layouter.Layout([new Text(text)], Paragraphs.Book(120, hyphenate: false), new SourceSpan("book.md", 12, 1));
        Assert.DoesNotContain(lines, l => l.Overfull);
        Assert.All(lines, l => Assert.True(l.Width <= 120 + 0.01));
        Assert.Equal(text.Replace(" ", ""), string.Concat(lines.Select(Paragraphs.TextOf)).Replace(" ", ""));
        // One warning per cut, each naming the source line.
        Assert.NotEmpty(diagnostics.Items);
        Assert.All(diagnostics.Items, d => Assert.Equal(("PUB0641", 12), (d.Code, d.Span.Line)));
    }

    [Fact]
    public void Looseness_sets_a_paragraph_a_line_longer_or_shorter_when_the_tolerance_allows()
    {
        var longer = 0;
        var shorter = 0;
        foreach (var paragraph in Paragraphs.NovelParagraphs().Where(p => p.Length > 600).Take(40))
        {
            var optimum = Paragraphs.Set(paragraph, Paragraphs.Book(333)).Count;
            var loose = Paragraphs.Set(paragraph, Paragraphs.Book(333) with { Looseness = 1 });
            var tight = Paragraphs.Set(paragraph, Paragraphs.Book(333) with { Looseness = -1 });
            Assert.InRange(loose.Count, optimum, optimum + 1);
            Assert.InRange(tight.Count, optimum - 1, optimum);
            if (loose.Count > optimum) longer++;
            if (tight.Count < optimum) shorter++;
            Assert.All(loose.SkipLast(1).Concat(tight.SkipLast(1)), l => Assert.Equal(333, l.Width, 0.01));
        }
        Assert.True(longer > 10, $"{longer} of 40 paragraphs could be set a line longer");
        Assert.True(shorter > 0, $"{shorter} of 40 paragraphs could be set a line shorter");
    }

    [Fact]
    public void Addresses_break_after_their_slashes_rather_than_overflow()
    {
        var lines = Paragraphs.Set("See https://example.org/a/very/long/address/that/cannot/break for more.", Paragraphs.Book(120, hyphenate: false));
        Assert.DoesNotContain(lines, l => l.Overfull);
        Assert.Contains(lines, l => Paragraphs.TextOf(l).EndsWith('/'));
    }

    [Fact]
    public void Breaks_items_of_known_widths_where_lines_come_out_exactly_full()
    {
        // Boxes of width 3 and spaces of 1 (stretch 1, shrink 0.5) on a measure of 11: three
        // words make a line of exactly 11, so optimum fit sets 3 + 3 + 1 with no stretching.
        var items = new List<Item>();
        for (var i = 0; i < 7; i++)
        {
            if (i > 0) items.Add(Item.Glue(1, 1, 0.5, i, i, 0));
            items.Add(Item.Box(3, i, i + 1, 0));
        }
        items.Add(Item.Penalty(0, Item.Infinite, false, 7, -1));
        items.Add(Item.Glue(0, Item.Fill, 0, 7, 7, -1));
        items.Add(Item.Penalty(0, -Item.Infinite, false, 7, -1));
        var breaks = LineBreaker.Break(items, 11, 10, justify: true);
        Assert.Equal([5, 11, 15], breaks.Select(b => b.Item));
    }
}
