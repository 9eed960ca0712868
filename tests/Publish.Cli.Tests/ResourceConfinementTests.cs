using Publish.Model;

namespace Publish.Cli.Tests;

/// <summary>Images resolve only inside the project (or the theme's folder), after resolving symlinks; nothing is fetched.</summary>
public class ResourceConfinementTests
{
    private static (Document Document, DiagnosticBag Diagnostics) Resolve(TempProject project, string source, params string[] extraRoots)
    {
        var file = project.Write("doc.md", $"![alt text]({source})");
        var image = new Image(source, "alt text") { Span = new SourceSpan(file, 1, 1) };
        var document = new Document(Metadata.Empty, [new Paragraph([image]) { Span = new SourceSpan(file, 1, 1) }]) { SourcePath = file };
        var diagnostics = new DiagnosticBag();
        return (ResourceResolver.Resolve(document, file, diagnostics, extraRoots), diagnostics);
    }

    private static IReadOnlyList<Inline> Content(Document document) => ((Paragraph)document.Blocks[0]).Content;

    [Fact]
    public void An_image_inside_the_folder_becomes_a_content_keyed_resource()
    {
        using var project = new TempProject();
        project.Write("images/a.png", Images.Png);
        var (document, diagnostics) = Resolve(project, "images/a.png");
        Assert.Empty(diagnostics.Items);
        var image = Assert.IsType<Image>(Assert.Single(Content(document)));
        Assert.Matches(@"^images/[0-9a-f]{16}\.png$", image.Source);
        Assert.Equal(16, document.Resources[image.Source].PixelWidth);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/../../../etc/passwd")]
    [InlineData("file:///etc/passwd")]
    [InlineData("images/../../../../../../etc/hostname")]
    public void A_path_leaving_the_project_is_refused_and_nothing_is_read(string source)
    {
        using var project = new TempProject();
        var (document, diagnostics) = Resolve(project, source);
        var d = Assert.Single(diagnostics.Items);
        Assert.Equal(("PUB0403", Severity.Error), (d.Code, d.Severity));
        Assert.Empty(document.Resources);
        Assert.Equal("alt text", Assert.IsType<Text>(Assert.Single(Content(document))).Value);
    }

    [Fact]
    public void A_symlink_inside_the_folder_that_points_outside_is_refused()
    {
        using var project = new TempProject();
        using var outside = new TempProject("outside");
        var secret = outside.Write("secret.png", Images.Png);
        File.CreateSymbolicLink(project.Path("images/innocent.png"), secret);
        var (document, diagnostics) = Resolve(project, "images/innocent.png");
        Assert.Equal("PUB0403", Assert.Single(diagnostics.Items).Code);
        Assert.Empty(document.Resources);
    }

    [Fact]
    public void A_symlinked_folder_inside_the_project_that_leads_outside_is_refused()
    {
        using var project = new TempProject();
        using var outside = new TempProject("outside");
        outside.Write("pics/secret.png", Images.Png);
        Directory.CreateSymbolicLink(project.Path("pics"), Path.Combine(outside.Root, "pics"));
        var (_, diagnostics) = Resolve(project, "pics/secret.png");
        Assert.Equal("PUB0403", Assert.Single(diagnostics.Items).Code);
    }

    [Fact]
    public void A_symlink_that_stays_inside_the_project_is_followed()
    {
        using var project = new TempProject();
        var real = project.Write("images/real.png", Images.Png);
        File.CreateSymbolicLink(project.Path("images/alias.png"), real);
        var (document, diagnostics) = Resolve(project, "images/alias.png");
        Assert.Empty(diagnostics.Items);
        Assert.Single(document.Resources);
    }

    [Fact]
    public void The_themes_folder_is_part_of_the_project()
    {
        using var project = new TempProject();
        using var theme = new TempProject("theme");
        var logo = theme.Write("logo.png", Images.Png);
        var (document, diagnostics) = Resolve(project, logo, theme.Root);
        Assert.Empty(diagnostics.Items);
        Assert.Single(document.Resources);
    }

    [Theory]
    [InlineData("https://example.com/cat.png")]
    [InlineData("http://127.0.0.1:1/x.png")]
    [InlineData("ftp://example.com/x.png")]
    public void A_remote_image_is_never_fetched_and_its_alt_text_stands_in(string source)
    {
        using var project = new TempProject();
        var (document, diagnostics) = Resolve(project, source);
        var d = Assert.Single(diagnostics.Items);
        Assert.Equal(("PUB0401", Severity.Warning), (d.Code, d.Severity));
        Assert.Equal("alt text", Assert.IsType<Text>(Assert.Single(Content(document))).Value);
    }

    [Fact]
    public void A_missing_image_is_a_warning_and_its_alt_text_stands_in()
    {
        using var project = new TempProject();
        var (document, diagnostics) = Resolve(project, "images/nowhere.png");
        Assert.Equal(("PUB0402", Severity.Warning), (diagnostics.Items[0].Code, diagnostics.Items[0].Severity));
        Assert.IsType<Text>(Assert.Single(Content(document)));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("text")]
    [InlineData("empty")]
    public void A_corrupt_image_is_left_out_with_a_warning(string kind)
    {
        using var project = new TempProject();
        project.Write("bad.png", kind switch
        {
            "truncated" => Images.TruncatedPng,
            "text" => "not an image at all"u8.ToArray(),
            _ => [],
        });
        var (document, diagnostics) = Resolve(project, "bad.png");
        Assert.Equal("PUB0405", Assert.Single(diagnostics.Items).Code);
        Assert.Empty(document.Resources);
    }

    [Fact]
    public void A_cycle_of_symlinks_ends_in_a_diagnostic_not_a_stack_overflow()
    {
        using var project = new TempProject();
        File.CreateSymbolicLink(project.Path("a.png"), project.Path("b.png"));
        File.CreateSymbolicLink(project.Path("b.png"), project.Path("a.png"));
        var (_, diagnostics) = Resolve(project, "a.png");
        Assert.NotEmpty(diagnostics.Items);
    }
}
