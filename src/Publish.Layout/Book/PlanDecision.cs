using Publish.Model;

namespace Publish.Layout.Book;

/// <summary>
/// Everything the book plan decided about one node that a chapter's layout reads besides the node
/// itself: a heading's entry, a note's marker and link ids, a figure's or table's number, an
/// image's embedded resource. The layout cache keys a chapter on its content and on this record
/// for each of its nodes (every property, by reflection): a decision the layout starts to read
/// belongs here, and is then part of the key without another line.
/// </summary>
internal sealed record PlanDecision(
    int HeadingLevel = 0, string? HeadingId = null, string? Title = null, string? Number = null,
    string? NoteMarker = null, string? NoteId = null, string? NoteReferenceId = null,
    int Ordinal = 0,
    string? ImageKey = null, int ImageWidth = 0, int ImageHeight = 0)
{
    /// <summary>What the plan decided about <paramref name="node"/>, or null when it decided nothing.</summary>
    public static PlanDecision? Of(BookPlan plan, Node node) => node switch
    {
        Heading h when plan.TryEntry(h) is { } e => new(HeadingLevel: e.Level, HeadingId: e.Id, Title: e.Title, Number: e.Number),
        Note n => plan.NoteIds(n) is var (note, reference) ? new(NoteMarker: plan.NoteMarker(n), NoteId: note, NoteReferenceId: reference) : null,
        Figure or Table => new(Ordinal: plan.Number((Block)node)),
        Image i when plan.Resources.TryGetValue(i.Source, out var r) => new(ImageKey: r.Key, ImageWidth: r.PixelWidth, ImageHeight: r.PixelHeight),
        _ => null,
    };
}
