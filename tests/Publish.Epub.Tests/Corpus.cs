namespace Publish.Epub.Tests;

/// <summary>The shared corpus, found by walking up from the test binaries to the folder holding <c>shared/</c>.</summary>
internal static class Corpus
{
    public static string? Root { get; } = Find();

    public static string? File(string relative) => Root is null ? null : Path.Combine(Root, relative);

    public static void SkipUnlessPresent() => Assert.SkipUnless(Root is not null, "the shared corpus (../shared/corpus) is not present");

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
