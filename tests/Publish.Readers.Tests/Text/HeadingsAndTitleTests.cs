using Publish.Model;
using Publish.Readers.Text;
using static Publish.Readers.Tests.Text.TextSamples;

namespace Publish.Readers.Tests.Text;

/// <summary>The title is the first content line; section headings are short Title Case or ALL CAPS lines between paragraphs.</summary>
public class HeadingsAndTitleTests
{
    [Fact]
    public void A_title_case_line_between_paragraphs_is_a_level_two_heading_with_an_id()
    {
        var (_, outline, _) = Read(Spaced("Bridge to close", 42, First, "What Happens Next", Second));
        Assert.Equal([$"P: {First}", "H2 what-happens-next: What Happens Next", $"P: {Second}"], outline);
    }

    [Fact]
    public void An_all_caps_line_between_gutenberg_paragraphs_is_a_heading()
    {
        var (_, outline, _) = Read(Blocks("Bridge to close", 50, First, "THE COST", Second));
        Assert.Equal("H2 the-cost: THE COST", outline[1]);
    }

    [Fact]
    public void Repeated_headings_get_unique_ids()
    {
        var (_, outline, _) = Read(Blocks("Bridge to close", 50, First, "Reaction", Second, "Reaction", Third));
        Assert.Equal(["H2 reaction: Reaction", "H2 reaction-1: Reaction"], outline.Where(l => l.StartsWith("H2")));
    }

    [Theory]
    [InlineData("The bridge will close.")]
    [InlineData("the bridge will close")]
    [InlineData("Bridge closure, traffic and what the council plans to do about the buses in town")]
    public void Lines_without_heading_shape_stay_paragraphs(string line)
    {
        var (_, outline, _) = Read(Blocks("Bridge to close", 50, First, line, Second));
        Assert.DoesNotContain(outline, l => l.StartsWith("H2"));
    }

    [Fact]
    public void The_title_is_metadata_only_and_not_a_body_heading()
    {
        var document = PlainTextArticleReader.Read(Spaced("Bridge to Close", 42, First), "a.txt", new DiagnosticBag());
        Assert.Equal("Bridge to Close", document.Metadata.Title);
        Assert.IsType<Paragraph>(Assert.Single(document.Blocks));
    }

    [Fact]
    public void An_all_caps_title_takes_its_case_from_the_article()
    {
        var (title, _, _) = Read(Blocks("COUNCIL TO CLOSE OLD BRIDGE IN UK'S NORTH", 60,
            "The Council said the old bridge in the north of the UK will close for repairs to its supports."));
        Assert.Equal("Council to close old bridge in UK\u2019s north", title);
    }

    [Fact]
    public void The_title_gets_smart_punctuation() =>
        Assert.Equal("Council \u2018to close\u2019 bridge", Read(Spaced("Council 'to close' bridge", 42, First)).Title);

    [Fact]
    public void Front_matter_overrides_the_inferred_title()
    {
        var probe = FrontMatter.Split("---\ntitle: Declared\n---\nBody\n", "probe.txt", new DiagnosticBag());
        Assert.SkipWhen(probe.Metadata.Title is null, "FrontMatter.Split is still a stub on this branch");
        var (title, outline, _) = Read("---\ntitle: Declared\nlanguage: en\n---\nInferred Title\n\n" + First + "\n");
        Assert.Equal("Declared", title);
        Assert.Equal([$"P: {First}"], outline);
    }

    [Fact]
    public void Front_matter_keeps_source_lines_and_fills_what_the_text_cannot_say()
    {
        var probe = FrontMatter.Split("---\ntitle: Declared\n---\nBody\n", "probe.txt", new DiagnosticBag());
        Assert.SkipWhen(probe.Metadata.Title is null, "FrontMatter.Split is still a stub on this branch");
        var document = PlainTextArticleReader.Read("---\nlanguage: de\ndate: 2024-05-01\n---\nInferred Title\n\n" + First + "\n", "fm.txt", new DiagnosticBag());
        Assert.Equal("Inferred Title", document.Metadata.Title);
        Assert.Equal("de", document.Metadata.Language);
        Assert.Equal("2024-05-01", document.Metadata.Date);
        Assert.Equal(7, Assert.Single(document.Blocks).Span.Line); // the paragraph is line 7 of the file
    }
}
