using Publish.Model;
using SkiaSharp;

namespace Publish.Cli.Tests;

/// <summary>
/// Where images may come from besides a relative path: "/images/x.png" (the project's root, as a
/// site generator means it), data: URIs, WebP and SVG files; and what a build with a missing
/// image still makes.
/// </summary>
public class ImageSourceTests
{
    private static (Document Document, DiagnosticBag Diagnostics) Resolve(TempProject project, string citing, string source)
    {
        var file = project.Write(citing, $"![alt text]({source})");
        var image = new Image(source, "alt text") { Span = new SourceSpan(file, 1, 1) };
        var document = new Document(Metadata.Empty, [new Paragraph([image]) { Span = new SourceSpan(file, 1, 1) }]) { SourcePath = file };
        var diagnostics = new DiagnosticBag();
        return (ResourceResolver.Resolve(document, project.Root, diagnostics), diagnostics);
    }

    private static Resource SingleResource(Document document) => Assert.Single(document.Resources).Value;

    [Fact]
    public void A_path_from_the_root_resolves_against_the_project_folder_not_the_citing_file()
    {
        using var project = new TempProject();
        project.Write("images/a.png", Images.Png);
        var (document, diagnostics) = Resolve(project, "chapters/one.md", "/images/a.png");
        Assert.Empty(diagnostics.Items);
        Assert.Equal(16, SingleResource(document).PixelWidth);
    }

    [Fact]
    public void A_path_from_the_root_that_is_not_there_is_a_warning_and_the_alt_text_stays()
    {
        using var project = new TempProject();
        var (document, diagnostics) = Resolve(project, "one.md", "/etc/passwd");
        var d = Assert.Single(diagnostics.Items);
        Assert.Equal(("PUB0402", Severity.Warning), (d.Code, d.Severity));
        Assert.Contains("project's root", d.Hint);
        Assert.Empty(document.Resources);
    }

    [Fact]
    public void A_data_uri_png_becomes_a_resource()
    {
        using var project = new TempProject();
        var (document, diagnostics) = Resolve(project, "one.md", "data:image/png;base64," + Convert.ToBase64String(Images.Png));
        Assert.Empty(diagnostics.Items);
        Assert.Equal(("image/png", 16, 8), (SingleResource(document).MediaType, SingleResource(document).PixelWidth, SingleResource(document).PixelHeight));
    }

    [Theory]
    [InlineData("data:text/plain;base64,aGVsbG8=", "text/plain")]
    [InlineData("data:image/png;base64,@@@@", "base64")]
    [InlineData("data:image/png", "','")]
    public void A_data_uri_that_is_no_usable_image_is_a_warning(string source, string reason)
    {
        using var project = new TempProject();
        var (document, diagnostics) = Resolve(project, "one.md", source);
        var d = Assert.Single(diagnostics.Items);
        Assert.Equal("PUB0430", d.Code);
        Assert.Contains(reason, d.Message);
        Assert.Empty(document.Resources);
    }

    [Fact]
    public void A_data_uri_over_the_limit_is_refused_before_it_is_decoded()
    {
        using var project = new TempProject();
        var huge = "data:image/png;base64," + new string('A', Publish.Images.DataUri.MaxBytes / 3 * 4 + 8);
        var (_, diagnostics) = Resolve(project, "one.md", huge);
        Assert.Contains("larger than", Assert.Single(diagnostics.Items).Message);
    }

    [Fact]
    public void A_webp_image_is_kept_as_png_for_readers_that_do_not_show_webp()
    {
        using var project = new TempProject();
        using var bitmap = new SKBitmap(30, 20);
        bitmap.Erase(SKColors.SteelBlue);
        using var webp = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Webp, 90);
        project.Write("a.webp", webp.ToArray());
        var (document, diagnostics) = Resolve(project, "one.md", "a.webp");
        Assert.Empty(diagnostics.Items);
        var resource = SingleResource(document);
        Assert.Equal(("image/png", 30, 20), (resource.MediaType, resource.PixelWidth, resource.PixelHeight));
        Assert.EndsWith(".png", resource.Key);
    }

    [Fact]
    public void An_svg_is_sanitised_and_measured_and_what_went_is_reported()
    {
        using var project = new TempProject();
        project.Write("a.svg", """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 200 100" onload="alert(1)">
              <script>alert(2)</script>
              <image xlink:href="http://example.com/x.png" width="10" height="10"/>
              <rect width="200" height="100" fill="red" onclick="steal()"/>
            </svg>
            """);
        var (document, diagnostics) = Resolve(project, "one.md", "a.svg");
        var resource = SingleResource(document);
        var svg = System.Text.Encoding.UTF8.GetString(resource.Data);
        Assert.Equal(("image/svg+xml", 200, 100), (resource.MediaType, resource.PixelWidth, resource.PixelHeight));
        Assert.DoesNotContain("script", svg);
        Assert.DoesNotContain("onload", svg);
        Assert.DoesNotContain("onclick", svg);
        Assert.DoesNotContain("example.com", svg);
        Assert.Contains("<rect", svg);
        Assert.Contains(diagnostics.Items, d => d.Code == "PUB0431" && d.Message.Contains("onload"));
        // The image element is left out of the PDF drawing: said too.
        Assert.Contains(diagnostics.Items, d => d.Code == "PUB0432" && d.Message.Contains("embedded images"));
    }

    [Fact]
    public void A_markdown_file_with_a_root_path_and_a_missing_image_builds_with_warnings()
    {
        using var project = new TempProject();
        project.Write("images/a.png", Images.Png);
        var input = project.Write("doc.md", "# Notes\n\nAn icon ![icon](/images/a.png) in the text.\n\n![Gone](images/missing.png) and the text goes on.\n");

        var result = Publisher.Build(new BuildOptions { Input = input, OutputDirectory = project.Out, Formats = OutputFormat.Pdf | OutputFormat.Epub });

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("PUB0402", 5), (warning.Code, warning.Span.Line));
        Assert.Equal(2, result.Outputs.Count);
        Assert.All(result.Outputs, o => Assert.True(new FileInfo(o).Length > 0));
    }
}
