using Publish.Model;

namespace Publish.Styling.Tests;

/// <summary>The repository's shipped styles/ folder, and scratch folders of theme files for one test.</summary>
internal sealed class ThemeFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("publish-themes-").FullName;
    public DiagnosticBag Diagnostics { get; } = new();

    public static string Shipped
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var styles = System.IO.Path.Combine(dir.FullName, "styles");
                if (File.Exists(System.IO.Path.Combine(styles, "book.yaml"))) return styles;
            }
            throw new InvalidOperationException("no styles/book.yaml above " + AppContext.BaseDirectory);
        }
    }

    public ThemeFolder With(string name, string yaml)
    {
        var file = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, yaml.ReplaceLineEndings("\n"));
        return this;
    }

    public Theme? Load(string name) => ThemeLoader.Load(name, Path, Diagnostics);

    public string FileOf(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>The one error reported, as the CLI prints it.</summary>
    public Diagnostic SingleError() => Assert.Single(Diagnostics.Items, d => d.Severity == Severity.Error);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
