using Publish.Layout.Inline;
using Publish.Layout.Paged;
using Publish.Model;
using Publish.Readers;
using Publish.Styling;

namespace Publish.Layout.Tests.EndToEnd;

/// <summary>The novel, read with the Markdown reader and set with the real inline layouter and the default theme.</summary>
public class PrideAndPrejudiceTests
{
    private static readonly Lazy<(Document Doc, LayoutResult Result)> Book = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var doc = DocumentReader.Read(Tests.Inline.Paragraphs.Corpus("books/pride-and-prejudice.md"), SourceFormat.Markdown, diagnostics);
        var result = DocumentLayouter.LayoutWithTrace(doc, Theme.Default, new LayoutOptions(), diagnostics, new ParagraphLayouter(), parallel: true);
        return (doc, result);
    });

    private static PagedDocument Paged => Book.Value.Result.Document;

    [Fact]
    public void Sets_to_a_book_length_with_one_outline_entry_per_chapter()
    {
        Assert.InRange(Paged.Pages.Count, 300, 450);
        Assert.Equal(61, Paged.Outline.Count);
        foreach (var entry in Paged.Outline)
            Assert.Contains(Paged.Pages[entry.PageIndex].Items, i => i is DestinationItem d && d.Name == entry.Destination);
    }

    [Fact]
    public void Contents_numbers_are_the_printed_numbers_of_the_chapter_pages()
    {
        var result = Book.Value.Result;
        var entries = result.Drafts.TakeWhile(p => !p.InBody).SelectMany(p => p.Boxes).Where(b => b.Items.OfType<LinkItem>().Any()).ToList();
        Assert.Equal(61, entries.Count);
        foreach (var entry in entries)
        {
            var destination = entry.Items.OfType<LinkItem>().Single().Destination!;
            var outline = Paged.Outline.Single(o => o.Destination == destination);
            var printed = entry.Items.OfType<GlyphRun>().MaxBy(g => g.X)!.Text.Trim();
            Assert.Equal(Paged.Pages[outline.PageIndex].Label, printed);
        }
    }

    [Fact]
    public void Every_page_ends_where_a_break_is_allowed()
    {
        // Widows, orphans and headings are all keep-with-next: a page may end after such a box
        // only before a forced break (a chapter) or when a block taller than a page had to be split.
        var result = Book.Value.Result;
        Assert.DoesNotContain(result.Breaks, b => b.Reason.Contains("taller than the page"));
        for (var i = 0; i < result.Drafts.Count - 1; i++)
        {
            var page = result.Drafts[i];
            if (page.Boxes.Count == 0 || result.Drafts[i + 1].ChapterOpening) continue;
            Assert.False(page.Boxes[^1].KeepWithNext, $"page {i} ends inside a keep: {page.Boxes[^1].Text}");
        }
    }

    [Fact]
    public void Chapters_open_pages_without_running_heads_and_body_numbers_start_at_one()
    {
        var first = Paged.PageLabels.Single(r => r.Style == PageLabelStyle.Decimal).FirstPageIndex;
        Assert.Equal("1", Paged.Pages[first].Label);
        Assert.Equal(Paged.Outline[0].PageIndex, first);
    }
}
