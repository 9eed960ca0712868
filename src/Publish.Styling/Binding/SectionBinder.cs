namespace Publish.Styling.Binding;

/// <summary>The smaller theme sections: chapters, quote and code blocks, lists, tables, notes, running heads, TOC, colours, EPUB.</summary>
internal static class SectionBinder
{
    public static ChapterStyle Chapters(ChapterStyle style, double bodySize, ValueReader node, BindContext context)
    {
        foreach (var (key, value) in context.Read(node.Node, node.Path, "new-page", "start-on-recto", "sink"))
        {
            style = key switch
            {
                "new-page" => value.Bool() is { } n ? style with { NewPage = n } : style,
                "start-on-recto" => value.Bool() is { } r ? style with { StartOnRecto = r } : style,
                "sink" => value.Length(em: bodySize, max: 600) is { } s ? style with { Sink = s } : style,
                _ => style,
            };
        }
        return style;
    }

    /// <summary>Quote and code blocks: indent and size in em are relative to the body.</summary>
    public static BlockStyle Block(BlockStyle style, double bodySize, ValueReader node, BindContext context)
    {
        foreach (var (key, value) in context.Read(node.Node, node.Path, "font", "size", "indent", "italic"))
        {
            style = key switch
            {
                "font" => value.Families() is { } f ? style with { Families = f } : style,
                "size" => value.Length(em: bodySize, min: 4, max: 72) is { } s ? style with { Size = s } : style,
                "indent" => value.Length(em: bodySize, max: 200) is { } i ? style with { Indent = i } : style,
                "italic" => value.Bool() is { } it ? style with { Italic = it } : style,
                _ => style,
            };
        }
        return style;
    }

    public static Theme Lists(Theme theme, ValueReader node, BindContext context)
    {
        foreach (var (_, value) in context.Read(node.Node, node.Path, "indent"))
            if (value.Length(em: theme.Body.Size, max: 200) is { } indent) theme = theme with { ListIndent = indent };
        return theme;
    }

    public static TableStyle Table(TableStyle style, double bodySize, ValueReader node, BindContext context)
    {
        foreach (var (key, value) in context.Read(node.Node, node.Path, "size", "rules", "header-bold", "cell-padding"))
        {
            style = key switch
            {
                "size" => value.Length(em: bodySize, min: 4, max: 72) is { } s ? style with { Size = s } : style,
                "rules" => value.Bool() is { } r ? style with { Rules = r } : style,
                "header-bold" => value.Bool() is { } b ? style with { HeaderBold = b } : style,
                "cell-padding" => value.Length(em: bodySize, max: 72) is { } p ? style with { CellPadding = p } : style,
                _ => style,
            };
        }
        return style;
    }

    public static FootnoteStyle Footnotes(FootnoteStyle style, double bodySize, ValueReader node, BindContext context)
    {
        foreach (var (key, value) in context.Read(node.Node, node.Path, "size", "leading", "numbering"))
        {
            style = key switch
            {
                "size" => value.Length(em: bodySize, min: 4, max: 72) is { } s ? style with { Size = s } : style,
                "leading" => value.Length(em: style.Size, min: 4, max: 144) is { } l ? style with { Leading = l } : style,
                "numbering" => value.Choice(("per-chapter", NoteNumbering.PerChapter), ("per-book", NoteNumbering.PerBook)) is { } n ? style with { Numbering = n } : style,
                _ => style,
            };
        }
        return style;
    }

    public static RunningHeadStyle RunningHeads(RunningHeadStyle style, double bodySize, ValueReader node, BindContext context)
    {
        foreach (var (key, value) in context.Read(node.Node, node.Path, "enabled", "size", "page-numbers"))
        {
            style = key switch
            {
                "enabled" => value.Bool() is { } e ? style with { Enabled = e } : style,
                "size" => value.Length(em: bodySize, min: 4, max: 72) is { } s ? style with { Size = s } : style,
                "page-numbers" => value.Choice(
                    ("none", PageNumberPlacement.None), ("bottom-center", PageNumberPlacement.BottomCenter),
                    ("bottom-outer", PageNumberPlacement.BottomOuter), ("top-outer", PageNumberPlacement.TopOuter)) is { } p
                    ? style with { PageNumbers = p } : style,
                _ => style,
            };
        }
        return style;
    }

    public static TocStyle Toc(TocStyle style, ValueReader node, BindContext context)
    {
        foreach (var (key, value) in context.Read(node.Node, node.Path, "enabled", "depth", "title"))
        {
            style = key switch
            {
                "enabled" => value.Bool() is { } e ? style with { Enabled = e } : style,
                "depth" => value.Integer(1, 6) is { } d ? style with { Depth = d } : style,
                "title" => value.Text() is { } t ? style with { Title = t } : style,
                _ => style,
            };
        }
        return style;
    }

    /// <summary><c>labels:</c> — the theme's words for generated text, one key each (contents, figure, table, ...).</summary>
    public static IReadOnlyDictionary<string, string> Labels(IReadOnlyDictionary<string, string> labels, ValueReader node, BindContext context)
    {
        var result = new Dictionary<string, string>(labels, StringComparer.Ordinal);
        foreach (var (key, value) in context.Read(node.Node, node.Path, [.. Languages.GeneratedLabels.Keys]))
            if (value.Text() is { } text) result[key] = text;
        return result;
    }

    public static ColorStyle Colors(ColorStyle style, ValueReader node, BindContext context)
    {
        foreach (var (key, value) in context.Read(node.Node, node.Path, "text", "link", "heading", "rule"))
        {
            if (value.Color() is not { } color) continue;
            style = key switch
            {
                "text" => style with { Text = color },
                "link" => style with { Link = color },
                "heading" => style with { Heading = color },
                _ => style with { Rule = color },
            };
        }
        return style;
    }

    public static EpubStyle Epub(EpubStyle style, ValueReader node, BindContext context)
    {
        foreach (var (_, value) in context.Read(node.Node, node.Path, "embed-fonts"))
            if (value.Bool() is { } embed) style = style with { EmbedFonts = embed };
        return style;
    }
}
