namespace Publish.Cli.Tests;

/// <summary>The repository the tests run from: the folder holding <c>Publish.sln</c>.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Publish.sln"))) return dir.FullName;
        throw new InvalidOperationException("the tests run outside the repository: no Publish.sln above " + AppContext.BaseDirectory);
    }
}
