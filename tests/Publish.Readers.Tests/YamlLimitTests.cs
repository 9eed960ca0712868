using Publish.Model;

namespace Publish.Readers.Tests;

/// <summary>Front matter within the YAML limits reads as before; past them it is one error where the limit is passed.</summary>
public class YamlLimitTests
{
    private static (Metadata Metadata, DiagnosticBag Diagnostics) Read(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var result = FrontMatter.Split($"---\n{yaml}---\n\nBody.\n", "doc.md", diagnostics);
        return (result.Metadata, diagnostics);
    }

    [Fact]
    public void Nesting_at_the_limit_still_reads()
    {
        var (metadata, diagnostics) = Read("title: T\nx-deep: " + new string('[', 63) + new string(']', 63) + "\n");
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == "PUB0162");
        Assert.Equal("T", metadata.Title);
    }

    [Fact]
    public void Nesting_past_the_limit_is_an_error_at_the_bracket_that_passes_it()
    {
        var (_, diagnostics) = Read("title: " + new string('[', 70) + "\n");
        var error = Assert.Single(diagnostics.Items);
        // The front matter mapping is the first of the 64 levels: the 64th bracket is one too many.
        Assert.Equal(("PUB0162", 2, 8 + 63), (error.Code, error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Aliases_that_stay_small_are_fine()
    {
        var (metadata, diagnostics) = Read("x-name: &n Jane Austen\nauthor: *n\n");
        Assert.DoesNotContain(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal("Jane Austen", Assert.Single(metadata.Authors).Name);
    }

    [Fact]
    public void Metadata_longer_than_a_megabyte_is_refused()
    {
        var (_, diagnostics) = Read("description: " + new string('a', (1 << 20) + 1) + "\n");
        Assert.Equal("PUB0162", Assert.Single(diagnostics.Items).Code);
    }
}
