using Publish.Layout.Paged;
using Publish.Model;

namespace Publish.Layout.Book;

/// <summary>
/// Links between a footnote's reference mark and its text, both ways: the mark is found as the
/// glyph run that spells the note's marker (the inline layouter sets it as a run of its own).
/// </summary>
internal static class NoteLinks
{
    /// <summary>The mark's links; tagged as a Reference holding a Link (the mark and its annotation).</summary>
    public static IEnumerable<PageItem> Reference(Note note, IReadOnlyList<PageItem> line, BookPlan plan)
    {
        var links = Links(plan.NoteMarker(note), line, plan.NoteIds(note).Note, plan.NoteIds(note).Reference).ToList();
        if (links.Count > 0 && line.OfType<GlyphRun>().LastOrDefault(g => g.Text.Trim() == plan.NoteMarker(note)) is { } mark)
        {
            var link = new StructNode(StructRole.Link);
            Tagging.StructTagging.Enclose(mark, link, links.OfType<LinkItem>());
            link.AdoptRootInto(new StructNode(StructRole.Reference));
        }
        return links;
    }

    public static IEnumerable<PageItem> Text(Note note, IReadOnlyList<PageItem> firstLine, BookPlan plan)
    {
        var links = Links(plan.NoteMarker(note), firstLine, plan.NoteIds(note).Reference, plan.NoteIds(note).Note).ToList();
        if (links.Count > 0 && firstLine.OfType<GlyphRun>().LastOrDefault(g => g.Text.Trim() == plan.NoteMarker(note)) is { } mark)
            Tagging.StructTagging.Enclose(mark, new StructNode(StructRole.Link), links.OfType<LinkItem>());
        return links;
    }

    private static IEnumerable<PageItem> Links(string marker, IReadOnlyList<PageItem> items, string target, string here)
    {
        if (target.Length == 0) yield break;
        var run = items.OfType<GlyphRun>().LastOrDefault(g => g.Text.Trim() == marker);
        if (run is null) yield break;
        var width = run.Width > 0 ? run.Width : run.Size * marker.Length * 0.6;
        yield return new DestinationItem(here, run.X, run.Baseline - run.Size * 1.5);
        yield return new LinkItem(new Rect(run.X, run.Baseline - run.Size * 1.2, width, run.Size * 1.5), null, target);
    }
}
