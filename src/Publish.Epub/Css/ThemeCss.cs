using Publish.Styling;
using static Publish.Epub.Css.CssSheet;

namespace Publish.Epub.Css;

/// <summary>
/// The theme as one CSS file that Kindle, Kobo and Apple Books render: relative units only, no
/// CSS variables, no @page, no position, so the reader's own font size and margins stay in control.
/// </summary>
/// <remarks>
/// Sizes become em ratios of the theme's body size and the body itself gets no font-size or
/// margins, so "larger text" and the reader's margins still work. Colours other than black are
/// the only absolute values; black text is left unset so night modes can invert it.
/// Markup it styles: h1–h6 (with an optional <c>span.heading-number</c>), p, blockquote,
/// pre/code, ul/ol, table/th/td/caption, figure/figcaption, hr, <c>a.noteref</c>,
/// <c>aside.footnote</c> or <c>section.footnotes</c>, <c>span.smallcaps</c>.
/// </remarks>
internal static class ThemeCss
{
    /// <summary>
    /// The style sheet; for a right-to-left book every side is mirrored (lists indent from the
    /// right, "left" alignment becomes "right"). Physical sides rather than logical properties
    /// (<c>padding-inline-start</c>), because Adobe's RMSDK readers ignore the logical ones.
    /// </summary>
    public static string Generate(Theme theme, bool rightToLeft = false)
    {
        var sides = new Sides(rightToLeft);
        var sheet = new CssSheet().Comment($"theme: {theme.Name}");
        FontFaces.Write(sheet, theme);
        Body(sheet, theme);
        Paragraphs(sheet, theme, sides);
        Headings(sheet, theme, sides);
        Blocks(sheet, theme, sides);
        Notes(sheet, theme, sides);
        if (theme.Kind == Model.DocumentKind.Article) Article(sheet, theme, sides);
        return sheet.ToString();
    }

    /// <summary>The line's start and end side: left and right, or mirrored for right-to-left text.</summary>
    private readonly record struct Sides(bool RightToLeft)
    {
        public string Start => RightToLeft ? "right" : "left";
        public string End => RightToLeft ? "left" : "right";
    }

    private static void Body(CssSheet sheet, Theme theme)
    {
        sheet.Rule("body",
            ("font-family", FontStack(theme.Body.Families)),
            ("line-height", Number(theme.Body.Leading / theme.Body.Size)),
            ("color", Ink(theme.Colors.Text)),
            ("font-variant-numeric", theme.Body.OldStyleFigures ? "oldstyle-nums" : null),
            ("widows", theme.Paragraph.Widows.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("orphans", theme.Paragraph.Orphans.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        // Underlined: a link must be told from the text by more than its colour (WCAG 1.4.1).
        sheet.Rule("a", ("color", theme.Colors.Link), ("text-decoration", "underline"));
        // The contents and page-list are lists for structure only: no numbers or bullets before them.
        sheet.Rule("nav ol", ("list-style", "none"));
        sheet.Rule(".smallcaps", ("font-variant", "small-caps"), ("letter-spacing", "0.05em"));
        sheet.Rule("img", ("max-width", "100%"), ("height", "auto"));
        // A large image in text stands between the lines, centred, never indented; a small one sits on the line like a glyph.
        sheet.Rule("img.block", ("display", "block"), ("margin", "0.5em auto"), ("text-indent", "0"));
        // The cover page's SVG fills the screen; its viewBox keeps the picture whole in either orientation.
        sheet.Rule("section.cover", ("margin", "0"), ("padding", "0"), ("height", "100%"), ("text-align", "center"));
        sheet.Rule("section.cover svg", ("display", "block"), ("width", "100%"), ("height", "100%"));
        sheet.Rule("img.inline", ("height", "1em"), ("width", "auto"), ("vertical-align", "-0.2em"));
    }

    private static void Paragraphs(CssSheet sheet, Theme theme, Sides sides)
    {
        var p = theme.Paragraph;
        var hyphens = p.Hyphenate ? "auto" : "manual";
        sheet.Rule("p",
            ("margin", p.Spacing > 0 ? $"0 0 {Em(p.Spacing / theme.Body.Size)}" : "0"),
            ("text-indent", Em(p.Indent)),
            ("text-align", Align(p.Align, sides)),
            // Apple Books needs the -webkit- prefix, older Adobe-based readers (Kobo) the -epub- one.
            ("-webkit-hyphens", hyphens),
            ("-epub-hyphens", hyphens),
            ("hyphens", hyphens));
        if (p.Indent > 0 && p.NoIndentAfterHeading)
        {
            sheet.Rule("h1 + p, h2 + p, h3 + p, h4 + p, h5 + p, h6 + p, hr + p, blockquote + p, pre + p, ul + p, ol + p, table + p, figure + p",
                ("text-indent", "0"));
        }
        sheet.Rule("li p, td p, th p, figcaption p, aside p", ("text-indent", "0"));
    }

    private static void Headings(CssSheet sheet, Theme theme, Sides sides)
    {
        sheet.Rule("h1, h2, h3, h4, h5, h6",
            ("text-indent", "0"),
            ("line-height", "1.2"),
            ("-webkit-hyphens", "manual"),
            ("hyphens", "manual"),
            ("page-break-after", "avoid"),
            ("break-after", "avoid"),
            ("color", Ink(theme.Colors.Heading)));
        for (var level = 1; level <= Math.Min(6, theme.Headings.Count); level++)
        {
            var h = theme.Heading(level);
            // A chapter title that opens a page sinks as the print chapter opening does.
            var before = level == 1 && h.PageBreakBefore && theme.Chapters.NewPage ? Math.Max(h.SpaceBefore, theme.Chapters.Sink) : h.SpaceBefore;
            sheet.Rule($"h{level}",
                ("font-family", h.Families.Count > 0 ? FontStack(h.Families) : null),
                ("font-size", Em(h.Size / theme.Body.Size)),
                ("font-weight", h.Bold ? "bold" : "normal"),
                ("font-style", h.Italic ? "italic" : "normal"),
                ("font-variant", h.Case == TextCase.SmallCaps ? "small-caps" : "normal"),
                ("text-transform", h.Case == TextCase.Upper ? "uppercase" : "none"),
                ("letter-spacing", h.Case == TextCase.None ? null : "0.05em"),
                ("text-align", Align(h.Align, sides)),
                // Margins in em of the heading's own size, as the theme's spacing is.
                ("margin", $"{Em(before / h.Size)} 0 {Em(h.SpaceAfter / h.Size)}"),
                ("page-break-before", h.PageBreakBefore ? "always" : null),
                ("break-before", h.PageBreakBefore ? "page" : null));
        }
        sheet.Rule(".heading-number", ($"margin-{sides.End}", "0.5em"));
    }

    private static void Blocks(CssSheet sheet, Theme theme, Sides sides)
    {
        var body = theme.Body.Size;
        var gap = theme.Paragraph.Spacing > 0 ? Em(theme.Paragraph.Spacing / body) : "1em";
        var quote = theme.Quote;
        sheet.Rule("blockquote",
            ("font-family", quote.Families.Count > 0 ? FontStack(quote.Families) : null),
            ("font-size", Em(quote.Size / body)),
            ("font-style", quote.Italic ? "italic" : null),
            ("margin", $"{gap} {Em(quote.Indent / quote.Size)}"));
        var code = theme.Code;
        var mono = FontStack(code.Families.Count > 0 ? code.Families : theme.MonoFamilies);
        sheet.Rule("pre",
            ("font-family", mono),
            ("font-size", Em(code.Size / body)),
            ("line-height", "1.3"),
            ("margin", sides.RightToLeft ? $"{gap} {Em(code.Indent / code.Size)} {gap} 0" : $"{gap} 0 {gap} {Em(code.Indent / code.Size)}"),
            ("white-space", "pre-wrap"),
            ("text-align", "left"),
            ("-webkit-hyphens", "none"),
            ("hyphens", "none"));
        sheet.Rule("code", ("font-family", mono));
        // Inline code is set a little smaller: monospace faces look large next to text faces.
        sheet.Rule("p code, li code, td code", ("font-size", "0.9em"));
        sheet.Rule("pre code", ("font-size", "1em"));
        sheet.Rule("ul, ol", ("margin", $"{gap} 0"), ($"padding-{sides.Start}", Em(theme.ListIndent / body)));
        sheet.Rule("li", ("text-align", theme.Paragraph.Align == TextAlign.Justify ? sides.Start : null));
        var table = theme.Table;
        var rule = table.Rules ? $"1px solid {theme.Colors.Rule}" : null;
        sheet.Rule("table", ("border-collapse", "collapse"), ("font-size", Em(table.Size / body)), ("margin", $"{gap} 0"));
        sheet.Rule("th, td",
            ("padding", $"{Em(table.CellPadding / 2 / table.Size)} {Em(table.CellPadding / table.Size)}"),
            ("border-top", rule), ("vertical-align", "top"), ("text-align", sides.Start));
        sheet.Rule("th", ("font-weight", table.HeaderBold ? "bold" : "normal"), ("border-bottom", rule));
        sheet.Rule("caption, figcaption", ("font-size", "0.9em"), ("font-style", "italic"), ("text-align", "center"), ("margin", "0.5em 0"));
        sheet.Rule("figure", ("margin", $"{gap} 0"), ("text-align", "center"));
        sheet.Rule("hr", ("border", "0"), ("border-top", $"1px solid {theme.Colors.Rule}"), ("width", "30%"), ("margin", "1.5em auto"));
    }

    private static void Notes(CssSheet sheet, Theme theme, Sides sides)
    {
        var notes = theme.Footnotes;
        sheet.Rule("a.noteref, sup", ("font-size", "0.75em"), ("line-height", "0"), ("vertical-align", "super"));
        sheet.Rule("aside.footnote, section.footnotes",
            ("font-size", Em(notes.Size / theme.Body.Size)),
            ("line-height", Number(notes.Leading / notes.Size)),
            ("margin", "1em 0 0"));
        sheet.Rule("section.footnotes ol", ($"padding-{sides.Start}", "1.5em"));
    }

    /// <summary>The article's head and lede, in em of the body as the print head is in points.</summary>
    private static void Article(CssSheet sheet, Theme theme, Sides sides)
    {
        var a = theme.Article;
        var body = theme.Body.Size;
        var h = a.Headline;
        sheet.Rule("header.article-head", ("margin", $"0 0 {Em(a.SpaceAfterHead / body)}"));
        sheet.Rule("h1.headline",
            ("font-family", h.Families.Count > 0 ? FontStack(h.Families) : null),
            ("font-size", Em(h.Size / body)),
            ("font-weight", h.Bold ? "bold" : "normal"),
            ("font-style", h.Italic ? "italic" : "normal"),
            ("font-variant", "normal"),
            ("text-transform", "none"),
            ("letter-spacing", "normal"),
            ("text-align", Align(h.Align, sides)),
            ("line-height", "1.15"),
            ("margin", $"0 0 {Em(h.SpaceAfter / h.Size)}"),
            ("page-break-before", "auto"),
            ("break-before", "auto"));
        sheet.Rule("p.dek", ("font-size", Em(a.DekSize / body)), ("font-style", a.DekItalic ? "italic" : "normal"),
            ("text-indent", "0"), ("text-align", Align(h.Align, sides)), ("margin", "0 0 0.5em"));
        sheet.Rule("p.byline", ("font-family", FontStack(theme.SansFamilies)), ("font-size", Em(a.BylineSize / body)),
            ("text-indent", "0"), ("text-align", Align(h.Align, sides)), ("margin", "0"));
        sheet.Rule("p.lede", ("font-size", Em(a.LedeSize / body)), ("text-indent", "0"));
    }

    private static string Align(TextAlign align, Sides sides) => align switch
    {
        TextAlign.Justify => "justify",
        TextAlign.Center => "center",
        TextAlign.Right => sides.End,
        _ => sides.Start,
    };

    // Black is every reader's default; leaving it unset lets night and sepia modes recolour text.
    private static string? Ink(string color) => color is "#000000" or "#000" ? null : color;
}
