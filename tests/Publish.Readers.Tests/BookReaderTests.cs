using Publish.Model;
using Publish.Readers.Book;

namespace Publish.Readers.Tests;

public class BookReaderTests
{
    private static Document ReadBook(TempFolder folder, out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return DocumentReader.Read(folder.Root, SourceFormat.Auto, diagnostics);
    }

    [Fact]
    public void Chapters_are_read_in_order_with_their_own_paths()
    {
        using var folder = new TempFolder();
        folder.Write("book.yaml", "title: A Book\nauthor: Someone\ncover-image: cover.png\nchapters:\n  - one.md\n  - parts/two.md\n");
        folder.Write("one.md", "# One\n\n![Map](map.png)\n");
        folder.Write("parts/two.md", "# Two\n\n![Map](map.png)\n");
        var document = ReadBook(folder, out var diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(("A Book", "cover.png"), (document.Metadata.Title, document.Metadata.CoverImage));
        Assert.Equal(folder.Root, document.SourcePath);
        Assert.Equal(["One", "Two"], document.Blocks.OfType<Heading>().Select(h => PlainText.Of(h.Content)));
        // Images resolve against the folder of the chapter that shows them.
        var figures = document.Blocks.OfType<Figure>().ToList();
        Assert.Equal(Path.Combine(folder.Root, "one.md"), figures[0].Image.Span.File);
        Assert.Equal(Path.Combine(folder.Root, "parts/two.md"), figures[1].Image.Span.File);
    }

    [Fact]
    public void Heading_ids_are_unique_across_the_book()
    {
        using var folder = new TempFolder();
        folder.Write("book.yaml", "title: B\nchapters: [a.md, b.md]\n");
        folder.Write("a.md", "# Chapter\n\n## Notes\n");
        folder.Write("b.md", "# Chapter\n\n## Notes\n");
        var ids = ReadBook(folder, out _).Blocks.OfType<Heading>().Select(h => h.Id);
        Assert.Equal(["chapter", "notes", "chapter-1", "notes-1"], ids);
    }

    [Fact]
    public void A_missing_chapter_is_an_error_at_its_line_in_book_yaml()
    {
        using var folder = new TempFolder();
        folder.Write("book.yaml", "title: B\nchapters:\n  - a.md\n  - missing.md\n");
        folder.Write("a.md", "# A\n");
        var document = ReadBook(folder, out var diagnostics);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(("PUB0104", Severity.Error), (error.Code, error.Severity));
        Assert.Equal(new SourceSpan(Path.Combine(folder.Root, BookReader.ManifestName), 4, 5), error.Span);
        Assert.Single(document.Blocks); // the chapters that exist are still read
    }

    [Fact]
    public void Malformed_book_yaml_is_an_error_at_the_line()
    {
        using var folder = new TempFolder();
        folder.Write("book.yaml", "title: B\nchapters:\n  - a.md\n   - b.md: [\n");
        ReadBook(folder, out var diagnostics);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("PUB0101", error.Code);
        Assert.InRange(error.Span.Line, 3, 4);
    }

    [Fact]
    public void Unknown_keys_in_book_yaml_are_warnings()
    {
        using var folder = new TempFolder();
        folder.Write("book.yaml", "title: B\nchapter: [a.md]\nchapters: [a.md]\n");
        folder.Write("a.md", "# A\n");
        ReadBook(folder, out var diagnostics);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(("PUB0102", 2), (warning.Code, warning.Span.Line));
    }

    [Fact]
    public void A_folder_without_book_yaml_or_chapters_is_an_error()
    {
        using var empty = new TempFolder();
        ReadBook(empty, out var diagnostics);
        Assert.Equal("PUB0105", Assert.Single(diagnostics.Items).Code);

        using var noChapters = new TempFolder();
        noChapters.Write("book.yaml", "title: B\n");
        ReadBook(noChapters, out diagnostics);
        Assert.Equal("PUB0105", Assert.Single(diagnostics.Items).Code);
    }

    [Fact]
    public void A_chapter_outside_the_book_folder_is_refused()
    {
        using var folder = new TempFolder();
        folder.Write("book.yaml", "title: B\nchapters: [../../etc/passwd]\n");
        ReadBook(folder, out var diagnostics);
        Assert.Equal("PUB0106", Assert.Single(diagnostics.Items).Code);
    }

    [Fact]
    public void Text_chapters_go_through_the_plain_text_reader_and_open_with_a_heading()
    {
        using var folder = new TempFolder();
        folder.Write("book.yaml", "title: B\nchapters: [intro.md, article.txt]\n");
        folder.Write("intro.md", "# Introduction\n\nWelcome.\n");
        folder.Write("article.txt", "Harbour Life\n\nThe boats come in with the tide, and the town comes down to meet them.\n\nBy noon the quay is quiet again.\n");
        var document = ReadBook(folder, out var diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        var chapters = document.Blocks.OfType<Heading>().Where(h => h.Level == 1).ToList();
        Assert.Equal(2, chapters.Count);
        Assert.Equal(Path.Combine(folder.Root, "article.txt"), chapters[1].Span.File);
    }

    [Fact]
    public void The_title_falls_back_to_the_first_chapter_heading()
    {
        using var folder = new TempFolder();
        folder.Write("book.yaml", "chapters: [a.md]\n");
        folder.Write("a.md", "# Opening\n");
        Assert.Equal("Opening", ReadBook(folder, out _).Metadata.Title);
    }
}
