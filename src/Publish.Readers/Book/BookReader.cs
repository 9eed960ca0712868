using Publish.Model;
using Publish.Readers.Html;
using Publish.Readers.Markdown;
using Publish.Readers.Text;
using Publish.Readers.Yaml;
using YamlDotNet.RepresentationModel;
using YamlDocument = Publish.Readers.Yaml.YamlDocument;

namespace Publish.Readers.Book;

/// <summary>
/// A book folder: <c>book.yaml</c> holds the metadata and the ordered chapter list; chapters
/// are Markdown or plain-text files read with their own paths, so their images resolve against
/// their own folders. Heading ids are unique across the whole book.
/// </summary>
public static class BookReader
{
    public const string ManifestName = "book.yaml";

    private static readonly HashSet<string> s_bookKeys = ["chapters"];

    /// <summary>Reads the book; <paramref name="cache"/> keeps chapters between builds (watch mode).</summary>
    public static Document Read(string folder, DiagnosticBag diagnostics, BookChapterCache? cache = null)
    {
        var manifestPath = Path.Combine(folder, ManifestName);
        if (!File.Exists(manifestPath))
        {
            diagnostics.Report(DiagnosticCatalog.ChapterListInvalid, $"the folder has no {ManifestName}", new SourceSpan(folder, 0, 0),
                "a book folder needs book.yaml with its title and a 'chapters:' list");
            return new Document(Metadata.Empty, []);
        }
        var yaml = DocumentReader.ReadText(manifestPath, diagnostics);
        var mapping = yaml is null ? null : YamlDocument.LoadMapping(yaml, manifestPath, firstLine: 1, diagnostics);
        if (mapping is null) return new Document(Metadata.Empty, []);

        var metadataReader = new MetadataReader(manifestPath, lineOffset: 0, diagnostics);
        var metadata = metadataReader.Read(mapping, s_bookKeys);
        var ids = new HeadingIds();
        var blocks = new List<Block>();
        cache?.Begin();
        foreach (var (file, line) in Chapters(mapping, manifestPath, metadataReader, diagnostics))
            blocks.AddRange(ReadChapter(folder, file, line, ids, diagnostics, cache));
        cache?.End();

        if (metadata.Title is null)
            metadata = metadata with { Title = MarkdownReader.InferTitle(blocks, Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))) };
        return new Document(metadata, blocks);
    }

    private static List<(string File, SourceSpan Line)> Chapters(YamlMappingNode mapping, string manifestPath, MetadataReader reader, DiagnosticBag diagnostics)
    {
        var node = mapping.Children.FirstOrDefault(kv => (kv.Key as YamlScalarNode)?.Value == "chapters");
        if (node.Value is not YamlSequenceNode { Children.Count: > 0 } list)
        {
            var at = node.Key is null ? new SourceSpan(manifestPath, 1, 1) : reader.SpanOf(node.Key);
            diagnostics.Report(DiagnosticCatalog.ChapterListInvalid, "book.yaml needs a 'chapters:' list of chapter files", at, "chapters:\n  - chapter-1.md");
            return [];
        }
        var chapters = new List<(string, SourceSpan)>();
        foreach (var entry in list.Children)
        {
            if (entry is YamlScalarNode { Value: { Length: > 0 } file }) chapters.Add((file.Trim(), reader.SpanOf(entry)));
            else diagnostics.Report(DiagnosticCatalog.ChapterListInvalid, "each chapter is a file name", reader.SpanOf(entry));
        }
        return chapters;
    }

    private static IEnumerable<Block> ReadChapter(string folder, string file, SourceSpan listedAt, HeadingIds ids, DiagnosticBag diagnostics, BookChapterCache? cache)
    {
        var path = Path.Combine(folder, file);
        var root = Path.GetFullPath(folder);
        if (!Path.GetFullPath(path).StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            diagnostics.Report(DiagnosticCatalog.ChapterOutsideBook, $"chapter '{file}' is outside the book folder", listedAt);
            return [];
        }
        if (!File.Exists(path))
        {
            diagnostics.Report(DiagnosticCatalog.ChapterMissing, $"chapter '{file}' does not exist", listedAt, $"looked for {Path.GetFullPath(path)}");
            return [];
        }
        var text = DocumentReader.ReadText(path, diagnostics, listedAt);
        if (text is null) return [];
        return cache is null ? Parse(path, text, ids, diagnostics) : cache.Read(path, text, ids, diagnostics, () => Parse(path, text, ids, diagnostics));
    }

    private static IReadOnlyList<Block> Parse(string path, string text, HeadingIds ids, DiagnosticBag diagnostics)
    {
        if (DocumentReader.IsHtml(path, SourceFormat.Auto)) return ArticleChapter.Read(path, text, ids, diagnostics);
        if (!DocumentReader.IsText(path, SourceFormat.Auto))
            return MarkdownReader.Read(text, path, diagnostics, SourceFormat.Markdown, ids).Blocks;

        var article = PlainTextArticleReader.Read(text, path, diagnostics);
        var blocks = new HeadingIdRewriter(ids).Blocks(article.Blocks).ToList();
        // A chapter opens with its level-1 heading: writers split chapters there.
        if (!blocks.OfType<Heading>().Any(h => h.Level == 1) && article.Metadata.Title is { } title)
        {
            List<Inline> content = [new Model.Text(title) { Span = new SourceSpan(path, 1, 1) }];
            blocks.Insert(0, new Heading(1, content) { Span = new SourceSpan(path, 1, 1), Attr = Attr.Empty.WithId(ids.ClaimAuto(content)) });
        }
        return blocks;
    }

    /// <summary>Gives the headings of a chapter from another reader ids unique within the book.</summary>
    private sealed class HeadingIdRewriter(HeadingIds ids) : Rewriter
    {
        protected override IEnumerable<Block> RewriteBlock(Block block) => block is Heading h
            ? [h with { Attr = h.Attr.WithId(h.Id.Length > 0 ? ids.ClaimQuietly(h.Id) : ids.ClaimAuto(h.Content)) }]
            : [block];
    }
}
