using Publish.Infrastructure;
using Publish.Model;

namespace Publish.Readers.Book;

/// <summary>
/// A book's chapters as read by the previous build (watch mode): a chapter file whose text is the
/// same, read after chapters that claimed the same heading ids, gives the same blocks — so it is
/// not parsed again, and its ids are claimed as reading it would. A chapter whose reading reported
/// anything is read again every time, so its diagnostics come back. Not for two builds at once.
/// </summary>
internal sealed class BookChapterCache
{
    private readonly LastBuildCache<string, Entry> _chapters = new(StringComparer.Ordinal);

    private sealed record Entry(string Text, ContentHash IdsBefore, IReadOnlyList<Block> Blocks, IReadOnlyList<string> Ids);

    /// <summary>Chapter files parsed in the last build.</summary>
    public int ChaptersRead { get; private set; }
    /// <summary>Chapter files whose blocks the last build took from the cache.</summary>
    public int ChaptersReused { get; private set; }

    internal void Begin()
    {
        _chapters.StartBuild();
        ChaptersRead = ChaptersReused = 0;
    }

    /// <summary>The chapter's blocks from <paramref name="read"/>, or from the cache when nothing they depend on changed.</summary>
    internal IReadOnlyList<Block> Read(string path, string text, HeadingIds ids, DiagnosticBag diagnostics, Func<IReadOnlyList<Block>> read)
    {
        var before = HashOf(ids.Claimed);
        if (_chapters.TryGet(path, out var kept) && kept.IdsBefore == before && kept.Text == text)
        {
            ids.Replay(kept.Ids);
            _chapters.Keep(path, kept);
            ChaptersReused++;
            return kept.Blocks;
        }
        var (claimed, reported) = (ids.Claimed.Count, diagnostics.Items.Count);
        var blocks = read();
        ChaptersRead++;
        if (diagnostics.Items.Count == reported) _chapters.Keep(path, new Entry(text, before, blocks, ids.Claimed.Skip(claimed).ToList()));
        return blocks;
    }

    /// <summary>Keeps only this build's chapters.</summary>
    internal void End() => _chapters.EndBuild();

    private static ContentHash HashOf(IReadOnlyList<string> ids)
    {
        using var b = new ContentHashBuilder();
        b.Add(ids.Count);
        foreach (var id in ids) b.Add(id);
        return b.ToHash();
    }
}
