using Publish.Layout.Inline;
using Publish.Layout.Tagging;
using Publish.Layout.Paged;
using Publish.Layout.Pages;
using Publish.Model;
using Publish.Styling;

namespace Publish.Layout.Blocks;

/// <summary>
/// Figures: the image scaled to fit the measure and the page (never enlarged past its size at
/// 96 dpi), centred, with its caption below; image and caption are one box, so they stay together.
/// </summary>
internal sealed class FigureBlock : BlockLayout<Figure>
{
    // Pixels are taken at CSS's 96 per inch when the image is smaller than the measure.
    private const double PointsPerPixel = 72.0 / 96.0;

    protected override void Layout(Figure block, BlockContext ctx, FlowWriter flow)
    {
        if (flow.Previous != Previous.Start) flow.Space(ctx.BlockGap);
        var captionCtx = ctx with { Text = ctx.Text with { Size = ctx.Text.Size * 0.9, Leading = ctx.Text.Leading * 0.9 } };
        var caption = Caption(block, captionCtx);
        var captionHeight = caption.Sum(l => l.Leading);
        var captionBoxes = captionCtx.Boxes(caption, true);
        StructTagging.Adopt(captionBoxes, new StructNode(StructRole.Caption));

        if (!ctx.Plan.Resources.TryGetValue(block.Image.Source, out var image) || image.PixelWidth <= 0 || image.PixelHeight <= 0)
        {
            ctx.Diagnostics.Report(DiagnosticCatalog.FigureImageUnavailable, $"image '{block.Image.Source}' is not available to the PDF; its alt text is set instead", block.Span);
            var alt = ctx.Lines.Layout([new Emphasis([new Text(block.Image.Alt.Length > 0 ? block.Image.Alt : block.Image.Source)])], ctx.Settings(TextAlign.Center), block.Span);
            flow.Add(LineBoxes.Stack([.. ctx.Boxes(alt, true), .. captionBoxes]));
            flow.Previous = Previous.Other;
            return;
        }

        var gap = ctx.Text.Leading / 2;
        // A size the source gives ({width=50%}) wins over the pixels; never past the measure.
        var given = InlinePicture.Length(block.Image.Attr["width"], ctx.Width, ctx.Text.Size)
            ?? InlinePicture.Length(block.Image.Attr["height"], null, ctx.Text.Size) * image.PixelWidth / image.PixelHeight;
        var width = Math.Min(ctx.Width, given ?? image.PixelWidth * PointsPerPixel);
        var height = width * image.PixelHeight / image.PixelWidth;
        var maxHeight = ctx.PageHeight - captionHeight - gap - ctx.BlockGap;
        if (height > maxHeight && maxHeight > 0) { width *= maxHeight / height; height = maxHeight; }
        var x = ctx.Left + (ctx.Width - width) / 2;
        var picture = new ImageItem(PageImage.Of(image), new Rect(x, 0, width, height), block.Image.Alt);
        // A picture that says nothing (no alt text, no caption) is decoration to a reader.
        if (AltText(block).Length == 0) picture.TaggedAs(StructNode.Decoration);
        var box = new FlowBox(height + (caption.Count > 0 ? gap : 0), [picture]);
        flow.Add(LineBoxes.Stack([box, .. captionBoxes]) with { Text = $"[figure {block.Image.Alt}]" });
        flow.Previous = Previous.Other;
    }

    protected override StructNode? Structure(Figure block, BlockContext ctx) =>
        AltText(block) is { Length: > 0 } alt ? new(StructRole.Figure) { Alt = alt } : new(StructRole.Div);

    /// <summary>The image's alt text, else its caption's text: what a reader hears for the figure.</summary>
    public static string AltText(Figure block) =>
        block.Image.Alt.Trim() is { Length: > 0 } alt ? alt : PlainText.Of(block.Caption).Trim();

    private static IReadOnlyList<Inline.LaidLine> Caption(Figure block, BlockContext ctx)
    {
        if (block.Caption.Count == 0 && !ctx.Theme.NumberFigures) return [];
        IReadOnlyList<Model.Inline> content = ctx.Theme.NumberFigures
            ? [new Strong([new Text($"{ctx.Theme.LabelsFor(ctx.Plan.Language).Figure} {ctx.Plan.Number(block)}.")]), new Text(" "), .. block.Caption]
            : block.Caption;
        return ctx.Lines.Layout(content, ctx.Settings(TextAlign.Center) with { Hyphenate = false }, block.Span);
    }
}
