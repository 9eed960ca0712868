using System.Security.Cryptography;

namespace Publish.Epub.Tests;

/// <summary>
/// Real inputs through the whole pipeline (reader → resources → EPUB writer), then epubcheck:
/// the bar is nothing to report — no fatals, errors or warnings.
/// </summary>
public class PipelineEpubCheckTests
{
    private static readonly DateTimeOffset Fixed = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string> Inputs() => new()
    {
        // corpus path, the name it is built under (Markdown files given as .txt need a .md name)
        { "books/pride-and-prejudice.md", "pride-and-prejudice.md" },
        { "markdown/pandoc-MANUAL.txt", "pandoc-MANUAL.md" },
        { "markdown/pandoc-testsuite.txt", "pandoc-testsuite.md" },
        { "articles/000_dc67907f365b14cf.txt", "belarus-coup.txt" },
    };

    private static string BuildEpub(string corpusPath, string name, string folder)
    {
        Corpus.SkipUnlessPresent();
        var input = Path.Combine(folder, name);
        File.Copy(Corpus.File(corpusPath)!, input, overwrite: true);
        var result = Publisher.Build(new BuildOptions { Input = input, OutputDirectory = folder, Formats = OutputFormat.Epub, Timestamp = Fixed });
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return Assert.Single(result.Outputs);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Epubcheck_reports_nothing(string corpusPath, string name)
    {
        EpubCheck.SkipUnlessAvailable();
        var folder = Directory.CreateTempSubdirectory("publish-epubcheck-").FullName;
        try
        {
            Assert.Empty(EpubCheck.Run(BuildEpub(corpusPath, name, folder)));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void Sample_book_passes_epubcheck()
    {
        EpubCheck.SkipUnlessAvailable();
        var repoBook = FindRepoFolder("content/sample-book");
        Assert.SkipWhen(repoBook is null, "content/sample-book is not in this checkout yet");
        var folder = Directory.CreateTempSubdirectory("publish-epubcheck-").FullName;
        try
        {
            var result = Publisher.Build(new BuildOptions { Input = repoBook!, OutputDirectory = folder, Formats = OutputFormat.Epub, Timestamp = Fixed });
            Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
            Assert.Empty(EpubCheck.Run(Assert.Single(result.Outputs)));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void Two_pipeline_builds_are_byte_identical()
    {
        var a = Directory.CreateTempSubdirectory("publish-repro-").FullName;
        var b = Directory.CreateTempSubdirectory("publish-repro-").FullName;
        try
        {
            var first = File.ReadAllBytes(BuildEpub("markdown/pandoc-testsuite.txt", "testsuite.md", a));
            var second = File.ReadAllBytes(BuildEpub("markdown/pandoc-testsuite.txt", "testsuite.md", b));
            Assert.Equal(SHA256.HashData(first), SHA256.HashData(second));
        }
        finally { Directory.Delete(a, true); Directory.Delete(b, true); }
    }

    private static string? FindRepoFolder(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
