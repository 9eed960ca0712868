using Publish.Layout.Inline;
using Publish.Layout.Paged;
using Publish.Model;

namespace Publish.Layout.Tests.Inline;

/// <summary>Issue 16's rules for set lines: few hyphens, no ladders, no stubs, nothing past the measure, hyphens marked for extraction.</summary>
public class TypographyTests
{
    [Fact]
    public void Within_tolerance_no_two_lines_in_a_row_end_in_a_hyphen()
    {
        foreach (var paragraph in Paragraphs.NovelParagraphs().Take(400))
        {
            var lines = Paragraphs.Set(paragraph, Paragraphs.Book(333));
            for (var k = 1; k < lines.Count; k++)
                Assert.False(lines[k - 1].EndsWithHyphen && lines[k].EndsWithHyphen, Paragraphs.TextOf(lines[k - 1]) + " / " + Paragraphs.TextOf(lines[k]));
        }
    }

    [Fact]
    public void Hyphenates_fewer_than_one_line_in_twelve_and_leaves_a_stub_in_fewer_than_one_paragraph_in_25()
    {
        int lines = 0, hyphenated = 0, stubs = 0;
        foreach (var paragraph in Paragraphs.NovelParagraphs().Take(600))
        {
            var set = Paragraphs.Set(paragraph, Paragraphs.Book(333));
            lines += set.Count;
            hyphenated += set.Count(l => l.EndsWithHyphen);
            if (set.Count >= 2 && set[^2].EndsWithHyphen) stubs++;
        }
        // Set in DejaVu Serif (wider than the book face, so harder to set without hyphens).
        Assert.True(hyphenated * 12 < lines, $"{hyphenated} of {lines} lines hyphenated");
        Assert.True(stubs * 25 < 600, $"{stubs} paragraphs end in a hyphenated word's stub");
    }

    [Theory]
    [InlineData(@"\includegraphics[width=0.5\textwidth]{file.jpg}")]
    [InlineData("https://example.org/a/very/long/path/that_goes_on/and_on/index.html")]
    public void Long_inline_code_and_urls_break_at_sensible_points_and_stay_within_the_measure(string token)
    {
        var content = new Model.Inline[] { new Text("See "), token.StartsWith("http") ? new Text(token) : new Code(token), new Text(" for the rest of it.") };
        // Wide enough for "See \includegraphics[width=0." (no break is allowed after "[" or "\").
        var lines = Paragraphs.Layouter.Layout(content, Paragraphs.Book(250), SourceSpan.None);
        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.True(l.Width <= 250 + 0.01, $"{l.Width}: {Paragraphs.TextOf(l)}"));
        Assert.DoesNotContain(lines, l => l.Overfull);
        // Every line but the last ends after one of / . ] { - _ inside the token, or at a space after
        // the token or a word of the sentence around it: no hyphen is added to code and no word is cut elsewhere.
        string[] sentence = ["See", "for", "the", "rest", "of"];
        foreach (var l in lines.SkipLast(1))
        {
            var text = Paragraphs.TextOf(l).TrimEnd();
            Assert.True("/.]{-_".Contains(text[^1]) || token.EndsWith(text.Split(' ')[^1], StringComparison.Ordinal) || sentence.Contains(text.Split(' ')[^1]), $"line ends: \"{text}\"");
        }
    }

    [Fact]
    public void A_token_wider_than_the_measure_is_wrapped_between_characters_not_drawn_past_the_margin()
    {
        var lines = Paragraphs.Set(new string('=', 120), Paragraphs.Book(150));
        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.True(l.Width <= 150 + 0.01 && !l.Overfull));
    }

    [Fact]
    public void A_hyphen_the_breaker_adds_is_marked_and_a_hyphen_of_the_text_is_not()
    {
        foreach (var paragraph in Paragraphs.NovelParagraphs().Take(300))
            foreach (var line in Paragraphs.Set(paragraph, Paragraphs.Book(200)))
            {
                var last = line.Items.OfType<GlyphRun>().Last();
                var inserted = line.EndsWithHyphen && !paragraph.Contains(Paragraphs.LastWord(line), StringComparison.Ordinal);
                Assert.Equal(inserted, last.EndsWithBreakHyphen);
            }
    }
}
