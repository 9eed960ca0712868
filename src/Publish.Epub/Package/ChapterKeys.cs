using Publish.Infrastructure;
using Publish.Model;
using Publish.Styling;

namespace Publish.Epub.Package;

/// <summary>
/// Cache keys of the chapter pages, in reading order: what the whole package shares (ids and
/// their files, embedded images, language, Kobo markup, note numbering), the chapter's content,
/// file and title, and the state the chapters before it leave behind (ids taken, notes cited).
/// </summary>
internal sealed class ChapterKeys
{
    private readonly ContentHash _shared;
    private ContentHash _claimed;

    public ChapterKeys(IdIndex index, string language, bool kobo, NoteNumbering numbering, IEnumerable<string> resources)
    {
        using var b = new ContentHashBuilder();
        b.Add(index.Hash()).Add(language).Add(kobo).Add((int)numbering);
        foreach (var key in resources.Order(StringComparer.Ordinal)) b.Add(key);
        _shared = b.ToHash();
    }

    /// <summary>The key of the next chapter, whose page-break markers carry <paramref name="pageBreaks"/>.</summary>
    public ContentHash Next(Chapter chapter, string pageTitle, int notesCited, IReadOnlyList<string> pageBreaks)
    {
        using var b = new ContentHashBuilder();
        b.Add(_shared).Add(_claimed).Add(notesCited).Add(chapter.FileName).Add(pageTitle).Add(chapter.Title is not null)
            .Add(ModelFingerprint.Of(chapter.Blocks)).Add(pageBreaks.Count);
        foreach (var label in pageBreaks) b.Add(label);
        return b.ToHash();
    }

    /// <summary>Chains the ids a chapter took into the state the next one starts from.</summary>
    public void Claimed(IReadOnlyList<string> ids)
    {
        using var b = new ContentHashBuilder();
        b.Add(_claimed).Add(ids.Count);
        foreach (var id in ids) b.Add(id);
        _claimed = b.ToHash();
    }
}
