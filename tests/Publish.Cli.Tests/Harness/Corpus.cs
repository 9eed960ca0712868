namespace Publish.Cli.Tests;

/// <summary>The shared corpus, found by walking up from the test binaries to the folder holding <c>shared/</c>.</summary>
public static class Corpus
{
    private static readonly string? s_folder = Find();

    /// <summary>The corpus folder, or null when it is not beside the repository.</summary>
    public static string? Folder => s_folder;

    /// <summary>A corpus file's path; a test that asks for one is skipped when the corpus is not beside the repository.</summary>
    public static string File(string relative)
    {
        Assert.SkipUnless(s_folder is not null, "the shared corpus (../shared/corpus) is not present");
        return Path.Combine(s_folder!, relative);
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
