using Publish.Model;

namespace Publish.Readers.Markdown;

/// <summary>Markdown (extended, pandoc-like) or strict CommonMark → the document model.</summary>
internal static class MarkdownReader
{
    /// <summary>
    /// Reads a whole Markdown source: front matter, then the body. Pass one <paramref name="ids"/>
    /// to all the chapters of a book so heading ids stay unique across it.
    /// </summary>
    public static Document Read(string text, string path, DiagnosticBag diagnostics, SourceFormat format = SourceFormat.Markdown, HeadingIds? ids = null)
    {
        // Strict CommonMark has no front matter: a leading '---' is a thematic break there.
        var front = format == SourceFormat.CommonMark ? new FrontMatterResult(Metadata.Empty, text, 1) : FrontMatter.Split(text, path, diagnostics);
        // pandoc's '% title' block stands where front matter would, at the top of the file.
        if (format is SourceFormat.Markdown or SourceFormat.Auto && front.BodyLine == 1)
        {
            var (titled, body) = TitleBlock.Split(front.Body, front.Metadata);
            front = front with { Metadata = titled, Body = body };
        }
        var blocks = ReadBody(front.Body, path, front.BodyLine, diagnostics, format, ids ?? new HeadingIds());
        var metadata = front.Metadata.Title is null ? front.Metadata with { Title = InferTitle(blocks, path) } : front.Metadata;
        return new Document(metadata, blocks) { SourcePath = path };
    }

    /// <summary>Reads Markdown without front matter; <paramref name="firstLine"/> is the file line the text starts on.</summary>
    public static List<Block> ReadBody(string body, string path, int firstLine, DiagnosticBag diagnostics, SourceFormat format, HeadingIds ids)
    {
        if (format is not (SourceFormat.CommonMark or SourceFormat.Gfm)) format = SourceFormat.Markdown;
        var pipeline = MarkdownPipelines.For(format);
        var plain = new SpanMap(path, firstLine, 0);
        var limited = NestingLimiter.Limit(body, plain, diagnostics, out _);
        var rewritten = format == SourceFormat.Markdown ? PandocBlockSyntax.Rewrite(limited) : null;
        var text = rewritten?.Text ?? limited;
        var map = plain with { OriginalLine = rewritten?.OriginalLine };
        var context = new ConversionContext(pipeline, format, ids, diagnostics) { ExampleLabels = format == SourceFormat.Markdown ? ExampleLabels.Scan(text) : new Dictionary<string, int>() };
        var converter = new Converter(context, map);
        if (MarkdownPipelines.TryParse(text, pipeline) is { } syntax)
        {
            var blocks = converter.Document(syntax);
            context.ReportRawTex();
            return blocks;
        }
        diagnostics.Report(DiagnosticCatalog.NestingFlattened, "the text is nested too deeply to read as Markdown; it is kept as plain paragraphs", map.At(0, 0));
        return PlainParagraphs(text, map);
    }

    // The last resort for text Markdig refuses: its paragraphs, without any markup read.
    private static List<Block> PlainParagraphs(string text, SpanMap map)
    {
        var blocks = new List<Block>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var start = i;
            while (i + 1 < lines.Length && lines[i + 1].Trim().Length > 0) i++;
            var paragraph = string.Join(' ', lines[start..(i + 1)].Select(l => l.Trim()));
            blocks.Add(new Paragraph([new Model.Text(paragraph) { Span = map.At(start, 0) }]) { Span = map.At(start, 0) });
        }
        return blocks;
    }

    /// <summary>
    /// The title of a document whose front matter names none: its level-1 heading when it has just
    /// one (an article); for a novel whose level-1 headings are chapters ("I", "II", ...), the file's
    /// name, since no chapter title is the book's.
    /// </summary>
    public static string? InferTitle(IReadOnlyList<Block> blocks, string path)
    {
        var chapters = blocks.OfType<Heading>().Count(h => h.Level == 1);
        return chapters == 1 ? FirstTitle(blocks) : TitleFromFileName(path);
    }

    private static readonly HashSet<string> MinorWords = ["a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "with"];

    /// <summary><c>pride-and-prejudice.md</c> → "Pride and Prejudice".</summary>
    public static string? TitleFromFileName(string path)
    {
        var words = Path.GetFileNameWithoutExtension(path).Split(['-', '_', ' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        return string.Join(' ', words.Select((w, i) =>
            i > 0 && MinorWords.Contains(w.ToLowerInvariant()) ? w.ToLowerInvariant() : char.ToUpperInvariant(w[0]) + w[1..]));
    }

    /// <summary>The first level-1 heading's text.</summary>
    public static string? FirstTitle(IEnumerable<Block> blocks) =>
        blocks.OfType<Heading>().FirstOrDefault(h => h.Level == 1) is { } h && PlainText.Of(h.Content).Trim() is { Length: > 0 } t ? t : null;
}
