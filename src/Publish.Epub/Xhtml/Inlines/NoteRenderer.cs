using Publish.Model;

namespace Publish.Epub.Xhtml.Inlines;

/// <summary>
/// The note reference that pops up on Apple Books, Kobo, Kindle and KOReader: an <c>a</c> with
/// <c>epub:type="noteref"</c> holding only the number (a tag inside the link breaks the pop-up).
/// </summary>
internal sealed class NoteRenderer : InlineRenderer<Note>
{
    protected override void Write(XhtmlRenderer renderer, Note inline)
    {
        var (label, id, refId) = renderer.Notes.Cite(inline, renderer.Ids);
        // The stylesheet raises a.noteref itself; a <sup> around it would raise it twice.
        renderer.Out.Open("a", renderer.EpubType("noteref"), ("role", "doc-noteref"), ("class", "noteref"), ("href", "#" + id), ("id", refId))
            .Text(label).Close("a");
    }
}
