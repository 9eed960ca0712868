using Publish.Scaffolding;

namespace Publish.Cli.Tests;

public class InitTests
{
    [Fact]
    public void Init_scaffolds_a_book_with_chapters_an_image_a_theme_and_a_ci_workflow()
    {
        using var project = new TempProject();
        var book = project.Path("my-first-book");
        var run = Cli.Run("init", book);
        Assert.Equal(0, run.ExitCode);
        var manifest = File.ReadAllText(Path.Combine(book, "book.yaml"));
        Assert.Contains("title: \"My First Book\"", manifest);
        Assert.Contains("theme: book", manifest);
        Assert.Contains("chapters/01-beginning.md", manifest);
        Assert.True(File.Exists(Path.Combine(book, "chapters/02-onwards.md")));
        var png = File.ReadAllBytes(Path.Combine(book, "images/harbour.png"));
        Assert.Equal(new ImageInfo("image/png", "png", 240, 120), ImageInfo.Sniff(png));
        var workflow = File.ReadAllText(Path.Combine(book, ".github/workflows/publish.yml"));
        Assert.Contains("shard: [1, 2]", workflow);
        Assert.Contains("--shard ${{ matrix.shard }}/2", workflow);
        Assert.Contains("actions/upload-artifact", workflow);
        Assert.Contains("out/*.pdf", workflow);
        Assert.Contains("out/*.epub", workflow);
        // The tool comes from a package source the workflow names, the way the README installs it.
        Assert.Contains("dotnet tool install --global Publish.Tool --add-source \"$PUBLISH_TOOL_SOURCE\"", workflow);
        Assert.Contains("PUBLISH_TOOL_SOURCE: https://", workflow);
    }

    [Fact]
    public void The_sample_image_is_a_png_that_skia_decodes()
    {
        using var bitmap = SkiaSharp.SKBitmap.Decode(SamplePng.Create());
        Assert.Equal((240, 120), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void Init_never_overwrites_an_existing_folder()
    {
        using var project = new TempProject();
        project.Write("taken/book.yaml", "mine");
        var run = Cli.Run("init", project.Path("taken"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PUB0011", run.Error);
        Assert.Equal("mine", File.ReadAllText(project.Path("taken/book.yaml")));
    }

    [Fact]
    public void The_new_book_builds_at_once_without_warnings()
    {
        using var project = new TempProject();
        var book = project.Path("novel");
        Assert.Equal(0, Cli.Run("init", book).ExitCode);
        var run = Cli.Build(book, project.Out, "-f", "html,epub", "--strict");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(project.Path("out/novel.epub")));
        Assert.Contains("<img", File.ReadAllText(project.Path("out/novel.html")));
    }
}
