using static Publish.Readers.Tests.Text.TextSamples;

namespace Publish.Readers.Tests.Text;

/// <summary>Whatever the web or an editor left in the file, the article reads the same.</summary>
public class InputNormalisationTests
{
    private static readonly string Clean = Spaced("Bridge to close", 42, First, Second, Third);

    public static TheoryData<string, string> Variants => new()
    {
        { "CRLF line ends", Clean.Replace("\n", "\r\n") },
        { "CR line ends", Clean.Replace("\n", "\r") },
        { "byte-order mark", "\uFEFF" + Clean },
        { "trailing blanks", Clean.Replace("\n", " \t \n") },
        { "tabs and non-breaking spaces", Clean.Replace("old bridge", "old\tbridge").Replace("four million", "four\u00A0million") },
        { "blank lines holding spaces", Clean.Replace("\n\n", "\n   \n") },
        { "zero-width spaces", Clean.Replace("council", "coun\u200Bcil") },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Reads_like_clean_text(string variant, string text)
    {
        var (title, outline, diagnostics) = Read(text);
        Assert.Equal("Bridge to close", title);
        Assert.Equal(Read(Clean).Outline, outline);
        Assert.True(diagnostics.Items.Count == 0, variant);
    }

    [Fact]
    public void Line_numbers_survive_lone_carriage_returns()
    {
        var document = Publish.Readers.Text.PlainTextArticleReader.Read("Title\r\rFirst line of text.\r", "cr.txt", new());
        Assert.Equal(3, Assert.Single(document.Blocks).Span.Line);
    }
}
