using Publish.Model;
using Publish.Readers.Text;

namespace Publish.Readers.Tests.Text;

/// <summary>A whole Project Gutenberg novel reads into chapters, fast, with its words.</summary>
[Collection(nameof(NovelTests))]
[CollectionDefinition(nameof(NovelTests), DisableParallelization = true)]
public class NovelTests
{
    private static string Source()
    {
        Assert.SkipUnless(Corpus.Root is not null, "the shared corpus is not next to the repository");
        return File.ReadAllText(Corpus.Path("books", "gutenberg-1342-pride-and-prejudice.txt"));
    }

    [Fact]
    public void Pride_and_prejudice_reads_into_its_61_chapters()
    {
        var document = PlainTextArticleReader.Read(Source(), "p&p.txt", new DiagnosticBag());
        var chapters = document.Blocks.OfType<Heading>().Where(h => h.Level == 1).ToList();
        Assert.Equal(61, chapters.Count);
        Assert.Equal("Chapter I", PlainText.Of(chapters[0].Content));
        Assert.Equal("chapter-i", chapters[0].Id);
        Assert.Equal("Chapter LXI", PlainText.Of(chapters[^1].Content));
        Assert.Equal(chapters.Count, chapters.Select(h => h.Id).Distinct().Count());
        Assert.Equal("Pride and Prejudice", document.Metadata.Title);
        Assert.Equal("Jane Austen", Assert.Single(document.Metadata.Authors).Name);
    }

    [Fact]
    public void Chapter_one_starts_with_its_first_paragraph_and_illustrations_are_gone()
    {
        var document = PlainTextArticleReader.Read(Source(), "p&p.txt", new DiagnosticBag());
        var blocks = document.Blocks.ToList();
        var first = blocks.FindIndex(b => b is Heading { Level: 1 });
        var opening = PlainText.Of(Assert.IsType<Paragraph>(blocks[first + 1]).Content);
        Assert.Equal("It is a truth universally acknowledged, that a single man in possession of a good fortune must be in want of a wife.", opening);
        Assert.DoesNotContain(blocks.OfType<Paragraph>(), p => PlainText.Of(p.Content).Contains("[Illustration"));
    }

    [Fact]
    public void Keeps_the_words_of_the_chapters()
    {
        var source = Source();
        var document = PlainTextArticleReader.Read(source, "p&p.txt", new DiagnosticBag());
        var chapters = document.Blocks.SkipWhile(b => b is not Heading { Level: 1 });
        var read = chapters.OfType<Paragraph>().Sum(p => ParagraphScore.Words(PlainText.Of(p.Content)).Length);
        var start = source.IndexOf("It is a truth universally", StringComparison.Ordinal);
        var inSource = ParagraphScore.Words(source[start..]).Count(w => !w.Contains("Illustration"));
        // Only illustration captions and chapter headings leave the prose.
        Assert.InRange(read, inSource * 0.98, inSource * 1.02);
    }

    [Fact]
    public void The_licence_header_and_footer_are_cut_off()
    {
        const string text = """
            The Project Gutenberg eBook of A Tale

            Title: A Tale
            Author: Some Writer

            *** START OF THE PROJECT GUTENBERG EBOOK A TALE ***


            CHAPTER I.

            It began.


            CHAPTER II.

            It ended.

            *** END OF THE PROJECT GUTENBERG EBOOK A TALE ***

            Section 1. General Terms of Use and Redistributing Project Gutenberg.
            """;
        var document = PlainTextArticleReader.Read(text, "tale.txt", new DiagnosticBag());
        Assert.Equal("A Tale", document.Metadata.Title);
        Assert.Equal("Some Writer", Assert.Single(document.Metadata.Authors).Name);
        var shape = document.Blocks.Select(b => b is Heading h ? PlainText.Of(h.Content) : PlainText.Of(((Paragraph)b).Content));
        Assert.Equal(["Chapter I", "It began.", "Chapter II", "It ended."], shape);
    }
}

public class UnderscoreEmphasisTests
{
    private const string Novel = "CHAPTER I.\n\n{0}\n\n\nCHAPTER II.\n\nThe end.\n";

    private static IReadOnlyList<Inline> FirstParagraph(string prose) =>
        PlainTextArticleReader.Read(string.Format(Novel, prose), "n.txt", new DiagnosticBag()).Blocks.OfType<Paragraph>().First().Content;

    [Fact]
    public void Gutenberg_underscores_in_a_novel_are_emphasis()
    {
        var content = FirstParagraph("\"_You_ want to tell me, and I have _no_ objection.\"");
        Assert.Equal(5, content.Count);
        Assert.Equal("You", PlainText.Of(Assert.IsType<Emphasis>(content[1]).Content));
        Assert.Equal("\u201CYou want to tell me, and I have no objection.\u201D", PlainText.Of(content));
    }

    [Theory]
    [InlineData("a snake_case_name stays")]
    [InlineData("a lone _ underscore stays")]
    [InlineData("an _unclosed one stays")]
    public void Other_underscores_stay_text(string prose) =>
        Assert.Equal(prose, Assert.IsType<Publish.Model.Text>(Assert.Single(FirstParagraph(prose))).Value);

    [Fact]
    public void Articles_keep_underscores_as_written()
    {
        var document = PlainTextArticleReader.Read("Title\n\nThe _old_ bridge closes.\n", "a.txt", new DiagnosticBag());
        Assert.Equal("The _old_ bridge closes.", PlainText.Of(((Paragraph)Assert.Single(document.Blocks)).Content));
    }
}
