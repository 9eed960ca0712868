using Publish.Cli.Tests.Pandoc;

namespace Publish.Cli.Tests;

/// <summary>
/// Our Markdown reading against pandoc's on documents nobody here wrote: pandoc's own docs with
/// its markdown reader, documents from the wild with its gfm reader (and ours with --from gfm).
/// Leaf blocks are aligned by kind and normalised text; see <see cref="BlockAgreement"/>.
/// </summary>
public sealed class PandocAgreementTests
{
    /// <summary>Each file must agree this well with pandoc (blocks matched over the larger count).</summary>
    private const double PerFileFloor = 0.95;

    /// <summary>And the files together this well on average.</summary>
    private const double AverageFloor = 0.98;

    public static TheoryData<string, string> Documents => new()
    {
        { "markdown/pandoc-MANUAL.txt", "markdown" },
        { "markdown/pandoc-testsuite.txt", "markdown" },
        { "markdown/pandoc-tables.markdown", "markdown" },
        { "markdown/pandoc-markdown-reader-more.txt", "markdown" },
        { "markdown/real/pyenv-COMMANDS.md", "gfm" },
        { "markdown/real/pyenv-README.md", "gfm" },
        { "markdown/real/rust-releases.md", "gfm" },
        { "markdown/real/node-dns.md", "gfm" },
        { "markdown/real/node-os.md", "gfm" },
        { "markdown/real/node-path.md", "gfm" },
        { "markdown/real/node-tls.md", "gfm" },
        { "markdown/real/node-zlib.md", "gfm" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Each_document_agrees_with_pandoc_block_by_block_and_keeps_every_word(string relative, string from)
    {
        var agreement = Measure(Corpus.File(relative), from);
        TestContext.Current.TestOutputHelper?.WriteLine(agreement.Report(relative));
        Assert.True(agreement.Score >= PerFileFloor, agreement.Report(relative));
        Assert.True(agreement.MissingWords.Count == 0, agreement.Report(relative));
    }

    [Fact]
    public void The_documents_agree_with_pandoc_on_average()
    {
        var scores = Documents.Select(row => Measure(Corpus.File((string)row.Data.Item1), (string)row.Data.Item2)).ToList();
        var average = scores.Average(a => a.Score);
        Assert.True(average >= AverageFloor, $"average agreement {average:0.000}: " + string.Join(", ", scores.Select(s => s.Score.ToString("0.000"))));
    }

    /// <summary>
    /// Further documents, checked the same way: every <c>.md</c> under the folder named by
    /// <c>PUBLISH_PANDOC_HELD_OUT</c> (read with gfm when its path has a <c>gfm</c> or <c>real</c> folder).
    /// </summary>
    [Fact]
    public void Held_out_documents_agree_with_pandoc()
    {
        var folder = Environment.GetEnvironmentVariable("PUBLISH_PANDOC_HELD_OUT");
        Assert.SkipUnless(folder is not null && Directory.Exists(folder), "PUBLISH_PANDOC_HELD_OUT names no folder of held-out documents");
        var files = Directory.EnumerateFiles(folder!, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md") || f.EndsWith(".markdown") || f.EndsWith(".txt")).Order().ToList();
        var reports = files.Select(f => (File: f, Agreement: Measure(f, GfmByPlace(f)))).ToList();
        foreach (var (file, agreement) in reports) TestContext.Current.TestOutputHelper?.WriteLine(agreement.Report(file, 10));
        Assert.All(reports, r => Assert.True(r.Agreement.Score >= PerFileFloor && r.Agreement.MissingWords.Count == 0, r.Agreement.Report(r.File)));
    }

    private static string GfmByPlace(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part is "gfm" or "real") ? "gfm" : "markdown";

    /// <summary>Renders <paramref name="source"/> with pandoc and with us, and compares the two.</summary>
    public static BlockAgreement Measure(string source, string from)
    {
        Assert.SkipUnless(PandocRenderer.Version is not null, "pandoc is not installed (apt-get install pandoc)");
        var theirs = LeafBlocks.Of(PandocRenderer.Html(source, from));
        using var project = new TempProject();
        var run = Cli.Build(source, project.Path("out"), "-f", "html", "--from", from);
        Assert.True(run.ExitCode == 0, run.ToString());
        var html = Directory.EnumerateFiles(project.Path("out"), "*.html").Single();
        var agreement = BlockAgreement.Compare(theirs, LeafBlocks.Of(File.ReadAllText(html)));
        if (Environment.GetEnvironmentVariable("PUBLISH_AGREEMENT_REPORTS") is { } dir)
            File.WriteAllText(Path.Combine(dir, Path.GetFileName(source) + ".txt"), agreement.Report(source, int.MaxValue));
        return agreement;
    }
}
