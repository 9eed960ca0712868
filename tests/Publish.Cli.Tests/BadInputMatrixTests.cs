using System.Text;

namespace Publish.Cli.Tests;

/// <summary>
/// Issue 8's bad-input matrix, through the real command line in-process: whatever the input, the
/// answer is a diagnostic with a code and an exit code — never a stack trace or a hang.
/// </summary>
public class BadInputMatrixTests
{
    private static CliRun Build(TempProject project, string input, params string[] more) =>
        Cli.Build(project.Path(input), project.Out, more.Contains("-f") ? more : ["-f", "html", .. more]);

    private static void AssertNoStackTrace(CliRun run) => Assert.DoesNotContain("   at ", run.Error);

    [Fact]
    public void Empty_file_warns_and_builds()
    {
        using var project = new TempProject();
        project.Write("empty.md", "");
        var run = Build(project, "empty.md");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("warning", run.Single("PUB0005").Severity);
        Assert.Equal(1, Build(project, "empty.md", "--strict").ExitCode);
    }

    [Fact]
    public void Binary_bytes_are_an_error()
    {
        using var project = new TempProject();
        project.Write("photo.md", Images.Png);
        var run = Build(project, "photo.md");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error", run.Single("PUB0004").Severity);
        Assert.False(File.Exists(project.Path("out/photo.html")));
    }

    [Fact]
    public void Invalid_utf8_reports_the_offset_and_builds_with_replacement_characters()
    {
        using var project = new TempProject();
        project.Write("latin1.md", [.. "# Caf"u8, 0xE9, .. "\n\nna"u8, 0xEF, .. "ve\n"u8]);
        var run = Build(project, "latin1.md");
        Assert.Equal(0, run.ExitCode);
        var d = run.Diagnostics.First(d => d.Code == "PUB0003");
        Assert.Contains("offset 5", d.Message);
        Assert.Contains("Caf\uFFFD", File.ReadAllText(project.Path("out/latin1.html")));
    }

    [Fact]
    public void Twenty_thousand_nested_block_quotes_are_limited_with_a_warning()
    {
        using var project = new TempProject();
        project.Write("deep.md", new string('>', 20_000) + " deep\n");
        var run = Build(project, "deep.md", "-f", "html,epub");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("PUB0202", run.Codes);
    }

    [Fact]
    public void Three_thousand_nested_lists_are_limited_with_a_warning()
    {
        using var project = new TempProject();
        var text = new StringBuilder();
        for (var i = 0; i < 3_000; i++) text.Append(' ', i * 2).Append("- item ").Append(i).Append('\n');
        project.Write("lists.md", text.ToString());
        var run = Build(project, "lists.md", "-f", "html,epub");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("PUB0202", run.Codes);
    }

    [Fact]
    public void A_ten_megabyte_source_builds()
    {
        using var project = new TempProject();
        var novel = File.ReadAllText(Corpus.File("books/pride-and-prejudice.md"));
        var text = new StringBuilder();
        while (text.Length < 10_000_000) text.Append(novel).Append("\n\n");
        project.Write("huge.md", text.ToString());
        var run = Build(project, "huge.md", "-f", "html,epub");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(new FileInfo(project.Path("out/huge.epub")).Length > 1_000_000);
    }

    [Fact]
    public void A_missing_image_warns_and_the_alt_text_stands_in()
    {
        using var project = new TempProject();
        project.Write("doc.md", "# Doc\n\nSee ![the missing map](maps/none.png).\n");
        var run = Build(project, "doc.md");
        Assert.Equal(0, run.ExitCode);
        var d = run.Single("PUB0402");
        Assert.Equal((project.Path("doc.md"), 3), (d.File, d.Line));
        Assert.Contains("the missing map", File.ReadAllText(project.Path("out/doc.html")));
    }

    [Fact]
    public void A_corrupt_image_warns_and_is_left_out()
    {
        using var project = new TempProject();
        project.Write("broken.png", Images.TruncatedPng);
        project.Write("doc.md", "# Doc\n\n![broken](broken.png)\n");
        var run = Build(project, "doc.md", "-f", "html,epub");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("PUB0405", run.Codes);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/../../etc/passwd")] // "/" is the project's root: climbing above it is refused too
    public void An_image_path_escaping_the_folder_is_refused_and_nothing_is_written(string path)
    {
        using var project = new TempProject();
        project.Write("doc.md", $"# Doc\n\n![secret]({path})\n");
        var run = Build(project, "doc.md", "-f", "html,epub");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error", run.Single("PUB0403").Severity);
        Assert.False(Directory.Exists(project.Out) && Directory.EnumerateFiles(project.Out).Any());
    }

    [Fact]
    public void A_symlink_pointing_outside_the_folder_is_refused()
    {
        using var project = new TempProject();
        using var outside = new TempProject("outside");
        File.CreateSymbolicLink(project.Path("logo.png"), outside.Write("secret.png", Images.Png));
        project.Write("doc.md", "# Doc\n\n![logo](logo.png)\n");
        var run = Build(project, "doc.md");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PUB0403", run.Codes);
    }

    [Fact]
    public void A_remote_image_is_not_fetched_and_its_alt_text_is_used()
    {
        using var project = new TempProject();
        project.Write("doc.md", "# Doc\n\n![a remote cat](https://example.invalid/cat.png)\n");
        var run = Build(project, "doc.md");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("warning", run.Single("PUB0401").Severity);
        var html = File.ReadAllText(project.Path("out/doc.html"));
        Assert.Contains("a remote cat", html);
        Assert.DoesNotContain("example.invalid", html);
    }

    [Fact]
    public void Malformed_front_matter_is_an_error_at_its_line()
    {
        using var project = new TempProject();
        project.Write("doc.md", "---\ntitle: Fine\nauthor: [unclosed\n---\n\n# Doc\n");
        var run = Build(project, "doc.md");
        Assert.Equal(1, run.ExitCode);
        var d = run.Diagnostics.First(d => d.Code == "PUB0101");
        Assert.InRange(d.Line, 3, 4);
    }

    [Fact]
    public void Malformed_book_yaml_is_an_error_at_its_line()
    {
        using var project = new TempProject();
        project.Write("book/book.yaml", "title: Book\nchapters:\n  - one.md\n  bad: [\n");
        project.Write("book/one.md", "# One\n");
        var run = Build(project, "book");
        Assert.Equal(1, run.ExitCode);
        var d = run.Diagnostics.First(d => d.Code == "PUB0101");
        Assert.EndsWith("book.yaml", d.File);
        Assert.InRange(d.Line, 3, 5);
    }

    [Fact]
    public void A_book_listing_a_missing_chapter_is_an_error_naming_it()
    {
        using var project = new TempProject();
        project.Write("book/book.yaml", "title: Book\nchapters:\n  - one.md\n  - two.md\n");
        project.Write("book/one.md", "# One\n");
        var run = Build(project, "book");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("two.md", run.Single("PUB0104").Message);
    }

    [Fact]
    public void Duplicate_heading_ids_are_made_unique_with_a_warning()
    {
        using var project = new TempProject();
        project.Write("doc.md", "# Intro {#same}\n\nA.\n\n# Again {#same}\n\nB.\n");
        var run = Build(project, "doc.md", "-f", "html,epub");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Code is "PUB0201" or "PUB0702");
    }

    [Fact]
    public void A_broken_internal_link_warns_naming_the_link_and_fails_under_strict()
    {
        using var project = new TempProject();
        project.Write("doc.md", "# Intro\n\nSee [the end](#the-end).\n");
        var run = Build(project, "doc.md");
        Assert.Equal(0, run.ExitCode);
        var d = run.Single("PUB0701");
        Assert.Contains("#the-end", d.Message);
        Assert.Equal(3, d.Line);
        Assert.Equal(1, Build(project, "doc.md", "--strict").ExitCode);
    }

    [Fact]
    public void An_unknown_theme_is_an_error()
    {
        using var project = new TempProject();
        project.Write("doc.md", "# Doc\n");
        var run = Build(project, "doc.md", "--theme", "no-such-theme");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PUB0301", run.Codes);
    }

    [Fact]
    public void A_file_in_place_of_the_output_folder_is_a_clean_error()
    {
        using var project = new TempProject();
        project.Write("doc.md", "# Doc\n");
        project.Write("out", "I am a file");
        var run = Build(project, "doc.md");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(project.Out, run.Single("PUB0901").File);
        AssertNoStackTrace(run);
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_is_a_clean_error()
    {
        using var project = new TempProject();
        project.Write("doc.md", "# Doc\n");
        // /proc refuses new entries even to root, unlike a chmod-ed folder.
        var run = Cli.Build(project.Path("doc.md"), "/proc/publish-output", "-f", "html");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Codes, c => c is "PUB0901" or "PUB0902");
        AssertNoStackTrace(run);
    }

    [Fact]
    public void An_existing_output_survives_a_failed_build_byte_for_byte()
    {
        using var project = new TempProject();
        project.Write("doc.md", "# Doc\n\nGood.\n");
        Assert.Equal(0, Build(project, "doc.md").ExitCode);
        var before = File.ReadAllBytes(project.Path("out/doc.html"));
        project.Write("doc.md", [0, 1, 2, 3, 0]);
        Assert.Equal(1, Build(project, "doc.md").ExitCode);
        Assert.Equal(before, File.ReadAllBytes(project.Path("out/doc.html")));
        Assert.Single(Directory.GetFiles(project.Out));
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        using var project = new TempProject();
        var run = Cli.Run("build", project.Write("doc.md", "# Doc\n"), "--colour");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown option '--colour'", run.Error);
    }
}
