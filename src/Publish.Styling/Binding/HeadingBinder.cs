namespace Publish.Styling.Binding;

/// <summary>
/// <c>headings:</c> holds <c>all:</c> (applied to every level first) and <c>h1:</c> … <c>h6:</c>.
/// Sizes in em are relative to the body; spacing in em is relative to the heading's own size, as in CSS.
/// </summary>
internal static class HeadingBinder
{
    private static readonly string[] Levels = ["all", "h1", "h2", "h3", "h4", "h5", "h6"];

    private static readonly string[] Keys =
        ["font", "size", "weight", "italic", "case", "align", "space-before", "space-after", "page-break-before", "numbered"];

    public static IReadOnlyList<HeadingStyle> Bind(IReadOnlyList<HeadingStyle> headings, double bodySize, ValueReader node, BindContext context)
    {
        var styles = headings.ToArray();
        foreach (var (key, value) in context.Read(node.Node, node.Path, Levels))
        {
            if (key == "all")
            {
                // Read once per level so each level's em spacing follows its own size; report only once.
                var probe = new BindContext(new Model.DiagnosticBag());
                for (var i = 0; i < styles.Length; i++)
                    styles[i] = BindLevel(styles[i], bodySize, value, i == 0 ? context : probe);
            }
            else
            {
                var index = key[1] - '1';
                styles[index] = BindLevel(styles[index], bodySize, value, context);
            }
        }
        return styles;
    }

    public static HeadingStyle BindLevel(HeadingStyle style, double bodySize, ValueReader node, BindContext context)
    {
        foreach (var (key, value) in context.Read(node.Node, node.Path, Keys))
        {
            style = key switch
            {
                "font" => value.Families() is { } f ? style with { Families = f } : style,
                "size" => value.Length(em: bodySize, min: 4, max: 144) is { } s ? style with { Size = s } : style,
                "weight" => value.Choice(("normal", false), ("bold", true)) is { } b ? style with { Bold = b } : style,
                "italic" => value.Bool() is { } i ? style with { Italic = i } : style,
                "case" => value.Choice(("none", TextCase.None), ("upper", TextCase.Upper), ("small-caps", TextCase.SmallCaps)) is { } c ? style with { Case = c } : style,
                "align" => value.Choice(ThemeBinder.Alignments) is { } a ? style with { Align = a } : style,
                "space-before" => value.Length(em: style.Size, max: 400) is { } sb ? style with { SpaceBefore = sb } : style,
                "space-after" => value.Length(em: style.Size, max: 400) is { } sa ? style with { SpaceAfter = sa } : style,
                "page-break-before" => value.Bool() is { } p ? style with { PageBreakBefore = p } : style,
                "numbered" => value.Bool() is { } n ? style with { Numbered = n } : style,
                _ => style,
            };
        }
        return style;
    }
}
