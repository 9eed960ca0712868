using Publish.Model;

namespace Publish.Readers.Tests;

/// <summary>Hostile and large inputs end in a document and diagnostics, never a crash.</summary>
public class RobustnessTests
{
    private static int QuoteDepth(IReadOnlyList<Block> blocks)
    {
        var depth = 0;
        while (blocks.Count > 0 && blocks[0] is BlockQuote q) { depth++; blocks = q.Content; }
        return depth;
    }

    [Fact]
    public void Twenty_thousand_nested_block_quotes_are_read_with_a_nesting_warning()
    {
        var document = Md.Read(new string('>', 20_000) + " deep", out var diagnostics);
        Assert.InRange(QuoteDepth(document.Blocks), 1, 64);
        Assert.Contains(diagnostics.Items, d => d.Code == "PUB0202");
        Assert.DoesNotContain(diagnostics.Items, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Three_thousand_nested_lists_are_read_with_a_nesting_warning()
    {
        var source = string.Join("\n", Enumerable.Range(0, 3000).Select(i => new string(' ', i * 2) + "- item " + i));
        var document = Md.Read(source, out var diagnostics);
        Assert.IsType<BulletList>(document.Blocks[0]);
        Assert.Contains(diagnostics.Items, d => d.Code == "PUB0202");
    }

    [Fact]
    public void Deeply_nested_inline_notes_and_emphasis_complete()
    {
        var notes = string.Concat(Enumerable.Repeat("^[", 5000)) + "x" + new string(']', 5000);
        var emphasis = string.Concat(Enumerable.Repeat("*a ", 5000)) + string.Concat(Enumerable.Repeat(" b*", 5000));
        Md.Read(notes + "\n\n" + emphasis, out var diagnostics);
        Assert.DoesNotContain(diagnostics.Items, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_note_citing_itself_does_not_loop()
    {
        var document = Md.Read("Text[^a].\n\n[^a]: Again[^a].", out _);
        var note = Assert.IsType<Note>(Assert.IsType<Paragraph>(document.Blocks[0]).Content[1]);
        Assert.Contains("[^a]", PlainText.Of(Assert.IsType<Paragraph>(note.Content[0]).Content));
    }

    [Fact]
    public void The_pandoc_manual_reads_without_errors()
    {
        var path = Corpus.Path("markdown/pandoc-MANUAL.txt");
        Assert.SkipWhen(path is null, "the shared corpus is not present");
        var diagnostics = new DiagnosticBag();
        var document = DocumentReader.Read(path!, SourceFormat.Markdown, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.True(document.Blocks.OfType<Heading>().Count() > 100);
        Assert.Equal(document.Blocks.OfType<Heading>().Count(), document.Blocks.OfType<Heading>().Select(h => h.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("markdown/pandoc-testsuite.txt")]
    [InlineData("markdown/pandoc-tables.markdown")]
    [InlineData("markdown/pandoc-markdown-reader-more.txt")]
    public void Pandocs_own_test_inputs_read_without_errors(string relative)
    {
        var path = Corpus.Path(relative);
        Assert.SkipWhen(path is null, "the shared corpus is not present");
        var diagnostics = new DiagnosticBag();
        var document = DocumentReader.Read(path!, SourceFormat.Markdown, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.NotEmpty(document.Blocks);
    }

    [Fact]
    public void Pride_and_prejudice_has_61_chapters()
    {
        var path = Corpus.Path("books/pride-and-prejudice.md");
        Assert.SkipWhen(path is null, "the shared corpus is not present");
        var diagnostics = new DiagnosticBag();
        var document = DocumentReader.Read(path!, SourceFormat.Auto, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.Equal(61, document.Blocks.OfType<Heading>().Count(h => h.Level == 1));
    }
}
