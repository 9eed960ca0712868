using Publish.Layout.Paged;
using Publish.Pdf.Syntax;

namespace Publish.Pdf.Content;

/// <summary>
/// Every page's compressed content stream, built in parallel: once fonts and images are named,
/// pages are independent. A page whose fingerprint the cache knows is not built again.
/// </summary>
internal static class PageStreams
{
    /// <summary>Fingerprints are computed only for a cache (zero without one).</summary>
    public sealed record Result(byte[][] Streams, ulong[] Fingerprints, int Built);

    public static Result Build(PagedDocument document, DocumentResources resources, PdfWriteCache? cache)
    {
        var count = document.Pages.Count;
        var streams = new byte[count][];
        var fingerprints = new ulong[count];
        var built = 0;
        Parallel.For(0, count, () => (PageContentBuilder?)null, (i, _, builder) =>
        {
            var page = document.Pages[i];
            if (cache is not null)
            {
                var fingerprint = fingerprints[i] = PageFingerprint.Of(page, resources);
                if (cache.Page(fingerprint) is { } known)
                {
                    streams[i] = known;
                    return builder;
                }
            }
            builder ??= new PageContentBuilder(resources);
            builder.Build(page);
            streams[i] = Deflate.Compress(builder.Out.Written);
            Interlocked.Increment(ref built);
            return builder;
        }, builder => builder?.Dispose());
        return new Result(streams, fingerprints, built);
    }
}
