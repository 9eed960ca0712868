using Publish.Layout.Paged;
using Publish.Layout.Pages;
using Publish.Model;
using Publish.Styling;

namespace Publish.Layout.Blocks;

/// <summary>
/// Code blocks: each source line set preformatted in the monospace family (wrapped lines are the
/// inline layouter's business), on a light background drawn per line so it survives a page break.
/// </summary>
internal sealed class CodeBlockLayout : BlockLayout<CodeBlock>
{
    private static readonly Rgba Background = new(0xf3, 0xf3, 0xf3);

    protected override StructNode? Structure(CodeBlock block, BlockContext ctx) => new(StructRole.Code);

    protected override void Layout(CodeBlock block, BlockContext ctx, FlowWriter flow)
    {
        var style = ctx.Theme.Code;
        if (flow.Previous != Previous.Start) flow.Space(ctx.BlockGap);
        var families = style.Families.Count > 0 ? style.Families : ctx.Theme.MonoFamilies;
        var leading = style.Size * ctx.Text.Leading / ctx.Text.Size;
        var pad = style.Indent / 2;
        var inner = ctx.Indented(style.Indent, pad) with { Text = new TextStyle(families, style.Size, leading, style.Italic) };
        var settings = inner.Settings(TextAlign.Left) with { Preformatted = true, Hyphenate = false, NoteMarker = null };

        var lines = new List<Inline.LaidLine>();
        foreach (var source in block.Text.TrimEnd('\n').Split('\n'))
        {
            var set = source.Length == 0 ? [] : ctx.Lines.Layout([new Text(source.TrimEnd('\r'))], settings, block.Span);
            lines.AddRange(set.Count > 0 ? set : [new Inline.LaidLine(0, leading * 0.75, leading * 0.25, leading, [])]);
        }
        var boxes = inner.Boxes(lines).ToList();
        var fill = (FlowBox b) => b with { Items = [new FillItem(new Rect(ctx.Left, 0, ctx.Width, b.Height), Background), .. b.Items] };
        flow.Add(new FlowBox(pad, [new FillItem(new Rect(ctx.Left, 0, ctx.Width, pad), Background)]) { KeepWithNext = true });
        for (var i = 0; i < boxes.Count; i++)
            flow.Add(fill(i == boxes.Count - 1 ? boxes[i] with { KeepWithNext = true } : boxes[i]));
        flow.Add(new FlowBox(pad, [new FillItem(new Rect(ctx.Left, 0, ctx.Width, pad), Background)]));
        flow.Previous = Previous.Other;
    }
}
