using System.Runtime.CompilerServices;
using Publish.Epub.Package;
using Publish.Infrastructure;
using Publish.Model;

namespace Publish.Epub;

/// <summary>
/// Chapter pages kept from one EPUB build of an input to the next (watch mode). A chapter is
/// written again only when its key changes: its content, its file and title, the package's ids
/// and images, and the ids and note numbers the chapters before it used. A chapter whose writing
/// reported anything is not kept, so its warnings come back on every build. The zip entries of
/// pages and images it hands out again are kept compressed. Not for two builds at once.
/// </summary>
internal sealed class EpubCache
{
    private readonly LastBuildCache<ContentHash, RenderedChapter> _chapters = new();
    // By the identity of the bytes: a reused chapter (or image) hands the zip the same array.
    private readonly ConditionalWeakTable<byte[], ZipEntryData> _deflated = [];

    /// <summary>Chapters written to XHTML in the last build.</summary>
    public int ChaptersRendered { get; private set; }
    /// <summary>Chapters whose page the last build took from the cache.</summary>
    public int ChaptersReused { get; private set; }

    internal void Begin()
    {
        _chapters.StartBuild();
        ChaptersRendered = ChaptersReused = 0;
    }

    internal bool TryGet(ContentHash key, out RenderedChapter chapter)
    {
        if (!_chapters.TryReuse(key, out chapter)) return false;
        ChaptersReused++;
        return true;
    }

    internal void Rendered(ContentHash key, RenderedChapter? keep)
    {
        ChaptersRendered++;
        if (keep is not null) _chapters.Keep(key, keep);
    }

    /// <summary>A file's compressed entry, from an earlier build when the same bytes were zipped before.</summary>
    internal ZipEntryData Deflated(byte[] data) => _deflated.GetValue(data, ZipEntryData.Deflate);

    /// <summary>Keeps only this build's chapters, so the cache never outgrows one book.</summary>
    internal void End() => _chapters.EndBuild();
}

/// <summary>
/// A chapter's page and what writing it changed besides: ids claimed, notes cited, images used,
/// and whether it holds MathML — replayed on a cache hit as if the chapter had been written.
/// </summary>
internal sealed record RenderedChapter(byte[] Page, bool MathML, IReadOnlyList<string> Ids, int Notes, IReadOnlyList<string> Images);
