using Publish.Validation;

namespace Publish.Cli.Tests.Accessibility;

/// <summary>DAISY Ace finds no violation in what we build with both formats (skipped when Ace is not installed).</summary>
public class AceTests
{
    public static TheoryData<string> Inputs => ["content:sample-book", "content:belarus-coup.txt", "corpus:books/pride-and-prejudice.md"];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Ace_reports_no_violation(string input)
    {
        Assert.SkipUnless(AceCheck.IsAvailable, "DAISY Ace (ace-puppeteer) or Chromium is not installed; .ci/run installs both");
        var path = input.StartsWith("corpus:", StringComparison.Ordinal)
            ? Corpus.File(input["corpus:".Length..])
            : Path.Combine(RepositoryRoot(), "content", input["content:".Length..]);
        using var project = new TempProject();
        var result = Publisher.Build(new BuildOptions { Input = path, OutputDirectory = project.Out, Formats = OutputFormat.Pdf | OutputFormat.Epub });
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var epub = Directory.GetFiles(project.Out, "*.epub").Single();

        Assert.Empty(AceCheck.Run(epub).Select(d => d.ToString()));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Publish.sln"))) return dir.FullName;
        throw new InvalidOperationException("the repository root (Publish.sln) is not above the test binaries");
    }
}
