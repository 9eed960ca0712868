using Publish.Layout.Inline;
using Publish.Layout.Paged;
using Publish.Model;

namespace Publish.Layout.Tests.Inline;

/// <summary>What each kind of inline becomes on a set line.</summary>
public class InlineStyleTests
{
    private static readonly ParagraphSettings Wide = Paragraphs.Book(400) with { LinkColor = Rgba.Parse("#1a4f8b") };

    private static LaidLine One(params Model.Inline[] content)
    {
        var lines = Paragraphs.Layouter.Layout(content, Wide, SourceSpan.None);
        return Assert.Single(lines);
    }

    private static GlyphRun RunOf(LaidLine line, string text) => line.Items.OfType<GlyphRun>().Single(g => g.Text.Contains(text));

    [Fact]
    public void Emphasis_is_set_in_the_italic_and_strong_in_the_bold_face()
    {
        var line = One(new Text("plain "), new Emphasis([new Text("slanted")]), new Text(" and "), new Strong([new Text("heavy")]));
        Assert.False(RunOf(line, "plain").Font.Italic);
        Assert.True(RunOf(line, "slanted").Font.Italic);
        Assert.True(RunOf(line, "heavy").Font.Bold);
    }

    [Fact]
    public void Emphasis_inside_italic_text_turns_roman()
    {
        var lines = Paragraphs.Layouter.Layout([new Text("a "), new Emphasis([new Text("b")])], Wide with { Italic = true }, SourceSpan.None);
        Assert.False(RunOf(lines[0], "b").Font.Italic);
    }

    [Fact]
    public void Code_is_set_in_the_monospace_face()
    {
        var line = One(new Text("call "), new Code("Main()"));
        Assert.Equal("DejaVu Sans Mono", RunOf(line, "Main").Font.Family);
    }

    [Fact]
    public void Code_is_never_hyphenated()
    {
        var lines = Paragraphs.Layouter.Layout([new Text("The method is "), new Code("representationalization representationalization")],
            Paragraphs.Book(150), SourceSpan.None);
        Assert.DoesNotContain(lines, l => l.EndsWithHyphen);
    }

    [Fact]
    public void Small_caps_are_synthesised_from_scaled_capitals_when_the_font_has_none()
    {
        var line = One(new SmallCaps([new Text("Bennet")]));
        var runs = line.Items.OfType<GlyphRun>().ToList();
        Assert.Equal(10.5, runs.Single(r => r.Text == "B").Size);
        var small = runs.Single(r => r.Text == "ennet");
        Assert.Equal(10.5 * RunSegmenter.SyntheticSmallCapsScale, small.Size, 3);
        // Drawn as capitals, extracted as the source letters.
        var capitals = Publish.Layout.Shaping.Shaper.Shape(Publish.Layout.Fonts.FontCatalog.System.Find("DejaVu Serif")!, "ENNET");
        Assert.Equal(capitals.Glyphs, small.Glyphs);
    }

    [Fact]
    public void Superscripts_are_smaller_and_raised_subscripts_smaller_and_lowered()
    {
        var line = One(new Text("x"), new Superscript([new Text("2")]), new Text(" H"), new Subscript([new Text("3")]));
        var sup = RunOf(line, "2");
        var sub = RunOf(line, "3");
        Assert.True(sup.Size < 10.5 && sup.Baseline < 0);
        Assert.True(sub.Size < 10.5 && sub.Baseline > 0);
    }

    [Fact]
    public void Strikethrough_and_underline_draw_rules_across_their_text()
    {
        var line = One(new Strikethrough([new Text("gone")]), new Text(" "), new Span([new Text("marked")]) { Attr = new Attr("", ["underline"], []) });
        var rules = line.Items.OfType<RuleItem>().ToList();
        Assert.Equal(2, rules.Count);
        var gone = RunOf(line, "gone");
        Assert.Contains(rules, r => r.Y1 < 0 && r.X1 == gone.X && Math.Abs(r.X2 - (gone.X + gone.Width)) < 0.01);
        Assert.Contains(rules, r => r.Y1 > 0);
    }

    [Fact]
    public void Links_become_clickable_areas_in_the_link_colour()
    {
        var line = One(new Link([new Text("see below")], "#results"), new Text(" or "), new Link([new Text("the site")], "https://example.org/"));
        var links = line.Items.OfType<LinkItem>().ToList();
        Assert.Contains(links, l => l.Destination == "results" && l.Uri is null);
        Assert.Contains(links, l => l.Uri == "https://example.org/" && l.Destination is null);
        Assert.Equal(Rgba.Parse("#1a4f8b"), RunOf(line, "see below").Color);
        Assert.Equal(Rgba.Black, RunOf(line, " or ").Color);
        var area = links.Single(l => l.Destination == "results").Area;
        Assert.True(area.Y < 0 && area.Bottom > 0 && area.Width > 0, "the area spans the text around the baseline");
    }

    [Fact]
    public void A_note_prints_its_marker_as_a_superscript_and_is_recorded_on_its_line()
    {
        var note = new Note([new Paragraph([new Text("A footnote.")])]);
        var lines = Paragraphs.Layouter.Layout([new Text("Text"), note, new Text(" goes on.")], Wide with { NoteMarker = _ => "7" }, SourceSpan.None);
        var line = Assert.Single(lines);
        Assert.Equal([note], line.Notes);
        var marker = RunOf(line, "7");
        Assert.True(marker.Baseline < 0 && marker.Size < 10.5);
    }

    [Fact]
    public void Notes_are_left_out_without_a_marker_function()
    {
        var line = One(new Text("Text"), new Note([]), new Text(" goes on."));
        Assert.Empty(line.Notes);
        Assert.Equal("Text goes on.", Paragraphs.TextOf(line));
    }

    [Fact]
    public void Ids_on_spans_become_anchors_of_the_line_they_fall_on()
    {
        var text = string.Join(" ", Enumerable.Repeat("word", 60));
        var lines = Paragraphs.Layouter.Layout([new Text(text + " "), new Span([new Text("here")]) { Attr = Attr.Empty.WithId("target") }],
            Paragraphs.Book(200), SourceSpan.None);
        Assert.Equal(["target"], lines[^1].Anchors);
        Assert.All(lines.SkipLast(1), l => Assert.Empty(l.Anchors));
    }

    [Fact]
    public void A_line_break_ends_the_line_without_stretching_it()
    {
        var lines = Paragraphs.Layouter.Layout([new Text("Short first"), new Model.LineBreak(), new Text("and second")], Wide, SourceSpan.None);
        Assert.Equal(["Short first", "and second"], lines.Select(l => Paragraphs.TextOf(l).TrimEnd()) /* a line broken at a space keeps it, for extracted text */);
        Assert.True(lines[0].Width < 200);
    }

    [Fact]
    public void Quotes_become_curly_quotes_math_is_typeset_and_images_become_their_alt_text()
    {
        var line = One(new Quoted(QuoteKind.Double, [new Text("so")]), new Text(" "), new Quoted(QuoteKind.Single, [new Text("it")]),
            new Text(" "), new TexMath("E=mc^2", false), new Text(" "), new Image("images/a.png", "a picture"));
        Assert.Contains("\u201Cso\u201D \u2018it\u2019", Paragraphs.TextOf(line));
        Assert.DoesNotContain("E=mc^2", Paragraphs.TextOf(line));
        Assert.True(line.Items.OfType<GlyphRun>().Single(g => g.Text == "E").Font.Italic);
        Assert.Contains(line.Items.OfType<GlyphRun>(), g => g.Text == "2" && g.Baseline < 0);
        Assert.Contains("a picture", Paragraphs.TextOf(line));
    }

    [Fact]
    public void Soft_breaks_and_runs_of_spaces_collapse_to_one_space()
    {
        var line = One(new Text("one  two"), new SoftBreak(), new Text(" three"));
        Assert.Equal("one two three", Paragraphs.TextOf(line));
    }

    [Fact]
    public void Upper_case_settings_draw_capitals_but_keep_the_source_text()
    {
        var lines = Paragraphs.Layouter.Layout([new Text("Chapter")], Wide with { Case = Styling.TextCase.Upper }, SourceSpan.None);
        var run = Assert.Single(lines[0].Items.OfType<GlyphRun>());
        Assert.Equal("Chapter", run.Text);
        Assert.Equal(Publish.Layout.Shaping.Shaper.Shape(Publish.Layout.Fonts.FontCatalog.System.Find("DejaVu Serif")!, "CHAPTER").Glyphs, run.Glyphs);
    }
}
