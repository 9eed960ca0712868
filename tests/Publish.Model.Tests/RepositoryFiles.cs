namespace Publish.Model.Tests;

/// <summary>The checkout these tests were built from, found by walking up to the solution file.</summary>
internal static class RepositoryFiles
{
    public static string? Root { get; } = FindRoot();

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Publish.sln")) && Directory.Exists(Path.Combine(dir.FullName, "src"))) return dir.FullName;
        return null;
    }

    /// <summary>The checkout's root; the test is skipped when the binaries run outside one.</summary>
    public static string RequireRoot()
    {
        Assert.SkipWhen(Root is null, "the tests run outside a checkout of the repository (no Publish.sln above them)");
        return Root!;
    }
}
