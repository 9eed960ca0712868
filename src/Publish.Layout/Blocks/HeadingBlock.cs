using Publish.Layout.Paged;
using Publish.Layout.Pages;
using Publish.Model;

namespace Publish.Layout.Blocks;

/// <summary>
/// Headings: size, spacing, alignment and case from the theme's style for the level; numbering
/// when the theme asks; a new (optionally right-hand) page with a sink for chapters; every line
/// kept with what follows, so a heading is never last on a page.
/// </summary>
internal sealed class HeadingBlock : BlockLayout<Heading>
{
    protected override StructNode? Structure(Heading block, BlockContext ctx) => new(Level(ctx.Plan.Entry(block).Level));

    /// <summary>H1–H6; deeper levels are set as H6, the deepest PDF names.</summary>
    public static StructRole Level(int level) => Math.Clamp(level, 1, 6) switch
    {
        1 => StructRole.H1, 2 => StructRole.H2, 3 => StructRole.H3, 4 => StructRole.H4, 5 => StructRole.H5, _ => StructRole.H6,
    };

    protected override void Layout(Heading block, BlockContext ctx, FlowWriter flow)
    {
        var theme = ctx.Theme;
        var style = theme.Heading(block.Level);
        var entry = ctx.Plan.Entry(block);
        var chapter = entry.Level == 1 && ctx.ListDepth == 0;
        var newPage = style.PageBreakBefore || (chapter && theme.Chapters.NewPage);
        if (newPage)
        {
            flow.Break(new FlowPageBreak(Recto: chapter && theme.Chapters.StartOnRecto) { ChapterTitle = chapter ? entry.Title : null });
            if (chapter) flow.Elements.Add(new FlowSpace(theme.Chapters.Sink, Sticky: true));
        }
        else if (flow.Previous != Previous.Start) flow.Space(style.SpaceBefore);

        var families = style.Families.Count > 0 ? style.Families : ctx.Text.Families;
        var text = ctx with { Text = new TextStyle(families, style.Size, style.Size * 1.25, style.Italic, style.Bold) };
        var settings = text.Settings(style.Align) with
        {
            Hyphenate = false,
            Case = style.Case,
            Color = Paged.Rgba.Parse(theme.Colors.Heading),
        };
        IReadOnlyList<Model.Inline> content = entry.Number is null ? block.Content : [new Text(entry.Number + "\u2003"), .. block.Content];
        var lines = ctx.Lines.Layout(content, settings, block.Span);
        var boxes = text.Boxes(lines, keepTogether: true).Select(b => b with { KeepWithNext = true }).ToList();
        if (boxes.Count == 0) boxes.Add(new FlowBox(0, []) { KeepWithNext = true });
        flow.Anchor(entry.Id, ctx.Left);
        flow.Add(boxes);
        flow.Space(style.SpaceAfter);
        flow.Previous = Previous.Heading;
    }
}
