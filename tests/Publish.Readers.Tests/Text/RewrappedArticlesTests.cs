using System.Text.Json;
using Publish.Model;
using Publish.Readers.Text;

namespace Publish.Readers.Tests.Text;

/// <summary>
/// The dev truths re-laid out at other widths and in every style: the reader must not depend on
/// the widths the dev files happen to use.
/// </summary>
public class RewrappedArticlesTests(ITestOutputHelper output)
{
    private sealed record Truth(string Title, List<string> Paragraphs);

    [Theory]
    [InlineData("spaced", 58)]
    [InlineData("spaced", 72)]
    [InlineData("spaced", 80)]
    [InlineData("blocks", 66)]
    [InlineData("oneline", 0)]
    public void Every_dev_truth_reads_back_at_other_widths(string style, int width)
    {
        Assert.SkipUnless(Corpus.Root is not null, "the shared corpus is not next to the repository");
        var total = ParagraphScore.Zero;
        var wordsKept = 0;
        var files = Directory.GetFiles(Corpus.Path("articles", "dev"), "*.json").Order(StringComparer.Ordinal).ToList();
        foreach (var json in files)
        {
            var truth = JsonSerializer.Deserialize<Truth>(File.ReadAllText(json), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
            var text = style switch
            {
                "spaced" => "top of page\n\n" + TextSamples.Spaced(truth.Title, width, [.. truth.Paragraphs]) + "\n\n\nbottom of page\n",
                "blocks" => TextSamples.Blocks(truth.Title.ToUpperInvariant(), width, [.. truth.Paragraphs]),
                _ => string.Join("\n\n", [truth.Title, .. truth.Paragraphs]),
            };
            var document = PlainTextArticleReader.Read(text, json, new DiagnosticBag());
            var paragraphs = document.Blocks.Select(b => b switch { Paragraph p => PlainText.Of(p.Content), Heading h => PlainText.Of(h.Content), _ => "" })
                .Select(SmartPunctuation.ToTypewriter).ToList();
            total += ParagraphScore.Of(paragraphs, truth.Paragraphs);
            if (paragraphs.SelectMany(ParagraphScore.Words).SequenceEqual(truth.Paragraphs.SelectMany(ParagraphScore.Words))) wordsKept++;
        }
        output.WriteLine($"{style} {width}: words kept {wordsKept}/{files.Count}, breaks {total}");
        Assert.Equal(files.Count, wordsKept);
        Assert.True(total.F1 >= 0.95, $"{style} {width}: {total}");
    }
}
