using Publish.Model;

namespace Publish.Readers.Tests;

/// <summary>The sample book in <c>content/</c> shows every node type and reads cleanly.</summary>
public class SampleBookTests
{
    private static string? SampleBook()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content", "sample-book");
            if (File.Exists(Path.Combine(candidate, "book.yaml"))) return candidate;
        }
        return null;
    }

    private static Document Read(out DiagnosticBag diagnostics)
    {
        var folder = SampleBook();
        Assert.SkipWhen(folder is null, "content/sample-book is not next to the tests");
        diagnostics = new DiagnosticBag();
        return DocumentReader.Read(folder!, SourceFormat.Auto, diagnostics);
    }

    [Fact]
    public void It_reads_without_any_diagnostic()
    {
        var document = Read(out var diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.Equal(3, document.Blocks.OfType<Heading>().Count(h => h.Level == 1));
        Assert.Equal("images/cover.jpg", document.Metadata.CoverImage);
    }

    [Fact]
    public void It_uses_every_block_and_inline_type()
    {
        var document = Read(out _);
        var seen = new TypeCollector();
        seen.Rewrite(document);
        var expected = typeof(Block).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && (t.IsSubclassOf(typeof(Block)) || t.IsSubclassOf(typeof(Inline))))
            // Quotes are curly characters; images stand in figures; raw TeX no output shows, with a
            // warning, and the sample book reads without one.
            .Except([typeof(Quoted), typeof(Image), typeof(Span), typeof(RawBlock)])
            .Select(t => t.Name);
        Assert.Empty(expected.Except(seen.Types));
    }

    [Fact]
    public void Every_cross_reference_points_at_an_id_in_the_book()
    {
        var document = Read(out _);
        var collector = new TypeCollector();
        collector.Rewrite(document);
        Assert.NotEmpty(collector.InternalTargets);
        Assert.Empty(collector.InternalTargets.Except(collector.Ids));
    }

    private sealed class TypeCollector : Rewriter
    {
        public HashSet<string> Types { get; } = [];
        public HashSet<string> Ids { get; } = [];
        public List<string> InternalTargets { get; } = [];

        protected override IEnumerable<Block> RewriteBlock(Block block)
        {
            Types.Add(block.GetType().Name);
            if (block.Attr.Id.Length > 0) Ids.Add("#" + block.Attr.Id);
            return [block];
        }

        protected override IEnumerable<Inline> RewriteInline(Inline inline)
        {
            Types.Add(inline.GetType().Name);
            if (inline is Link { IsInternal: true } link) InternalTargets.Add(link.Target);
            return [inline];
        }
    }
}
