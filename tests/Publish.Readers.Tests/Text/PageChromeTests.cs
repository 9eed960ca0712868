using static Publish.Readers.Tests.Text.TextSamples;

namespace Publish.Readers.Tests.Text;

/// <summary>Page chrome goes, as whole lines only; prose that mentions the same words stays.</summary>
public class PageChromeTests
{
    [Theory]
    [InlineData("top of page")]
    [InlineData("Bottom of page")]
    [InlineData("Skip to content")]
    [InlineData("Share this article")]
    [InlineData("Advertisement")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Continue reading")]
    [InlineData("Media playback is unsupported on your device")]
    public void A_chrome_line_on_its_own_is_dropped(string chrome)
    {
        var (title, outline, _) = Read($"{chrome}\n\nBridge to close\n\n{First}\n\n{chrome}\n\n{Second}\n\n{chrome}\n");
        Assert.Equal("Bridge to close", title);
        Assert.Equal([$"P: {First}", $"P: {Second}"], outline);
    }

    [Fact]
    public void Chrome_between_two_wrapped_lines_does_not_break_the_paragraph()
    {
        var lines = Wrap(Second, 42);
        var text = string.Join("\n\n", ["Bridge to close", lines[0], "Advertisement", .. lines[1..]]);
        Assert.Equal([$"P: {Second}"], Read(text).Outline);
    }

    [Theory]
    [InlineData("Share this article with a friend, the editor urged readers.")]
    [InlineData("Advertisement.")]
    [InlineData("Read more books.")]
    public void Prose_that_mentions_chrome_words_is_kept(string prose)
    {
        var (_, outline, _) = Read($"Bridge to close\n\n{prose}\n\n{First}\n");
        Assert.Equal([$"P: {prose}", $"P: {First}"], outline);
    }

    [Fact]
    public void A_chrome_phrase_inside_a_paragraph_of_lines_is_kept()
    {
        var (_, outline, _) = Read("Title\n\nThe sign over the shop said\nAdvertisement\nin large red letters.\n");
        Assert.Equal(["P: The sign over the shop said Advertisement in large red letters."], outline);
    }
}
