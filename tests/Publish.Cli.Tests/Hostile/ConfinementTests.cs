using Publish.Model;

namespace Publish.Cli.Tests.Hostile;

/// <summary>
/// Issue #18, findings 1–3: every file a build opens — chapters, theme, parent theme, theme fonts —
/// is confined to the project (symlinks resolved), and a refusal never prints the refused file.
/// </summary>
public class ConfinementTests
{
    private const string Secret = "SECRET-7f3a-not-for-outputs";

    private static BuildResult Build(TempProject project, string input, OutputFormat formats = OutputFormat.Html | OutputFormat.Epub) =>
        Publisher.Build(new BuildOptions { Input = project.Path(input), OutputDirectory = project.Out, Formats = formats, Timestamp = DateTimeOffset.UnixEpoch });

    private static void AssertNothingLeaked(TempProject project, BuildResult result)
    {
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains(Secret) || (d.Hint ?? "").Contains(Secret));
        if (!Directory.Exists(project.Out)) return;
        foreach (var file in Directory.EnumerateFiles(project.Out, "*", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.DoesNotContain(Secret, System.Text.Encoding.Latin1.GetString(bytes));
            if (file.EndsWith(".epub", StringComparison.Ordinal))
            {
                using var zip = System.IO.Compression.ZipFile.OpenRead(file);
                foreach (var entry in zip.Entries)
                {
                    using var reader = new StreamReader(entry.Open(), System.Text.Encoding.Latin1);
                    Assert.DoesNotContain(Secret, reader.ReadToEnd());
                }
            }
        }
    }

    private static TempProject Book(string extraManifest = "", string chapter = "chapter.md")
    {
        var project = new TempProject("book");
        project.Write("book/book.yaml", $"title: T\n{extraManifest}chapters:\n  - {chapter}\n");
        project.Write("book/chapter.md", "# One\n\nText.\n");
        return project;
    }

    [Fact]
    public void A_theme_font_linked_to_proc_self_environ_is_refused_and_nothing_of_it_reaches_the_epub()
    {
        using var project = Book("theme: mine.yaml\n");
        project.Write("book/mine.yaml", "fonts:\n  files:\n    - { family: Env, file: fonts/env.ttf }\nepub: { embed-fonts: true }\n");
        File.CreateSymbolicLink(project.Path("book/fonts/env.ttf"), "/proc/self/environ");
        var result = Build(project, "book");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("PUB0304", error.Code);
        Assert.Contains("outside the project", error.Message);
        Assert.Empty(result.Outputs);
    }

    [Fact]
    public void A_theme_font_outside_the_project_by_absolute_path_is_refused()
    {
        using var outside = new TempProject("outside");
        var font = outside.Write("secret.ttf", Secret);
        using var project = Book("theme: mine.yaml\n");
        project.Write("book/mine.yaml", $"fonts:\n  files:\n    - {{ family: Env, file: {font} }}\nepub: {{ embed-fonts: true }}\n");
        var result = Build(project, "book");
        Assert.Contains(result.Diagnostics, d => d.Code == "PUB0304" && d.Message.Contains("outside the project"));
        AssertNothingLeaked(project, result);
    }

    [Fact]
    public void A_chapter_that_is_a_symlink_to_a_file_outside_the_book_is_refused()
    {
        using var outside = new TempProject("outside");
        var secret = outside.Write("secret.md", $"# Secret\n\n{Secret}\n");
        using var project = Book(chapter: "linked.md");
        File.CreateSymbolicLink(project.Path("book/linked.md"), secret);
        var result = Build(project, "book");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("PUB0106", 3), (error.Code, error.Span.Line));
        AssertNothingLeaked(project, result);
    }

    [Fact]
    public void A_chapter_inside_a_symlinked_folder_that_leads_outside_is_refused()
    {
        using var outside = new TempProject("outside");
        outside.Write("texts/secret.md", $"# Secret\n\n{Secret}\n");
        using var project = Book(chapter: "texts/secret.md");
        Directory.CreateSymbolicLink(project.Path("book/texts"), Path.Combine(outside.Root, "texts"));
        var result = Build(project, "book");
        Assert.Equal("PUB0106", Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error).Code);
        AssertNothingLeaked(project, result);
    }

    [Fact]
    public void A_chapter_linked_to_dev_zero_is_refused_without_reading_it()
    {
        using var project = Book(chapter: "zero.md");
        File.CreateSymbolicLink(project.Path("book/zero.md"), "/dev/zero");
        var result = Build(project, "book");
        Assert.Equal("PUB0106", Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error).Code);
    }

    [Fact]
    public void A_fifo_chapter_inside_the_book_is_never_opened_so_the_build_does_not_hang()
    {
        using var project = Book(chapter: "pipe.md");
        Assert.SkipUnless(File.Exists("/usr/bin/mkfifo"), "mkfifo is not installed");
        using (var mkfifo = System.Diagnostics.Process.Start("/usr/bin/mkfifo", project.Path("book/pipe.md"))) mkfifo.WaitForExit();
        var result = Build(project, "book");
        // Nothing to read: the chapter is reported as empty (no size), the rest of the build goes on.
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../../../../../../../etc/passwd")]
    public void A_theme_path_leaving_the_project_is_refused_and_the_file_is_never_printed(string theme)
    {
        using var project = Book($"theme: {theme}\n");
        var result = Build(project, "book");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("PUB0360", 2), (error.Code, error.Span.Line));
        Assert.EndsWith("book.yaml", error.Span.File);
        Assert.DoesNotContain("root:", error.Message);
    }

    [Fact]
    public void A_parent_theme_outside_the_project_is_refused()
    {
        using var outside = new TempProject("outside");
        var parent = outside.Write("parent.yaml", $"title-page: {Secret}\n");
        using var project = Book("theme: mine.yaml\n");
        project.Write("book/mine.yaml", $"extends: {parent}\n");
        var result = Build(project, "book");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("PUB0360", error.Code);
        AssertNothingLeaked(project, result);
    }

    [Fact]
    public void A_theme_path_resolves_against_the_book_not_the_working_directory()
    {
        using var project = Book("theme: looks/mine.yaml\n");
        project.Write("book/looks/mine.yaml", "extends: book\nbody: { size: 13pt }\n");
        // The tests run in the bin folder: a path resolved against it would not be found.
        var result = Build(project, "book", OutputFormat.Html);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }
}
