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

        var text = ReadText(path, diagnostics);
        if (text is null) return Empty(path);
        if (text.Trim().Length == 0)
        {
            diagnostics.Report(DiagnosticCatalog.EmptyInput, "the file is empty; the document has no content", new SourceSpan(path, 0, 0));
            return Empty(path);
        }
        var document = IsText(path, format)
            ? PlainTextArticleReader.Read(text, path, diagnostics)
            : MarkdownReader.Read(text, path, diagnostics, format == SourceFormat.CommonMark ? SourceFormat.CommonMark : SourceFormat.Markdown);
        return document with { SourcePath = path };
    }

    /// <summary>The decoded text of a file, or null (with an error) when it is missing, unreadable or binary.</summary>
    public static string? ReadText(string path, DiagnosticBag diagnostics, SourceSpan? reportAt = null)
    {
        var at = reportAt ?? new SourceSpan(path, 0, 0);
        if (!File.Exists(path))
        {
            diagnostics.Report(DiagnosticCatalog.InputMissing, $"'{path}' does not exist", at);
            return null;
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCatalog.InputMissing, $"cannot read '{path}': {e.Message}", at);
            return null;
        }
        return SourceText.Decode(bytes, path, diagnostics);
    }

    public static bool IsText(string path, SourceFormat format) =>
        format == SourceFormat.Text || (format == SourceFormat.Auto && Path.GetExtension(path).Equals(".txt", StringComparison.OrdinalIgnoreCase));

    private static Document Empty(string path) => new(Metadata.Empty, []) { SourcePath = path };
}
