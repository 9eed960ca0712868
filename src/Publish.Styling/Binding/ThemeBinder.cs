using Publish.Styling.Yaml;

namespace Publish.Styling.Binding;

/// <summary>
/// Turns a (merged) theme mapping into a <see cref="Theme"/>, starting from the built-in defaults:
/// each key present replaces one default, each bad key is reported and leaves its default in place.
/// </summary>
internal static class ThemeBinder
{
    public static readonly string[] TopLevelKeys =
    [
        "extends", "description", "page", "body", "fonts", "paragraph", "headings", "chapters",
        "quote", "code", "lists", "table", "footnotes", "running-heads", "toc", "colors", "epub", "title-page", "labels",
        "article", // last: its overrides start from everything above
    ];

    public static Theme Bind(MappingNode root, Theme start, string? folder, BindContext context) =>
        Bind(root, start, folder, context, "", TopLevelKeys);

    /// <summary>Binds the keys of <paramref name="root"/> under <paramref name="path"/>, allowing only <paramref name="keys"/>.</summary>
    public static Theme Bind(MappingNode root, Theme start, string? folder, BindContext context, string path, string[] keys)
    {
        var theme = start;
        foreach (var (key, value) in context.Read(root, path, keys))
        {
            theme = key switch
            {
                "description" => value.Text() is { } text ? theme with { Description = text } : theme,
                "page" => theme with { Page = BindPage(theme.Page, value, context) },
                "body" => theme with { Body = BindBody(theme.Body, value, context) },
                "fonts" => FontBinder.Bind(theme, value, folder, context),
                "paragraph" => theme with { Paragraph = BindParagraph(theme.Paragraph, theme.Body.Size, value, context) },
                "headings" => theme with { Headings = HeadingBinder.Bind(theme.Headings, theme.Body.Size, value, context) },
                "chapters" => theme with { Chapters = SectionBinder.Chapters(theme.Chapters, theme.Body.Size, value, context) },
                "quote" => theme with { Quote = SectionBinder.Block(theme.Quote, theme.Body.Size, value, context) },
                "code" => theme with { Code = SectionBinder.Block(theme.Code, theme.Body.Size, value, context) },
                "lists" => SectionBinder.Lists(theme, value, context),
                "table" => theme with { Table = SectionBinder.Table(theme.Table, theme.Body.Size, value, context) },
                "footnotes" => theme with { Footnotes = SectionBinder.Footnotes(theme.Footnotes, theme.Body.Size, value, context) },
                "running-heads" => theme with { RunningHeads = SectionBinder.RunningHeads(theme.RunningHeads, theme.Body.Size, value, context) },
                "toc" => theme with { Toc = SectionBinder.Toc(theme.Toc, value, context) },
                "colors" => theme with { Colors = SectionBinder.Colors(theme.Colors, value, context) },
                "epub" => theme with { Epub = SectionBinder.Epub(theme.Epub, value, context) },
                "title-page" => value.Bool() is { } on ? theme with { TitlePage = on } : theme,
                "labels" => theme with { Labels = SectionBinder.Labels(theme.Labels, value, context) },
                "article" => ArticleBinder.Bind(theme, value, folder, context),
                _ => theme, // extends: resolved by the loader before binding
            };
        }
        return theme;
    }

    private static PageStyle BindPage(PageStyle page, ValueReader node, BindContext context)
    {
        foreach (var (key, value) in context.Read(node.Node, node.Path, "size", "width", "height", "margins", "mirror", "bleed", "crop-marks"))
        {
            page = key switch
            {
                "size" => PageSize(value) is var (w, h) ? page with { Width = w, Height = h } : page,
                "width" => value.Length(min: 72) is { } w ? page with { Width = w } : page,
                "height" => value.Length(min: 72) is { } h ? page with { Height = h } : page,
                "margins" => BindMargins(page, value, context),
                "mirror" => value.Bool() is { } m ? page with { Mirror = m } : page,
                "bleed" => value.Length(max: 36) is { } b ? page with { Bleed = b } : page,
                "crop-marks" => value.Bool() is { } c ? page with { CropMarks = c } : page,
                _ => page,
            };
        }
        return page;
    }

    private static (double, double)? PageSize(ValueReader value)
    {
        var allowed = $"one of {string.Join(", ", Length.PageSizes.Keys)} or WIDTHxHEIGHT with a unit (e.g. 7x10in, 148x210mm)";
        if (value.Node is ScalarNode { IsNull: false } scalar && Length.ParsePageSize(scalar.Value) is { } size) return size;
        value.Reject(allowed);
        return null;
    }

    // `margins: 20mm` sets all four; a mapping sets them one by one.
    private static PageStyle BindMargins(PageStyle page, ValueReader node, BindContext context)
    {
        if (node.Node is ScalarNode)
        {
            return node.Length(max: 400) is { } all
                ? page with { MarginInner = all, MarginOuter = all, MarginTop = all, MarginBottom = all }
                : page;
        }
        foreach (var (key, value) in context.Read(node.Node, node.Path, "inner", "outer", "top", "bottom"))
        {
            if (value.Length(max: 400) is not { } length) continue;
            page = key switch
            {
                "inner" => page with { MarginInner = length },
                "outer" => page with { MarginOuter = length },
                "top" => page with { MarginTop = length },
                _ => page with { MarginBottom = length },
            };
        }
        return page;
    }

    private static FontStyle BindBody(FontStyle body, ValueReader node, BindContext context)
    {
        foreach (var (key, value) in context.Read(node.Node, node.Path, "font", "size", "leading", "figures"))
        {
            body = key switch
            {
                "font" => value.Families() is { } f ? body with { Families = f } : body,
                "size" => value.Length(min: 4, max: 72) is { } s ? body with { Size = s } : body,
                // Leading in em is relative to the body size: 1.4em on 10pt is 14pt.
                "leading" => value.Length(em: body.Size, min: 4, max: 144) is { } l ? body with { Leading = l } : body,
                "figures" => value.Choice(("old-style", true), ("lining", false)) is { } o ? body with { OldStyleFigures = o } : body,
                _ => body,
            };
        }
        return body;
    }

    private static ParagraphStyle BindParagraph(ParagraphStyle paragraph, double bodySize, ValueReader node, BindContext context)
    {
        var keys = new[] { "indent", "spacing", "align", "hyphenate", "widows", "orphans", "indent-after-heading" };
        foreach (var (key, value) in context.Read(node.Node, node.Path, keys))
        {
            paragraph = key switch
            {
                // The record keeps the indent in em; a length in points is converted with the body size.
                "indent" => value.Length(em: bodySize, max: 144) is { } i ? paragraph with { Indent = i / bodySize } : paragraph,
                "spacing" => value.Length(em: bodySize, max: 144) is { } s ? paragraph with { Spacing = s } : paragraph,
                "align" => value.Choice(Alignments) is { } a ? paragraph with { Align = a } : paragraph,
                "hyphenate" => value.Bool() is { } h ? paragraph with { Hyphenate = h } : paragraph,
                "widows" => value.Integer(1, 5) is { } w ? paragraph with { Widows = w } : paragraph,
                "orphans" => value.Integer(1, 5) is { } o ? paragraph with { Orphans = o } : paragraph,
                "indent-after-heading" => value.Bool() is { } f ? paragraph with { NoIndentAfterHeading = !f } : paragraph,
                _ => paragraph,
            };
        }
        return paragraph;
    }

    /// <summary>"ragged" is the typesetter's word for left-aligned text.</summary>
    public static readonly (string, TextAlign)[] Alignments =
        [("justify", TextAlign.Justify), ("left", TextAlign.Left), ("ragged", TextAlign.Left), ("center", TextAlign.Center), ("right", TextAlign.Right)];
}
