using Publish.Layout.Paged;
using Publish.Layout.Inline;
using Publish.Model;
using Publish.Styling;

namespace Publish.Layout.Blocks;

/// <summary>
/// Body paragraphs: first-line indent when one paragraph follows another (or spacing, per theme),
/// widow and orphan control, display math set apart and centred.
/// </summary>
internal sealed class ParagraphBlock : BlockLayout<Paragraph>
{
    /// <summary>Extra room above and below a typeset display formula, in em of the body text.</summary>
    public const double DisplaySpace = 0.3;

    protected override void Layout(Paragraph block, BlockContext ctx, FlowWriter flow)
    {
        var style = ctx.Theme.Paragraph;
        var indent = style.Indent > 0 && Indents(flow.Previous, style) ? style.Indent * ctx.Text.Size : 0;
        if (flow.Previous != Previous.Start && (style.Spacing > 0 || flow.Previous == Previous.Other)) flow.Space(ctx.BlockGap);

        var lines = new List<LaidLine>();
        var afterPicture = false;
        foreach (var (part, display) in Split(block.Content, ctx))
        {
            if (part is [Image image] && ctx.Picture(image) is { Large: true } picture)
            {
                // A large image stands between the lines where it is: the lines so far, then the picture as one box.
                if (lines.Count > 0)
                {
                    flow.Add(ctx.Boxes(lines));
                    flow.Space(ctx.BlockGap);
                }
                lines = [];
                flow.Add(PictureBox(picture, ctx));
                flow.Space(ctx.BlockGap);
                afterPicture = true; // the text after a picture continues the paragraph: no new indent
                continue;
            }
            if (display)
            {
                // Display math: typeset, centred on a line of its own (its TeX in italic if it cannot be typeset).
                var formula = ctx.Lines.Layout(part, ctx.Settings(TextAlign.Center) with { Hyphenate = false, FirstLineIndent = 0 }, block.Span);
                // Set a typeset display a little apart from the text around it (TeX's \abovedisplayskip, in short).
                var apart = DisplaySpace * ctx.Text.Size;
                lines.AddRange(formula.Select(l => l.HasFormula ? l with { Ascent = l.Ascent + apart, Descent = l.Descent + apart } : l));
            }
            else lines.AddRange(ctx.Lines.Layout(part, ctx.Settings(firstLineIndent: lines.Count == 0 && !afterPicture ? indent : 0), block.Span));
        }
        flow.Add(ctx.Boxes(lines));
        flow.Previous = Previous.Paragraph;
    }

    protected override StructNode? Structure(Paragraph block, BlockContext ctx) => new(StructRole.P);

    // Only a paragraph that follows a paragraph is indented: after a list, quote or code block the
    // space above already marks the start, and an indent there reads as a stray tab.
    private static bool Indents(Previous previous, ParagraphStyle style) => previous switch
    {
        Previous.Paragraph => true,
        Previous.Heading => !style.NoIndentAfterHeading,
        _ => false,
    };

    /// <summary>The picture centred in the measure, with its alt text for tagging; kept whole on a page.</summary>
    private static Pages.FlowBox PictureBox(InlinePicture picture, BlockContext ctx)
    {
        var x = ctx.Left + (ctx.Width - picture.Width) / 2;
        return new Pages.FlowBox(picture.Height, [new Paged.ImageItem(Paged.PageImage.Of(picture.Image), new Paged.Rect(x, 0, picture.Width, picture.Height), picture.Alt)])
        {
            Text = $"[image {picture.Alt}]",
        };
    }

    /// <summary>Runs of text between display maths and large images, and each of those alone; blank runs dropped.</summary>
    private static IEnumerable<(IReadOnlyList<Model.Inline> Part, bool Display)> Split(IReadOnlyList<Model.Inline> content, BlockContext ctx)
    {
        var run = new List<Model.Inline>();
        foreach (var inline in content)
        {
            if (inline is Image image && ctx.Picture(image) is { Large: true })
            {
                if (!IsBlank(run)) yield return (run, false);
                run = [];
                yield return ([inline], false);
            }
            else if (inline is TexMath { Display: true })
            {
                if (!IsBlank(run)) yield return (run, false);
                run = [];
                yield return ([inline], true);
            }
            else run.Add(inline);
        }
        if (!IsBlank(run)) yield return (run, false);
    }

    private static bool IsBlank(List<Model.Inline> run) =>
        run.All(i => i is SoftBreak or LineBreak || (i is Text t && string.IsNullOrWhiteSpace(t.Value)));
}
