using System.Text;
using Publish.Model;

namespace Publish.Readers.Tests;

/// <summary>Dispatch by input kind, and the bytes-to-text rules every input goes through.</summary>
public class DocumentReaderTests
{
    private static Document Read(string path, out DiagnosticBag diagnostics, SourceFormat format = SourceFormat.Auto)
    {
        diagnostics = new DiagnosticBag();
        return DocumentReader.Read(path, format, diagnostics);
    }

    [Fact]
    public void A_markdown_file_is_read_with_its_path_and_title_from_its_first_heading()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.md", "# The Story\n\nOnce.\n\n## Part Two\n");
        var document = Read(path, out var diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.Equal((path, "The Story"), (document.SourcePath, document.Metadata.Title));
        Assert.Equal(path, document.Blocks[0].Span.File);
        Assert.IsType<Heading>(document.Blocks[0]);
    }

    [Fact]
    public void A_novel_with_chapter_headings_takes_its_title_from_the_file_name()
    {
        using var folder = new TempFolder();
        var document = Read(folder.Write("the-voyage-out.md", "# I\n\nOne.\n\n# II\n\nTwo.\n"), out _);
        Assert.Equal("The Voyage Out", document.Metadata.Title);
    }

    [Fact]
    public void Front_matter_title_wins_over_the_first_heading()
    {
        using var folder = new TempFolder();
        var document = Read(folder.Write("a.md", "---\ntitle: Given\n---\n# Heading\n"), out _);
        Assert.Equal("Given", document.Metadata.Title);
    }

    [Fact]
    public void A_byte_order_mark_is_stripped()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bom.md", [0xEF, 0xBB, 0xBF, .. "---\ntitle: T\n---\nText"u8]);
        var document = Read(path, out var diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.Equal("T", document.Metadata.Title);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_text()
    {
        using var folder = new TempFolder();
        var path = folder.Write("wide.md", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("# Wide\n\nText.")]);
        var document = Read(path, out var diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.Equal("Wide", document.Metadata.Title);
    }

    [Fact]
    public void Invalid_utf8_is_a_warning_with_the_byte_offset_and_is_replaced()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bad.md", [.. "Line one\nCaf"u8, 0xE9, .. " au lait\n"u8]);
        var document = Read(path, out var diagnostics);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(("PUB0003", Severity.Warning, 2), (warning.Code, warning.Severity, warning.Span.Line));
        Assert.Contains("offset 12", warning.Message);
        Assert.Contains("Caf\uFFFD au lait", PlainText.Of(((Paragraph)document.Blocks[0]).Content));
    }

    [Fact]
    public void Binary_bytes_are_an_error()
    {
        using var folder = new TempFolder();
        var path = folder.Write("image.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        var document = Read(path, out var diagnostics);
        Assert.Equal(("PUB0004", Severity.Error), (Assert.Single(diagnostics.Items).Code, diagnostics.Items[0].Severity));
        Assert.Empty(document.Blocks);
    }

    [Fact]
    public void A_missing_file_is_an_error()
    {
        Read("/nonexistent/nowhere.md", out var diagnostics);
        Assert.Equal(("PUB0001", Severity.Error), (Assert.Single(diagnostics.Items).Code, diagnostics.Items[0].Severity));
    }

    [Fact]
    public void An_empty_file_is_an_empty_document_with_a_warning()
    {
        using var folder = new TempFolder();
        var document = Read(folder.Write("empty.md", ""), out var diagnostics);
        Assert.Empty(document.Blocks);
        Assert.Equal(("PUB0005", Severity.Warning), (Assert.Single(diagnostics.Items).Code, diagnostics.Items[0].Severity));
    }

    [Fact]
    public void Commonmark_format_reads_strictly()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.md", "\"quoted\"");
        var document = Read(path, out _, SourceFormat.CommonMark);
        Assert.Equal("\"quoted\"", PlainText.Of(((Paragraph)document.Blocks[0]).Content));
    }

    [Fact]
    public void Text_files_go_to_the_plain_text_reader()
    {
        Assert.True(DocumentReader.IsText("article.TXT", SourceFormat.Auto));
        Assert.True(DocumentReader.IsText("notes.md", SourceFormat.Text));
        Assert.False(DocumentReader.IsText("notes.txt", SourceFormat.Markdown));
    }

    [Fact]
    public void A_ten_megabyte_source_is_read()
    {
        var paragraph = "A sentence with *emphasis*, a [link](#x) and `code`. " + new string('w', 40) + "\n\n";
        var text = new StringBuilder();
        while (text.Length < 10_000_000) text.Append(paragraph);
        var document = Md.Read(text.ToString(), out var diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.True(document.Blocks.Count > 50_000);
    }
}
