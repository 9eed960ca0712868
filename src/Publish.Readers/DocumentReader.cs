using Publish.Infrastructure;
using Publish.Model;
using Publish.Readers.Book;
using Publish.Readers.Html;
using Publish.Readers.Markdown;
using Publish.Readers.Text;

namespace Publish.Readers;

/// <summary>Reads any input the CLI accepts — a Markdown or text file, or a book folder — into one Document.</summary>
internal static class DocumentReader
{
    /// <summary>Never throws for bad input: problems are diagnostics, and the document is empty when nothing could be read.</summary>
    /// <remarks><paramref name="chapters"/> keeps a book's chapters between builds (watch mode).</remarks>
    public static Document Read(string path, SourceFormat format, DiagnosticBag diagnostics, BookChapterCache? chapters = null)
    {
        if (Directory.Exists(path)) return WithKind(BookReader.Read(path, diagnostics, chapters) with { SourcePath = path }, DocumentKind.Book);

        var text = ReadText(path, diagnostics, scope: new ProjectScope([ProjectScope.RootOf(path)]));
        if (text is null) return Empty(path);
        if (text.Trim().Length == 0)
        {
            diagnostics.Report(DiagnosticCatalog.EmptyInput, EmptyMessage, new SourceSpan(path, 0, 0));
            return Empty(path);
        }
        // --no-extract concerns web pages only; the other inputs of the same build are read by their names.
        if (format == SourceFormat.HtmlDocument && Path.GetExtension(path).ToLowerInvariant() is ".md" or ".markdown" or ".txt") format = SourceFormat.Auto;
        var document = IsHtml(path, format) ? HtmlArticleReader.Read(text, path, diagnostics, extract: format != SourceFormat.HtmlDocument)
            : IsText(path, format) ? PlainTextArticleReader.Read(text, path, diagnostics)
            : MarkdownReader.Read(text, path, diagnostics, format is SourceFormat.CommonMark or SourceFormat.Gfm ? format : SourceFormat.Markdown);
        return WithKind(document with { SourcePath = path }, DocumentKinds.Infer(document.Blocks));
    }

    // The kind is decided here, once for every reader: what the source declared, else the rule.
    private static Document WithKind(Document document, DocumentKind inferred) =>
        document.Metadata.Kind is null ? document with { Metadata = document.Metadata with { Kind = inferred } } : document;

    /// <summary>Said of a file without content; a FIFO or device has no size either and is never opened.</summary>
    public const string EmptyMessage = "the file is empty (or is a FIFO or device, which are not read); the document has no content";

    /// <summary>
    /// The decoded text of a file, or null (with an error) when it is missing, refused by the
    /// <paramref name="scope"/> (outside the project, too large), unreadable or binary. Without a
    /// scope the file's own folder is the project.
    /// </summary>
    public static string? ReadText(string path, DiagnosticBag diagnostics, SourceSpan? reportAt = null, ProjectScope? scope = null,
        FileKind kind = FileKind.Source, string? named = null)
    {
        var at = reportAt ?? new SourceSpan(path, 0, 0);
        named ??= path;
        var read = (scope ?? new ProjectScope([ProjectScope.RootOf(path)])).Read(path, kind);
        switch (read.Refusal)
        {
            case FileRefusal.None:
                return SourceText.Decode(read.Data!, path, diagnostics);
            case FileRefusal.Outside:
                diagnostics.Report(DiagnosticCatalog.ChapterOutsideBook, read.Reason(named, kind), at, "every file a build reads must live inside the project folder (the book's folder, or the input's folder)");
                return null;
            case FileRefusal.TooLarge:
                diagnostics.Report(DiagnosticCatalog.SourceTooLarge, read.Reason(named, kind), at, "split the text into chapters of a book (see book.yaml)");
                return null;
            default:
                diagnostics.Report(DiagnosticCatalog.InputMissing, read.Reason(named, kind), at);
                return null;
        }
    }

    public static bool IsText(string path, SourceFormat format) =>
        format == SourceFormat.Text || (format == SourceFormat.Auto && Path.GetExtension(path).Equals(".txt", StringComparison.OrdinalIgnoreCase));

    /// <summary>A saved web page: <c>--from html</c>, or a .html/.htm file when the format is picked by name.</summary>
    public static bool IsHtml(string path, SourceFormat format) =>
        format is SourceFormat.Html or SourceFormat.HtmlDocument
        || (format == SourceFormat.Auto && HasHtmlName(path));

    private static bool HasHtmlName(string path) => Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm" or ".xhtml";

    private static Document Empty(string path) => new(Metadata.Empty, []) { SourcePath = path };
}
