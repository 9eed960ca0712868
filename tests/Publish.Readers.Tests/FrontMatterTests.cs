using Publish.Model;

namespace Publish.Readers.Tests;

public class FrontMatterTests
{
    private static FrontMatterResult Split(string text, out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return FrontMatter.Split(text, "book.md", diagnostics);
    }

    [Fact]
    public void Text_without_front_matter_is_all_body()
    {
        var result = Split("# Title\n\nText.", out var diagnostics);
        Assert.Equal(Metadata.Empty, result.Metadata);
        Assert.Equal("# Title\n\nText.", result.Body);
        Assert.Equal(1, result.BodyLine);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Every_metadata_key_is_read()
    {
        var result = Split("""
            ---
            title: The Voyage
            subtitle: A Tale
            author:
              - Ann Writer
              - name: Ed Itor
                role: edt
            lang: fr
            date: 2024-05-01
            publisher: Small Press
            rights: CC BY 4.0
            identifier: urn:isbn:9780000000000
            description: A short book.
            keywords: [sea, travel]
            cover-image: images/cover.png
            theme: novel
            ---
            Body starts here.
            """, out var diagnostics);

        Assert.Empty(diagnostics.Items);
        var m = result.Metadata;
        Assert.Equal(("The Voyage", "A Tale", "fr", "2024-05-01"), (m.Title, m.Subtitle, m.Language, m.Date));
        Assert.Equal([new Contributor("Ann Writer"), new Contributor("Ed Itor", "edt")], m.Authors);
        Assert.Equal(("Small Press", "CC BY 4.0", "urn:isbn:9780000000000", "A short book."), (m.Publisher, m.Rights, m.Identifier, m.Description));
        Assert.Equal(["sea", "travel"], m.Subjects);
        Assert.Equal(("images/cover.png", "novel"), (m.CoverImage, m.Theme));
        Assert.Equal("Body starts here.", result.Body);
        Assert.Equal(18, result.BodyLine);
    }

    [Fact]
    public void A_single_author_may_be_a_string()
    {
        var result = Split("---\nauthors: Jane Austen\nlanguage: en-GB\nsubject: novels\n---\n", out _);
        Assert.Equal([new Contributor("Jane Austen")], result.Metadata.Authors);
        Assert.Equal("en-GB", result.Metadata.Language);
        Assert.Equal(["novels"], result.Metadata.Subjects);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_at_its_line()
    {
        Split("---\ntitle: T\ncolour: blue\n---\nText", out var diagnostics);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal((Severity.Warning, "PUB0102"), (warning.Severity, warning.Code));
        Assert.Equal(new SourceSpan("book.md", 3, 1), warning.Span);
        Assert.Contains("colour", warning.Message);
    }

    [Fact]
    public void Malformed_yaml_is_an_error_naming_file_and_line()
    {
        var result = Split("---\ntitle: T\nauthor: [unclosed\nlang: en\n---\nText", out var diagnostics);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((Severity.Error, "PUB0101", "book.md"), (error.Severity, error.Code, error.Span.File));
        Assert.InRange(error.Span.Line, 3, 5);
        Assert.Equal("Text", result.Body);
    }

    [Fact]
    public void A_tab_in_yaml_indentation_is_an_error_at_its_line()
    {
        Split("---\ntitle: T\nauthor:\n\t- A\n---\n", out var diagnostics);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("PUB0101", error.Code);
        Assert.True(error.Span.Line == 4, error.ToString());
    }

    [Theory]
    [InlineData("---\nFoo\n---\nBar\n---\nBaz\n")]
    [InlineData("---\n- a\n- b\n---\nText")]
    public void A_block_that_does_not_start_with_a_key_is_markdown(string text)
    {
        var result = Split(text, out var diagnostics);
        Assert.Equal((text, 1), (result.Body, result.BodyLine));
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_mapping_that_goes_wrong_later_is_still_an_error()
    {
        Split("---\ntitle: T\n- stray\n---\nText", out var diagnostics);
        Assert.Equal(("PUB0101", 3), (Assert.Single(diagnostics.Items).Code, diagnostics.Items[0].Span.Line));
    }

    [Fact]
    public void An_unclosed_block_is_not_front_matter()
    {
        var result = Split("---\nJust a rule above.", out var diagnostics);
        Assert.Equal("---\nJust a rule above.", result.Body);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Body_lines_keep_their_file_line_numbers_in_spans()
    {
        var document = Markdown.MarkdownReader.Read("---\ntitle: T\n---\n\n# Heading", "a.md", new DiagnosticBag());
        Assert.Equal(new SourceSpan("a.md", 5, 1), document.Blocks[0].Span);
    }
}
