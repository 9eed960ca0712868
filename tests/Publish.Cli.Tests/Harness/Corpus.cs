namespace Publish.Cli.Tests;

/// <summary>The shared corpus, found by walking up from the test binaries to the folder holding <c>shared/</c>.</summary>
public static class Corpus
{
    public static string Folder { get; } = Find();

    public static string File(string relative) => Path.Combine(Folder, relative);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("shared/corpus not found above " + AppContext.BaseDirectory);
    }
}
