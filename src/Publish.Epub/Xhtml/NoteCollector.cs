using Publish.Model;
using Publish.Styling;

namespace Publish.Epub.Xhtml;

/// <summary>
/// Footnotes cited in the current chapter, written as pop-up asides at its end. Ids run through
/// the whole package (unique); the visible number restarts per chapter when the theme says so.
/// </summary>
internal sealed class NoteCollector
{
    private readonly List<(string Label, string Id, string RefId, Note Note)> _pending = [];
    private int _serial;
    private int _visible;

    /// <summary>Notes cited so far in the package.</summary>
    internal int Cited => _serial;

    /// <summary>Counts notes a cached chapter cited (and flushed), as if it had been written again.</summary>
    internal void Skip(int notes, NoteNumbering numbering)
    {
        _serial += notes;
        _visible = numbering == NoteNumbering.PerChapter ? 0 : _visible + notes;
    }

    public (string Label, string Id, string RefId) Cite(Note note, IdRegistry ids)
    {
        _serial++;
        _visible++;
        var id = ids.Generate("fn", _serial);
        var refId = ids.Generate("fnref", _serial);
        var label = _visible.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _pending.Add((label, id, refId, note));
        return (label, id, refId);
    }

    /// <summary>Writes the asides for every note cited so far (notes cited inside notes included).</summary>
    public void Flush(XhtmlRenderer renderer, NoteNumbering numbering)
    {
        for (var i = 0; i < _pending.Count; i++)
        {
            var (label, id, refId, note) = _pending[i];
            WriteAside(renderer, label, id, refId, note);
        }
        _pending.Clear();
        if (numbering == NoteNumbering.PerChapter) _visible = 0;
    }

    private static void WriteAside(XhtmlRenderer renderer, string label, string id, string refId, Note note)
    {
        var o = renderer.Out;
        o.EnsureLine().Open("aside", ("id", id), ("class", "footnote"), renderer.EpubType("footnote"), ("role", "doc-footnote")).Line();
        void BackLink() => o.Open("a", ("href", "#" + refId), ("role", "doc-backlink")).Text(label + ".").Close("a").Raw(" ");
        // The back-link opens the first paragraph, so the pop-up starts with the note's number.
        var blocks = note.Content;
        if (blocks is [Paragraph first, ..])
        {
            o.Open("p");
            BackLink();
            renderer.WriteInlines(first.Content);
            o.Close("p").Line();
            renderer.WriteBlocks(blocks.Skip(1));
        }
        else
        {
            o.Open("p");
            BackLink();
            o.Close("p").Line();
            renderer.WriteBlocks(blocks);
        }
        o.EnsureLine().Close("aside").Line();
    }
}
