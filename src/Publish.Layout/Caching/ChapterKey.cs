using Publish.Infrastructure;
using Publish.Layout.Book;
using Publish.Model;

namespace Publish.Layout.Caching;

/// <summary>
/// What a chapter's flow depends on besides the theme: its blocks' content, and what the book
/// plan decided for them — heading ids, numbers and titles, footnote markers and link ids, figure
/// and table numbers, which images are embedded (and their size), the language (hyphenation).
/// </summary>
internal static class ChapterKey
{
    public static ContentHash Of(BookPlan plan, int chapter)
    {
        var blocks = plan.Chapters[chapter];
        using var b = new ContentHashBuilder();
        b.Add(ModelFingerprint.Of(blocks)).Add(plan.Language);
        NodeWalker.Walk(blocks, node =>
        {
            switch (node)
            {
                case Heading h when plan.TryEntry(h) is { } e: b.Add(1).Add(e.Level).Add(e.Id).Add(e.Title).Add(e.Number); break;
                case Heading: b.Add(2); break;
                case Note n:
                    var (note, reference) = plan.NoteIds(n);
                    b.Add(3).Add(plan.NoteMarker(n)).Add(note).Add(reference);
                    break;
                case Figure or Table: b.Add(4).Add(plan.Number((Block)node)); break;
                case Image i when plan.Resources.TryGetValue(i.Source, out var r): b.Add(5).Add(r.Key).Add(r.PixelWidth).Add(r.PixelHeight); break;
                case Image: b.Add(6); break;
            }
        });
        return b.ToHash();
    }
}
