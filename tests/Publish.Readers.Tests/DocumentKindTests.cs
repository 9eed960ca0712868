using Publish.Model;

namespace Publish.Readers.Tests;

/// <summary>Article or book is decided once, by the reader, from the source; front matter may say otherwise.</summary>
public class DocumentKindTests
{
    private static Document Read(TempFolder folder, string name, string text, out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return DocumentReader.Read(folder.Write(name, text), SourceFormat.Auto, diagnostics);
    }

    [Theory]
    [InlineData("story.txt", "A Headline\n\nThe first paragraph of the story.\n\nThe second one.\n", DocumentKind.Article)]
    [InlineData("story.md", "# A Headline\n\nText.\n\n## A section\n\nMore.\n", DocumentKind.Article)]
    [InlineData("notes.md", "Just text, no heading at all.\n", DocumentKind.Article)]
    [InlineData("novel.md", "# I\n\nOne.\n\n# II\n\nTwo.\n", DocumentKind.Book)]
    [InlineData("novel.txt", "CHAPTER I\n\nIt was a dark night.\n\nCHAPTER II\n\nIt was a bright morning.\n\nCHAPTER III\n\nIt was noon.\n", DocumentKind.Book)]
    public void The_kind_follows_the_structure_of_the_source(string name, string text, DocumentKind kind)
    {
        using var folder = new TempFolder();
        Assert.Equal(kind, Read(folder, name, text, out _).Kind);
    }

    [Theory]
    [InlineData("---\nkind: book\n---\n# A Headline\n\nText.\n", DocumentKind.Book)]
    [InlineData("---\nkind: Article\n---\n# I\n\nOne.\n\n# II\n\nTwo.\n", DocumentKind.Article)]
    public void Front_matter_sets_the_kind(string text, DocumentKind kind)
    {
        using var folder = new TempFolder();
        var document = Read(folder, "a.md", text, out var diagnostics);
        Assert.Equal(kind, document.Kind);
        Assert.Equal(kind, document.Metadata.Kind);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void An_unknown_kind_is_a_warning_and_the_text_decides()
    {
        using var folder = new TempFolder();
        var document = Read(folder, "a.md", "---\nkind: pamphlet\n---\n# I\n\nOne.\n\n# II\n\nTwo.\n", out var diagnostics);
        Assert.Equal(DocumentKind.Book, document.Kind);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal("PUB0103", warning.Code);
        Assert.Equal(2, warning.Span.Line);
    }

    [Fact]
    public void A_short_title_is_read_from_front_matter()
    {
        using var folder = new TempFolder();
        var document = Read(folder, "a.md", "---\ntitle: A Very Long Title Indeed\nshort-title: Long Title\n---\nText.\n", out var diagnostics);
        Assert.Equal("Long Title", document.Metadata.ShortTitle);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_book_folder_is_a_book()
    {
        using var folder = new TempFolder();
        folder.Write("book.yaml", "title: One Chapter\nchapters: [one.md]\n");
        folder.Write("one.md", "# One\n\nText.\n");
        var document = DocumentReader.Read(folder.Root, SourceFormat.Auto, new DiagnosticBag());
        Assert.Equal(DocumentKind.Book, document.Kind);
    }
}
