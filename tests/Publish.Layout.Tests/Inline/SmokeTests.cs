using Publish.Layout.Paged;

namespace Publish.Layout.Tests.Inline;

public class SmokeTests
{
    [Fact]
    public void Prints_a_paragraph()
    {
        var p = Paragraphs.NovelParagraphs()[1];
        var lines = Paragraphs.Set(p, Paragraphs.Book() with { FirstLineIndent = 15.75 });
        foreach (var l in lines) File.AppendAllText("/tmp/smoke.txt", $"{l.Width,8:0.00} {(l.EndsWithHyphen ? "H" : " ")} {Paragraphs.TextOf(l)}\n");
        Assert.NotEmpty(lines);
    }
}
