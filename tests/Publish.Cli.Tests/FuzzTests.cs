using System.Diagnostics;
using System.Text;

namespace Publish.Cli.Tests;

/// <summary>
/// Throws mutated corpus text and random bytes at the whole pipeline for a time budget
/// (<c>PUBLISH_FUZZ_SECONDS</c>, default 60) and asserts every run ends in outputs or
/// diagnostics: no exception escapes. Seeded: a failure names the seed and keeps the input.
/// </summary>
public class FuzzTests
{
    private static readonly string[] CorpusFiles =
    [
        "markdown/pandoc-MANUAL.txt", "markdown/pandoc-testsuite.txt", "markdown/pandoc-tables.markdown",
        "markdown/pandoc-markdown-reader-more.txt", "books/pride-and-prejudice.md", "articles/000_dc67907f365b14cf.txt",
    ];

    private static readonly string[] Syntax =
    [
        "*", "**", "_", "`", "```\n", "~~~", "[", "]", "](", ")", "![", "(#x)", "> ", "- ", "1. ", "# ", "###### ", "|", "|---|\n",
        "$", "$$", "^[", "[^1]", "[^1]: ", "{#id}", "{.c key=v}", "<div>", "</div>", "<b>", "<script>", "---\n", "\t", "\r", "\r\n",
        "\n\n", "\\", "&amp;", "&#0;", ":", "\u0000", "\uFEFF", "\u202E", "👍", "ﬁ", "\uD800", "    ", "[x](#missing)", "![i](../../etc/passwd)",
        "![r](https://example.invalid/x.png)", "\n: definition\n", "<!-- ", " -->", "title: [", "\n---\ntitle: x\n---\n",
    ];

    [Fact]
    public void Mutated_and_random_inputs_never_throw_out_of_the_pipeline()
    {
        var budget = TimeSpan.FromSeconds(double.TryParse(Environment.GetEnvironmentVariable("PUBLISH_FUZZ_SECONDS"), out var s) ? s : 60);
        var seed = int.TryParse(Environment.GetEnvironmentVariable("PUBLISH_FUZZ_SEED"), out var given) ? given : Environment.TickCount;
        var random = new Random(seed);
        var corpus = CorpusFiles.Select(f => File.ReadAllText(Corpus.File(f))).ToArray();
        using var project = new TempProject("fuzz");
        var formats = OutputFormat.Html | OutputFormat.Epub | OutputFormat.Pdf;
        var clock = Stopwatch.StartNew();
        var runs = 0;
        while (clock.Elapsed < budget)
        {
            var caseSeed = random.Next();
            var (bytes, extension) = Case(new Random(caseSeed), corpus);
            var input = project.Write($"case{extension}", bytes);
            try
            {
                var result = Publisher.Build(new BuildOptions
                {
                    Input = input,
                    OutputDirectory = project.Out,
                    Formats = formats,
                    Timestamp = DateTimeOffset.UnixEpoch,
                });
                Assert.All(result.Outputs, o => Assert.True(File.Exists(o)));
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                var kept = Path.Combine(Path.GetTempPath(), $"publish-fuzz-failure-{caseSeed}{extension}");
                File.WriteAllBytes(kept, bytes);
                Assert.Fail($"run {runs} (PUBLISH_FUZZ_SEED={seed}, case seed {caseSeed}) threw {e.GetType().Name}: {e.Message}\ninput kept at {kept}\n{e.StackTrace}");
            }
            runs++;
        }
        Assert.True(runs > 0);
        TestContext.Current.SendDiagnosticMessage($"fuzz: {runs} runs in {clock.Elapsed.TotalSeconds:0} s, seed {seed}");
    }

    /// <summary>One input: a mutated slice of the corpus (mostly) or plain random bytes.</summary>
    private static (byte[] Bytes, string Extension) Case(Random random, string[] corpus)
    {
        var extension = random.Next(4) == 0 ? ".txt" : ".md";
        if (random.Next(10) == 0)
        {
            var noise = new byte[random.Next(0, 4096)];
            random.NextBytes(noise);
            return (noise, extension);
        }
        var source = corpus[random.Next(corpus.Length)];
        var length = Math.Min(source.Length, random.Next(16, 6000));
        var start = random.Next(0, source.Length - length + 1);
        var text = new StringBuilder(source, start, length, length * 2);
        var mutations = random.Next(1, 40);
        for (var i = 0; i < mutations && text.Length > 0; i++) Mutate(text, random);
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        // Now and then, bytes that are not UTF-8 at all.
        if (random.Next(8) == 0 && bytes.Length > 0)
            for (var i = random.Next(1, 8); i > 0; i--) bytes[random.Next(bytes.Length)] = (byte)random.Next(0x80, 0x100);
        return (bytes, extension);
    }

    private static void Mutate(StringBuilder text, Random random)
    {
        var at = random.Next(text.Length + 1);
        switch (random.Next(6))
        {
            case 0:
            case 1:
                text.Insert(at, Syntax[random.Next(Syntax.Length)]);
                break;
            case 2:
                text.Remove(Math.Min(at, text.Length - 1), Math.Min(random.Next(1, 200), text.Length - Math.Min(at, text.Length - 1)));
                break;
            case 3:
            {
                var from = random.Next(text.Length);
                var piece = text.ToString(from, Math.Min(random.Next(1, 300), text.Length - from));
                text.Insert(at, piece);
                break;
            }
            case 4:
                // Deep nesting: repeat a container marker.
                text.Insert(at, string.Concat(Enumerable.Repeat(random.Next(3) switch { 0 => "> ", 1 => "- ", _ => "[" }, random.Next(10, 500))));
                break;
            default:
                text.Insert(at, (char)random.Next(0, 0x3000));
                break;
        }
    }
}
