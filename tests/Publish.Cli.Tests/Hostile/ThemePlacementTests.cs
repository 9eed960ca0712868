namespace Publish.Cli.Tests.Hostile;

/// <summary>Issue #21, themes where users put them: beside book.yaml, in the project's styles/, or from init.</summary>
public class ThemePlacementTests
{
    private static TempProject Book(string theme)
    {
        var project = new TempProject("book");
        project.Write("book/book.yaml", $"title: T\ntheme: {theme}\nchapters:\n  - a.md\n");
        project.Write("book/a.md", "# A\n\nText.\n");
        return project;
    }

    private static BuildResult Build(TempProject project) => Publisher.Build(new BuildOptions
    {
        Input = project.Path("book"), OutputDirectory = project.Out, Formats = OutputFormat.Html | OutputFormat.Pdf, Timestamp = DateTimeOffset.UnixEpoch,
    });

    [Fact]
    public void A_theme_beside_book_yaml_that_extends_book_extends_the_built_in_theme_not_the_manifest()
    {
        using var project = Book("mine.yaml");
        project.Write("book/mine.yaml", "extends: book\nbody: { size: 12pt }\n");
        var result = Build(project);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void A_project_styles_folder_adds_themes_and_the_built_in_ones_stay()
    {
        using var project = Book("house");
        project.Write("book/styles/house.yaml", "extends: book\ntoc: { title: Inhalt }\n");
        Assert.True(Build(project).Succeeded);

        project.Write("book/book.yaml", "title: T\ntheme: book\nchapters:\n  - a.md\n");
        var result = Build(project);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void An_unknown_theme_name_lists_the_project_and_the_built_in_themes()
    {
        using var project = Book("hose");
        project.Write("book/styles/house.yaml", "extends: book\n");
        var error = Assert.Single(Build(project).Diagnostics);
        Assert.Equal("PUB0301", error.Code);
        Assert.Contains("house", error.Message);
        Assert.Contains("large-print", error.Message);
    }

    [Fact]
    public void Init_with_a_theme_file_writes_a_book_with_its_own_theme_that_builds_at_once()
    {
        using var project = new TempProject("root");
        var book = project.Path("novel");
        var init = Cli.Run("init", book, "--theme-file");
        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.True(File.Exists(Path.Combine(book, "theme.yaml")));
        Assert.Contains("theme: theme.yaml", File.ReadAllText(Path.Combine(book, "book.yaml")));
        var run = Cli.Build(book, project.Out, "-f", "html,pdf", "--strict");
        Assert.True(run.ExitCode == 0, run.ToString());
    }
}
