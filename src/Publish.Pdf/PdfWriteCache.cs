using Publish.Infrastructure;
using Publish.Layout.Paged;
using Publish.Pdf.Fonts;
using Publish.Pdf.Images;
using Publish.Pdf.Syntax;

namespace Publish.Pdf;

/// <summary>
/// What one PDF build can hand to the next build of the same input: a watch session keeps one and
/// passes it to every rebuild. Never shared between threads or between different inputs.
/// Holds each page's compressed content stream by a fingerprint of its items, each font's
/// encoded subset by its glyph set, and each decoded image by its bytes; whatever a build does
/// not use is dropped afterwards, so the cache never outgrows one document.
/// </summary>
internal sealed class PdfWriteCache
{
    private readonly LastBuildCache<ulong, byte[]> pages = new();
    private readonly LastBuildCache<ulong, FontProgram> fonts = new();
    private readonly LastBuildCache<ulong, IPdfXObject?> images = new();

    /// <summary>What the last write through this cache built anew and what it reused.</summary>
    public PdfWriteStatistics LastWrite { get; private set; } = new(0, 0, 0, 0);

    /// <summary>Safe to call from several threads while no build stores into the cache.</summary>
    internal byte[]? Page(ulong fingerprint) => pages.TryGet(fingerprint, out var stream) ? stream : null;

    internal void KeepPage(ulong fingerprint, byte[] stream) => pages.Keep(fingerprint, stream);

    internal FontProgram? Font(ulong usage) => fonts.TryGet(usage, out var program) ? program : null;

    internal void KeepFont(ulong usage, FontProgram program) => fonts.Keep(usage, program);

    internal IPdfXObject? Image(PageImage resource, (int Width, int Height)? fit)
    {
        var f = new Fingerprint(0x1A);
        f.Add(resource.Key);
        f.Add<byte>(resource.Data);
        f.Add(fit?.Width ?? -1);
        f.Add(fit?.Height ?? -1);
        var key = f.Value;
        if (!images.TryGet(key, out var image)) image = PdfXObjects.From(resource, fit);
        images.Keep(key, image);
        return image;
    }

    /// <summary>Ends a build: what it used becomes the cache, the rest is let go.</summary>
    internal void Finish(PdfWriteStatistics statistics)
    {
        pages.EndBuild();
        fonts.EndBuild();
        images.EndBuild();
        LastWrite = statistics;
    }
}

/// <summary>Pages whose content streams were built and compressed, or reused; fonts subset, or reused.</summary>
internal sealed record PdfWriteStatistics(int PagesBuilt, int PagesReused, int FontsBuilt, int FontsReused);
