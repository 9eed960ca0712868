using System.Text.Json;
using Publish.Model;
using Publish.Readers.Text;

namespace Publish.Readers.Tests.Text;

/// <summary>
/// The 48 real articles of <c>corpus/articles/dev</c> (seed, CRLF seed, Gutenberg and
/// one-line layouts) against their truth: every title right, every word kept in order, and
/// paragraph-break F1 of at least 0.97 over all of them.
/// </summary>
public class DevArticlesTests(ITestOutputHelper output)
{
    private const double F1Floor = 0.97;

    private sealed record Truth(string Title, List<string> Paragraphs, string Style);

    private sealed record Outcome(string Name, string Style, bool TitleRight, bool WordsKept, ParagraphScore Score, string Title);

    [Fact]
    public void Dev_articles_meet_the_title_word_and_paragraph_break_floors()
    {
        Assert.SkipUnless(Corpus.Root is not null, "the shared corpus is not next to the repository");
        var outcomes = Directory.GetFiles(Corpus.Path("articles", "dev"), "*.txt").Order(StringComparer.Ordinal).Select(Measure).ToList();
        Assert.Equal(48, outcomes.Count);

        var total = outcomes.Aggregate(ParagraphScore.Zero, (sum, o) => sum + o.Score);
        foreach (var o in outcomes.Where(o => !o.TitleRight || !o.WordsKept || o.Score.F1 < 1))
            output.WriteLine($"{o.Name,-40} title {(o.TitleRight ? "ok" : $"WRONG ({o.Title})")}, words {(o.WordsKept ? "ok" : "CHANGED")}, {o.Score}");
        foreach (var style in outcomes.GroupBy(o => o.Style))
            output.WriteLine($"{style.Key,-10} {style.Aggregate(ParagraphScore.Zero, (sum, o) => sum + o.Score)}");
        output.WriteLine($"titles right {outcomes.Count(o => o.TitleRight)}/48, words kept {outcomes.Count(o => o.WordsKept)}/48, breaks {total}");

        Assert.All(outcomes, o => Assert.True(o.TitleRight, $"{o.Name}: title {o.Title}"));
        Assert.All(outcomes, o => Assert.True(o.WordsKept, $"{o.Name}: words changed"));
        Assert.True(total.F1 >= F1Floor, $"paragraph-break F1 {total.F1:0.000} < {F1Floor}");
    }

    private static Outcome Measure(string txt)
    {
        var truth = JsonSerializer.Deserialize<Truth>(File.ReadAllText(Path.ChangeExtension(txt, ".json")), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var document = PlainTextArticleReader.Read(File.ReadAllText(txt), txt, new DiagnosticBag());
        // Headings count as paragraphs here: the truth has none, so a false heading costs breaks, not words.
        var paragraphs = document.Blocks
            .Select(b => b switch { Paragraph p => PlainText.Of(p.Content), Heading h => PlainText.Of(h.Content), _ => "" })
            .Select(SmartPunctuation.ToTypewriter).ToList();
        var title = SmartPunctuation.ToTypewriter(document.Metadata.Title ?? "");
        var wordsKept = paragraphs.SelectMany(ParagraphScore.Words).SequenceEqual(truth.Paragraphs.SelectMany(ParagraphScore.Words));
        return new Outcome(Path.GetFileNameWithoutExtension(txt), truth.Style, title == truth.Title, wordsKept,
            ParagraphScore.Of(paragraphs, truth.Paragraphs), title);
    }
}
