using Publish.Model;
using Publish.Readers.Text;

namespace Publish.Readers.Tests.Text;

/// <summary>The project's seed: a news article copied from a web page, a blank line after every wrapped line.</summary>
public class SeedArticleTests
{
    private static readonly string SeedPath = Corpus.Root is null ? "" : Corpus.Path("articles", "000_dc67907f365b14cf.txt");

    private static (Document Document, DiagnosticBag Diagnostics) ReadSeed()
    {
        Assert.SkipUnless(Corpus.Root is not null, "the shared corpus is not next to the repository");
        var diagnostics = new DiagnosticBag();
        return (PlainTextArticleReader.Read(File.ReadAllText(SeedPath), SeedPath, diagnostics), diagnostics);
    }

    [Fact]
    public void Title_is_the_first_content_line_and_is_not_repeated_in_the_body()
    {
        var (document, _) = ReadSeed();
        Assert.Equal("Unbelievable Twist: How Belarus Saved Putin from a Military Coup, Shaking Up Eastern Europe\u2019s Power", document.Metadata.Title);
        Assert.DoesNotContain(document.Blocks, b => b is Heading h && PlainText.Of(h.Content).StartsWith("Unbelievable"));
    }

    [Fact]
    public void Body_is_a_lede_a_section_heading_and_four_paragraphs()
    {
        var (document, _) = ReadSeed();
        var shape = document.Blocks.Select(b => b switch { Heading h => $"H{h.Level}:{h.Id}", Paragraph => "P", _ => b.GetType().Name });
        Assert.Equal(["P", "H2:further-consolidation", "P", "P", "P", "P"], shape);
        Assert.Equal("Further Consolidation", PlainText.Of(((Heading)document.Blocks[1]).Content));
    }

    [Fact]
    public void Paragraphs_are_joined_text_with_smart_punctuation_and_the_span_of_their_first_line()
    {
        var (document, _) = ReadSeed();
        var lede = Assert.IsType<Paragraph>(document.Blocks[0]);
        var text = Assert.IsType<Publish.Model.Text>(Assert.Single(lede.Content)).Value;
        Assert.StartsWith("Belarusian President Alexander Lukashenko\u2019s intervention has reportedly saved", text);
        Assert.EndsWith("will reverberate internationally.", text);
        Assert.Equal(new SourceSpan(SeedPath, 5, 1), lede.Span);
    }

    [Fact]
    public void Page_chrome_is_dropped()
    {
        var (document, _) = ReadSeed();
        var all = string.Join("\n", document.Blocks.OfType<Paragraph>().Select(p => PlainText.Of(p.Content)));
        Assert.DoesNotContain("top of page", all);
        Assert.DoesNotContain("bottom of page", all);
    }

    [Fact]
    public void The_two_cut_off_paragraphs_are_flagged_at_their_last_lines()
    {
        var (_, diagnostics) = ReadSeed();
        var cutOffs = diagnostics.Items.Where(d => d.Code == "PUB0213").ToList();
        Assert.Equal([47, 112], cutOffs.Select(d => d.Span.Line));
        Assert.All(cutOffs, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal(2, diagnostics.Items.Count);
    }
}
