using Publish.Layout.Paged;
using Publish.Model;

namespace Publish.Layout.Book;

/// <summary>
/// Links between a footnote's reference mark and its text, both ways: the mark is found as the
/// glyph run that spells the note's marker (the inline layouter sets it as a run of its own).
/// </summary>
public static class NoteLinks
{
    public static IEnumerable<PageItem> Reference(Note note, IReadOnlyList<PageItem> line, BookPlan plan) =>
        Links(plan.NoteMarker(note), line, plan.NoteIds(note).Note, plan.NoteIds(note).Reference);

    public static IEnumerable<PageItem> Text(Note note, IReadOnlyList<PageItem> firstLine, BookPlan plan) =>
        Links(plan.NoteMarker(note), firstLine, plan.NoteIds(note).Reference, plan.NoteIds(note).Note);

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
