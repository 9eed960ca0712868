using System.Text;
using Publish.Model;
using Publish.Readers;

namespace Publish.Cli.Tests.Accessibility;

/// <summary>The PDF is tagged (PDF/UA-1): a structure tree in reading order, artifacts kept out of it.</summary>
public class TaggedPdfTests
{
    private const string Book = """
        ---
        title: Tagged Book
        author: Ann Author
        lang: en-GB
        ---

        # The First Chapter

        A paragraph that says what the chapter is about, with a [link](https://example.org/) in it.[^n]

        - first item
        - second item

        | Tide | Height |
        |------|--------|
        | high | 4.2 m  |
        | low  | 0.8 m  |

        ![A harbour chart with the channel marked](chart.png)

        Energy is $E = mc^2$ here.

        # The Second Chapter

        > A quoted line from a letter.

        ```
        code stays code
        ```

        [^n]: The note's own text.
        """;

    private static (string Pdf, BuildResult Result) Build(TempProject project, string markdown, OutputFormat formats = OutputFormat.Pdf)
    {
        project.Write("chart.png", Images.Png);
        project.Write("book.md", markdown);
        var result = Publisher.Build(new BuildOptions
        {
            Input = project.Path("book.md"), OutputDirectory = project.Out, Formats = formats,
            Timestamp = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000),
        });
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return (Path.Combine(project.Out, "book.pdf"), result);
    }

    [Fact]
    public void Every_block_kind_becomes_its_structure_element_under_a_section_per_chapter()
    {
        using var project = new TempProject();
        var (pdf, _) = Build(project, Book);
        var tree = StructureText.Of(pdf);

        Assert.Equal("Document", tree.Elements.First().Role);
        Assert.Equal(2, tree.Elements.Count(e => e.Role == "Sect" && e.Depth == 1));
        Assert.Equal(3, tree.Count("H1")); // and the contents' heading
        foreach (var role in new[] { "P", "L", "LI", "Lbl", "LBody", "Table", "THead", "TBody", "TR", "TH", "TD", "Figure", "Link", "Note", "Reference", "Formula", "BlockQuote", "Code" })
            Assert.True(tree.Count(role) > 0, $"no {role} element in:\n{string.Join("\n", tree.Lines)}");
        Assert.Equal(2, tree.Count("LI"));
        Assert.Equal(2, tree.Count("TH"));
        Assert.Equal(4, tree.Count("TD"));
        // The link's annotation is in the tree (OBJR) beside its text.
        Assert.Contains(tree.Lines, l => l.TrimStart().StartsWith("Object ", StringComparison.Ordinal));
    }

    [Fact]
    public void Reading_order_is_the_source_order_and_running_heads_and_folios_are_artifacts()
    {
        using var project = new TempProject();
        var long_ = Book + "\n" + string.Concat(Enumerable.Range(1, 40).Select(i => $"\nParagraph number {i} of the second chapter goes on for a line or two so that the chapter runs over several pages.\n"));
        var (pdf, _) = Build(project, long_);
        var text = StructureText.Of(pdf).Text;

        // Each passage is found after the one before it (the headings are in capitals and small caps).
        var at = text.IndexOf("CONTENTS", StringComparison.Ordinal);
        foreach (var passage in new[] { "FIRST CHAPTER", "A paragraph that says", "first item", "high", "SECOND CHAPTER", "A quoted line", "code stays code", "Paragraph number 1 ", "Paragraph number 40 " })
        {
            var next = text.IndexOf(passage, at + 1, StringComparison.Ordinal);
            Assert.True(next > at, $"'{passage}' does not follow in:\n{text}");
            at = next;
        }
        // The running head repeats the book's title on every verso: only the title page's counts.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "Tagged Book"));
        Assert.True(StructureText.Of(pdf).Count("Sect") == 2);
    }

    [Fact]
    public void The_catalog_declares_a_tagged_document_and_the_xmp_pdf_ua()
    {
        using var project = new TempProject();
        var (pdf, _) = Build(project, Book);
        var bytes = Encoding.Latin1.GetString(File.ReadAllBytes(pdf));

        Assert.Contains("/MarkInfo <</Marked true>>", bytes);
        Assert.Contains("/StructTreeRoot ", bytes);
        Assert.Contains("/ViewerPreferences <</DisplayDocTitle true>>", bytes);
        Assert.Contains("/Lang (en-GB)", bytes);
        Assert.Contains("/Tabs /S", bytes);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", bytes);
        Assert.Contains("/Alt (A harbour chart with the channel marked)", bytes);
        Assert.Contains("/Alt (E = mc^2)", bytes);
        if (StructureText.Has("qpdf")) Assert.Empty(Publish.Validation.QpdfCheck.Run(pdf));
    }

    [Fact]
    public void The_novel_has_a_heading_per_chapter_a_paragraph_per_paragraph_and_its_words_in_order()
    {
        var source = Corpus.File("books/pride-and-prejudice.md");
        using var project = new TempProject();
        var result = Publisher.Build(new BuildOptions { Input = source, OutputDirectory = project.Out, Formats = OutputFormat.Pdf });
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var tree = StructureText.Of(Path.Combine(project.Out, "pride-and-prejudice.pdf"));

        var document = DocumentReader.Read(source, SourceFormat.Auto, new DiagnosticBag());
        var chapters = document.Blocks.OfType<Heading>().Count(h => h.Level == 1);
        var paragraphs = 0;
        NodeWalker.Walk(document.Blocks, n => { if (n is Paragraph) paragraphs++; });

        Assert.Equal(chapters + 1, tree.Count("H1")); // and the contents' heading
        // One P per paragraph, and a few for the title page's lines.
        Assert.InRange(tree.Count("P"), paragraphs, paragraphs + 4);
        var share = WordsInOrder.Share(WordsInOrder.Of(File.ReadAllText(source)), WordsInOrder.Of(tree.Text));
        Assert.True(share >= 0.97, $"the structure text keeps {share:P1} of the novel's words in order");
        var title = document.Metadata.Title!;
        Assert.InRange(CountOf(tree.Text, title), 0, 3);
    }

    private static int CountOf(string text, string word)
    {
        var n = 0;
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
