using System.IO.Compression;

namespace Publish.Cli.Tests;

/// <summary>Images kept inside raw HTML elements are resources like any other.</summary>
public class RawHtmlResourceTests
{
    [Fact]
    public void An_image_inside_html_elements_is_embedded()
    {
        using var project = new TempProject();
        var source = project.Write("a.md", "# T\n\n<aside>\n<p>See <abbr title=\"x\"><img src=\"sun.png\" alt=\"sun\"></abbr> here.</p>\n</aside>\n");
        project.Write("sun.png", Images.Png);

        var result = Publisher.Build(new BuildOptions { Input = source, OutputDirectory = project.Out, Formats = OutputFormat.Epub });

        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("PUB04", StringComparison.Ordinal) || d.Code == "PUB1004");
        using var epub = ZipFile.OpenRead(result.Outputs.Single());
        Assert.Contains(epub.Entries, e => e.FullName.StartsWith("EPUB/images/", StringComparison.Ordinal) && e.FullName.EndsWith(".png", StringComparison.Ordinal));
    }
}
