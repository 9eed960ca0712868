using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Publish.Cli.Tests;

/// <summary>
/// The article-extraction benchmark's dev half (shared/corpus/web/dev): every saved page builds,
/// and the body text of the HTML output (outside header, nav and footer) matches the hand-made
/// truth with 4-shingle F1 ≥ 0.97, the benchmark's own metric (bench/web-f1.py is the same as a script).
/// </summary>
public sealed partial class WebExtractionBenchmarkTests
{
    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    [Fact]
    public void Dev_pages_build_and_their_article_text_scores_F1_at_least_0_97()
    {
        var folder = Corpus.File("web/dev");
        Assert.SkipUnless(Directory.Exists(folder), "the benchmark pages (shared/corpus/web/dev) are not present");
        var output = Directory.CreateTempSubdirectory("publish-web-").FullName;
        try
        {
            var (precisions, recalls) = (new List<double>(), new List<double>());
            foreach (var truthPath in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                var page = Path.ChangeExtension(truthPath, ".html");
                var result = Publisher.Build(new BuildOptions { Input = page, OutputDirectory = output, Formats = OutputFormat.Html });
                Assert.True(result.Succeeded, $"{page} did not build: {string.Join("; ", result.Diagnostics)}");
                var truth = JsonDocument.Parse(File.ReadAllText(truthPath)).RootElement.GetProperty("articleBody").GetString() ?? "";
                var built = BodyText(File.ReadAllText(Path.Combine(output, Path.GetFileNameWithoutExtension(page) + ".html")));
                var (tp, fp, fn) = Match(Shingles(truth), Shingles(built));
                precisions.Add(fp == 0 && fn == 0 ? 1 : tp + fp == 0 ? 0 : tp / (tp + fp));
                recalls.Add(fp == 0 && fn == 0 ? 1 : tp + fn == 0 ? 0 : tp / (tp + fn));
            }
            var (p, r) = (precisions.Average(), recalls.Average());
            var f1 = 2 * p * r / (p + r);
            Assert.True(f1 >= 0.97, $"F1 {f1:F4} (precision {p:F4}, recall {r:F4}) over {precisions.Count} pages");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>The text a reader sees in the body, without the title block (header) and any nav or footer.</summary>
    private static string BodyText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var chrome in document.QuerySelectorAll("header, nav, footer, style, script").ToList()) chrome.Remove();
        var parts = new List<string>();
        Collect(document.Body!, parts);
        return string.Join("", parts);
    }

    private static void Collect(INode node, List<string> parts)
    {
        if (node is IText text) { parts.Add(text.Data); return; }
        foreach (var child in node.ChildNodes) Collect(child, parts);
        if (node is IElement) parts.Add("\n");
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var words = Word().Matches(text).Select(m => m.Value).ToArray();
        var counts = new Dictionary<string, int>();
        if (words.Length < 4) return new() { [string.Join(' ', words)] = 1 };
        for (var i = 0; i + 4 <= words.Length; i++)
        {
            var key = string.Join(' ', words, i, 4);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    /// <summary>Multiset intersection and differences, each divided by their sum, as the benchmark counts them.</summary>
    private static (double Tp, double Fp, double Fn) Match(Dictionary<string, int> truth, Dictionary<string, int> predicted)
    {
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, n) in predicted) { var shared = Math.Min(n, truth.GetValueOrDefault(key)); tp += shared; fp += n - shared; }
        foreach (var (key, n) in truth) fn += Math.Max(0, n - predicted.GetValueOrDefault(key));
        var total = Math.Max(1, tp + fp + fn);
        return (tp / total, fp / total, fn / total);
    }
}
