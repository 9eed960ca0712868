using Publish.Layout;
using Publish.Layout.Paged;
using Publish.Model;
using Publish.Readers;
using Publish.Styling;

namespace Publish.Cli.Tests;

/// <summary>
/// Pages that show the design, drawn now and compared with <c>tests/ref/</c>: the seed article's
/// page 1 in every shipped theme, the novel's first chapter opening, the sample book's table page
/// and its illustration page. A failure says how to look at the change and how to accept it.
/// </summary>
public class ReferenceImageTests
{
    private static readonly DateTimeOffset Fixed = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Themes() => [.. StylesFolder.ThemeNames(Repository.Path("styles"))];

    [Theory]
    [MemberData(nameof(Themes))]
    public void The_seed_articles_first_page(string theme) =>
        ReferenceImages.Check($"seed-{theme}", Lay(Repository.Path("content/belarus-coup.txt"), theme), 0);

    [Fact]
    public void The_novels_first_chapter_opening()
    {
        var novel = Lay(Corpus.File("books/pride-and-prejudice.md"), null);
        ReferenceImages.Check("novel-chapter-opening", novel, novel.Outline[0].PageIndex);
    }

    [Theory]
    [InlineData("sample-book-table", "tbl-tides")]
    [InlineData("sample-book-illustration", "fig-harbour")]
    public void The_sample_books_page_holding(string name, string id)
    {
        var book = Lay(Repository.Path("content/sample-book"), null);
        var page = book.Pages.First(p => p.Items.OfType<DestinationItem>().Any(d => d.Name == id));
        ReferenceImages.Check(name, book, page.Index);
    }

    [Fact]
    public void Reference_images_stay_small()
    {
        // Small enough to keep in the repository and to look at in a review (Typst keeps its under 20 KiB).
        const int MaxBytes = 60 * 1024;
        var images = Directory.Exists(ReferenceImages.Folder) ? Directory.GetFiles(ReferenceImages.Folder, "*.png") : [];
        Assert.NotEmpty(images);
        Assert.All(images, path => Assert.True(new FileInfo(path).Length < MaxBytes, $"{path} is {new FileInfo(path).Length} bytes"));
    }

    private static PagedDocument Lay(string input, string? theme)
    {
        var diagnostics = new DiagnosticBag();
        var document = DocumentReader.Read(input, SourceFormat.Auto, diagnostics);
        var loaded = ThemeLoader.Load(theme, Repository.Path("styles"), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        document = Resources(document, input, diagnostics);
        return DocumentLayouter.Layout(document, loaded!, new LayoutOptions { Date = Fixed }, diagnostics);
    }

    private static Document Resources(Document document, string input, DiagnosticBag diagnostics) =>
        ResourceResolver.Resolve(document, input, diagnostics, [], null);
}
