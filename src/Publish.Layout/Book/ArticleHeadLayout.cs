using Publish.Layout.Blocks;
using Publish.Layout.Pages;
using Publish.Model;
using Publish.Styling;

namespace Publish.Layout.Book;

/// <summary>
/// An article's page 1 opens with its head, as a newspaper sets one: the headline, the dek in
/// italics, the byline line (authors · date · source), then space before the lede. Every line is
/// kept with what follows, so the head never ends a page without the lede's first lines.
/// </summary>
internal static class ArticleHeadLayout
{
    // Display type is set tighter than text: the headline's lines belong together.
    private const double HeadlineLeading = 1.15;
    // The dek is a sentence or two of reading text, a little more open than the headline.
    private const double DekLeading = 1.3;
    private const double BylineLeading = 1.4;

    public static List<FlowElement> Layout(ArticleHead head, BlockContext ctx)
    {
        var theme = ctx.Theme;
        var style = theme.Article;
        var flow = new FlowWriter();
        var align = style.Headline.Align;
        if (head.Headline.Count > 0)
        {
            var h = style.Headline;
            var families = h.Families.Count > 0 ? h.Families : theme.Heading(1).Families.Count > 0 ? theme.Heading(1).Families : ctx.Text.Families;
            if (head.HeadlineId.Length > 0) flow.Anchor(head.HeadlineId, ctx.Left);
            flow.Add(Lines(head.Headline, ctx, new TextStyle(families, h.Size, h.Size * HeadlineLeading, h.Italic, h.Bold), align, h.Case, theme.Colors.Heading));
            flow.Space(h.SpaceAfter);
        }
        if (head.Dek is { } dek)
        {
            var text = new TextStyle(ctx.Text.Families, style.DekSize, style.DekSize * DekLeading, style.DekItalic);
            flow.Add(Lines([new Text(dek)], ctx, text, align, TextCase.None, theme.Colors.Text));
            flow.Space(style.DekSize * 0.5);
        }
        if (head.Byline.Count > 0)
        {
            var families = theme.SansFamilies.Count > 0 ? theme.SansFamilies : ctx.Text.Families;
            var text = new TextStyle(families, style.BylineSize, style.BylineSize * BylineLeading);
            flow.Add(Lines([new Text(string.Join("  \u00B7  ", head.Byline))], ctx, text, align, TextCase.None, theme.Colors.Text));
        }
        if (flow.Elements.Count > 0) flow.Space(style.SpaceAfterHead);
        return flow.Elements;
    }

    private static IEnumerable<FlowBox> Lines(IReadOnlyList<Model.Inline> content, BlockContext ctx, TextStyle text, TextAlign align, TextCase textCase, string color)
    {
        var style = ctx with { Text = text, Notes = null };
        var settings = style.Settings(align) with { Hyphenate = false, Case = textCase, Color = Paged.Rgba.Parse(color) };
        var lines = ctx.Lines.Layout(content, settings, SourceSpan.None);
        return style.Boxes(lines, keepTogether: true).Select(b => b with { KeepWithNext = true });
    }
}
