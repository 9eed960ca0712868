using Publish.Infrastructure;
using Publish.Epub.Package;
using Publish.Model;
using Publish.Styling;

namespace Publish.Epub;

internal sealed record EpubWriteOptions
{
    /// <summary>The modification time written as dcterms:modified (from SOURCE_DATE_EPOCH when set).</summary>
    public DateTimeOffset Modified { get; init; } = DateTimeOffset.UnixEpoch;
    /// <summary>Kobo's kepub span markup.</summary>
    public bool Kobo { get; init; }
    /// <summary>Print page numbers: where each page of the PDF laid out in the same build starts (page-break markers and page-list).</summary>
    public IReadOnlyList<PrintPage>? PageList { get; init; }
    /// <summary>Chapter pages kept between builds of the same input (watch mode); null writes every chapter.</summary>
    public EpubCache? Cache { get; init; }
}

/// <summary>A printed page's label and the block its first line belongs to (by <see cref="ModelFingerprint"/>).</summary>
internal sealed record PrintPage(string Label, ContentHash Block);

/// <summary>The model as an EPUB 3 package that e-readers accept when sideloaded.</summary>
internal static class EpubWriter
{
    public static void Write(Document document, Theme theme, Stream output, EpubWriteOptions options, DiagnosticBag diagnostics)
    {
        var book = new EpubBook(document, theme, options, diagnostics);
        book.RenderChapters();
        var files = book.Package();
        DeterministicZip.Write(output, files, options.Modified, options.Cache is { } cache ? cache.Deflated : null);
    }
}
