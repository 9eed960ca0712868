using Publish.Infrastructure;
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
internal static class BookReader
{
    public const string ManifestName = "book.yaml";

    private static readonly HashSet<string> s_bookKeys = ["chapters"];

    /// <summary>
    /// More chapters than any book has (the longest serials run to a few thousand); each entry
    /// costs a file open, so an unbounded list is a way to keep a build busy.
    /// </summary>
    public const int MaxChapters = 10_000;

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
        var scope = new ProjectScope([ProjectScope.RootOf(folder)]);
        var yaml = DocumentReader.ReadText(manifestPath, diagnostics, scope: scope, kind: FileKind.Manifest, named: ManifestName);
        var mapping = yaml is null ? null : YamlDocument.LoadMapping(yaml, manifestPath, firstLine: 1, diagnostics);
        if (mapping is null) return new Document(Metadata.Empty, []);

        var metadataReader = new MetadataReader(manifestPath, lineOffset: 0, diagnostics);
        var metadata = metadataReader.Read(mapping, s_bookKeys);
        var ids = new HeadingIds();
        var blocks = new List<Block>();
        cache?.Begin();
        var budget = new SourceBudget(ProjectScope.Cap(FileKind.Source));
        foreach (var (file, line) in Chapters(mapping, manifestPath, metadataReader, diagnostics))
            blocks.AddRange(ReadChapter(folder, file, line, ids, diagnostics, cache, scope, budget));
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
        if (list.Children.Count > MaxChapters)
            diagnostics.Report(DiagnosticCatalog.TooManyChapters, $"book.yaml lists {list.Children.Count} chapters, more than the {MaxChapters} a book may have; none past the limit is read",
                reader.SpanOf(list.Children[MaxChapters]), "make several books of the collection");
        foreach (var entry in list.Children.Take(MaxChapters))
        {
            if (entry is YamlScalarNode { Value: { Length: > 0 } file }) chapters.Add((file.Trim(), reader.SpanOf(entry)));
            else diagnostics.Report(DiagnosticCatalog.ChapterListInvalid, "each chapter is a file name", reader.SpanOf(entry));
        }
        return chapters;
    }

    private static IEnumerable<Block> ReadChapter(string folder, string file, SourceSpan listedAt, HeadingIds ids, DiagnosticBag diagnostics,
        BookChapterCache? cache, ProjectScope scope, SourceBudget budget)
    {
        var path = Path.Combine(folder, file);
        // The path as written first: a chapter outside the book is refused before the file system
        // is asked anything about it (whether it exists included).
        if (!scope.Contains(Path.GetFullPath(path)))
        {
            diagnostics.Report(DiagnosticCatalog.ChapterOutsideBook, $"chapter '{file}' is outside the book folder", listedAt);
            return [];
        }
        var check = scope.Check(path, FileKind.Source);
        if (check.Refusal == FileRefusal.Missing)
        {
            diagnostics.Report(DiagnosticCatalog.ChapterMissing, $"chapter '{file}' does not exist", listedAt, $"looked for {Path.GetFullPath(path)}");
            return [];
        }
        if (check.Refusal == FileRefusal.Outside)
        {
            diagnostics.Report(DiagnosticCatalog.ChapterOutsideBook, $"chapter '{file}' is a link that leads outside the book folder and is refused", listedAt);
            return [];
        }
        if (check.Ok && !budget.Take(long.Parse(check.Detail, System.Globalization.CultureInfo.InvariantCulture)))
        {
            diagnostics.Report(DiagnosticCatalog.SourceTooLarge, $"chapter '{file}' takes the book past {ProjectScope.Describe(budget.Cap)} of source, the most one build reads; it and later chapters are left out",
                listedAt, "split the book into volumes");
            return [];
        }
        var text = DocumentReader.ReadText(path, diagnostics, listedAt, scope, FileKind.Source, file);
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

    /// <summary>The source bytes a whole book may read: once spent, every further chapter is refused.</summary>
    private sealed class SourceBudget(long cap)
    {
        private long _spent;
        public long Cap => cap;
        public bool Take(long bytes)
        {
            if (_spent + bytes > cap) { _spent = cap + 1; return false; }
            _spent += bytes;
            return true;
        }
    }
}
