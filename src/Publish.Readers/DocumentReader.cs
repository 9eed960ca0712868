using Publish.Infrastructure;
using Publish.Model;
using Publish.Readers.Book;
using Publish.Readers.Markdown;
using Publish.Readers.Text;

namespace Publish.Readers;

/// <summary>Reads any input the CLI accepts — a Markdown or text file, or a book folder — into one Document.</summary>
public static class DocumentReader
{
    /// <summary>Never throws for bad input: problems are diagnostics, and the document is empty when nothing could be read.</summary>
    /// <remarks><paramref name="chapters"/> keeps a book's chapters between builds (watch mode).</remarks>
    public static Document Read(string path, SourceFormat format, DiagnosticBag diagnostics, BookChapterCache? chapters = null)
    {
        if (Directory.Exists(path)) return BookReader.Read(path, diagnostics, chapters) with { SourcePath = path };

        var text = ReadText(path, diagnostics, scope: new ProjectScope([ProjectScope.RootOf(path)]));
        if (text is null) return Empty(path);
        if (text.Trim().Length == 0)
        {
            diagnostics.Report(DiagnosticCatalog.EmptyInput, EmptyMessage, new SourceSpan(path, 0, 0));
            return Empty(path);
        }
        var document = IsText(path, format)
            ? PlainTextArticleReader.Read(text, path, diagnostics)
            : MarkdownReader.Read(text, path, diagnostics, format == SourceFormat.CommonMark ? SourceFormat.CommonMark : SourceFormat.Markdown);
        return document with { SourcePath = path };
    }

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

    private static Document Empty(string path) => new(Metadata.Empty, []) { SourcePath = path };
}
