using Publish.Layout.Paged;
using Publish.Layout.Tagging;
using Publish.Layout.Blocks;
using Publish.Layout.Pages;
using Publish.Model;

namespace Publish.Layout.Book;

/// <summary>
/// Sets a footnote's blocks in the footnote type across the full measure, its number leading the
/// first paragraph. Lines are separate boxes so that a long note can continue on the next page.
/// </summary>
internal static class FootnoteLayouter
{
    public static NoteFlow Layout(Note note, BlockContext body)
    {
        var style = body.Theme.Footnotes;
        var ctx = body with
        {
            Left = 0,
            Text = new TextStyle(body.Theme.Body.Families, style.Size, style.Leading),
            Notes = null, // a note inside a note is not numbered or set
            ListDepth = 0,
            Align = null,
        };
        var marker = new Superscript([new Text(body.Plan.NoteMarker(note))]);
        IReadOnlyList<Block> blocks = note.Content.Count > 0 && note.Content[0] is Paragraph first
            ? [first with { Content = [marker, new Text("\u00A0"), .. first.Content] }, .. note.Content.Skip(1)]
            : [new Paragraph([marker]), .. note.Content];
        var flow = new FlowWriter();
        body.Blocks.Layout(blocks, ctx, flow);
        // Notes split between any two lines: keep-with-next is for the body text.
        var boxes = flow.Elements.OfType<FlowBox>().Select(b => b with { KeepWithNext = false, Notes = [] }).ToList();
        if (boxes.Count > 0) boxes[0] = boxes[0] with { Items = [.. boxes[0].Items, .. NoteLinks.Text(note, boxes[0].Items, body.Plan)] };
        StructTagging.Adopt(boxes, new StructNode(StructRole.Note));
        return new NoteFlow(note, boxes);
    }
}
