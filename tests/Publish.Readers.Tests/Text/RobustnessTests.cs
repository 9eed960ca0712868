using Publish.Model;
using Publish.Readers.Text;

namespace Publish.Readers.Tests.Text;

/// <summary>Bad or odd input gives diagnostics or odd paragraphs, never an exception.</summary>
public class RobustnessTests
{
    // No front matter fences here: YAML robustness is FrontMatter's to test, and this fuzz is for the text reader.
    private static readonly string[] Pieces =
    [
        "", "", "", " ", "\t", "\r", "\u00A0", "top of page", "Advertisement", "CHAPTER I.", "Chapter 2", "[Illustration:", "]",
        "[Illustration]", "*** START OF THE PROJECT GUTENBERG EBOOK X ***", "*** END OF THE PROJECT GUTENBERG EBOOK X ***",
        "...", "--", "co-", "operation.", "\"", "'", "A", "by", "Title: T", "Further Consolidation",
        "The council voted on Monday to close the old bridge.", "and then it was", "ALL CAPS HEADING", "\uFEFF", "\u200B",
        new string('x', 300), "Mr.", "I.", "(", "\u201C", "-", "a-", "-b",
    ];

    [Fact]
    public void Random_mixtures_of_awkward_lines_never_throw()
    {
        var random = new Random(20261125);
        for (var run = 0; run < 2000; run++)
        {
            var lines = Enumerable.Range(0, random.Next(0, 30)).Select(_ => Pieces[random.Next(Pieces.Length)]);
            var text = string.Join(random.Next(3) == 0 ? "\r\n" : "\n", lines);
            var diagnostics = new DiagnosticBag();
            var document = PlainTextArticleReader.Read(text, "fuzz.txt", diagnostics);
            Assert.All(document.Blocks, b => Assert.True(b is Paragraph or Heading));
            Assert.All(document.Blocks, b => Assert.True(b.Span.Line > 0));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("Just a title")]
    [InlineData("top of page\n\nbottom of page")]
    [InlineData("---\n---\n")]
    [InlineData("CHAPTER I.\n\nCHAPTER II.\n")]
    public void Degenerate_inputs_read_to_small_documents(string text)
    {
        var document = PlainTextArticleReader.Read(text, "odd.txt", new DiagnosticBag());
        Assert.True(document.Blocks.Count <= 2);
    }
}
