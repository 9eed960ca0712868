namespace Publish.Styling;

// Every length in a theme is in PostScript points (1/72 in). The loader accepts
// "6in", "15mm", "1.2cm", "11pt" and converts. Defaults are the `book` theme.

/// <summary>Page geometry. Inner/outer margins mirror on facing pages when <c>Mirror</c> is set.</summary>
public sealed record PageStyle
{
    public double Width { get; init; } = 432;      // 6 in
    public double Height { get; init; } = 648;     // 9 in
    public double MarginTop { get; init; } = 54;
    public double MarginBottom { get; init; } = 62;   // with the top margin, 532 pt: 38 whole lines of 14 pt
    public double MarginInner { get; init; } = 54;
    public double MarginOuter { get; init; } = 45;
    public bool Mirror { get; init; } = true;
    public double Bleed { get; init; }
    public bool CropMarks { get; init; }
}

public sealed record FontStyle
{
    /// <summary>Families in order of preference; fallbacks follow the first.</summary>
    public IReadOnlyList<string> Families { get; init; } = ["DejaVu Serif"];
    public double Size { get; init; } = 10.5;
    /// <summary>Baseline-to-baseline distance in points.</summary>
    public double Leading { get; init; } = 14;
    /// <summary>Old-style (text) figures, which sit in running text like lowercase (OpenType <c>onum</c>), instead of lining ones.</summary>
    public bool OldStyleFigures { get; init; }
}

public enum TextAlign { Justify, Left, Center, Right }

public sealed record ParagraphStyle
{
    /// <summary>First-line indent in em; 0 means paragraphs are separated by <c>Spacing</c> instead.</summary>
    public double Indent { get; init; } = 1.5;
    /// <summary>Space between paragraphs in points.</summary>
    public double Spacing { get; init; }
    public TextAlign Align { get; init; } = TextAlign.Justify;
    public bool Hyphenate { get; init; } = true;
    public int Widows { get; init; } = 2;
    public int Orphans { get; init; } = 2;
    /// <summary>No indent on the first paragraph after a heading or break (book convention).</summary>
    public bool NoIndentAfterHeading { get; init; } = true;
}

public enum TextCase { None, Upper, SmallCaps }

public sealed record HeadingStyle
{
    public double Size { get; init; } = 14;
    public bool Bold { get; init; } = true;
    public bool Italic { get; init; }
    public TextCase Case { get; init; } = TextCase.None;
    public TextAlign Align { get; init; } = TextAlign.Left;
    public double SpaceBefore { get; init; } = 18;
    public double SpaceAfter { get; init; } = 9;
    public bool PageBreakBefore { get; init; }
    public bool Numbered { get; init; }
    /// <summary>Families for headings; empty means the body families.</summary>
    public IReadOnlyList<string> Families { get; init; } = [];
}

public sealed record BlockStyle
{
    public double Indent { get; init; } = 18;
    public double Size { get; init; } = 9.5;
    public bool Italic { get; init; }
    public IReadOnlyList<string> Families { get; init; } = [];
}

public enum NoteNumbering { PerChapter, PerBook }

public sealed record FootnoteStyle
{
    public double Size { get; init; } = 8.5;
    public double Leading { get; init; } = 10.5;
    public NoteNumbering Numbering { get; init; } = NoteNumbering.PerChapter;
}

public enum PageNumberPlacement { None, BottomCenter, BottomOuter, TopOuter }

public sealed record RunningHeadStyle
{
    public bool Enabled { get; init; } = true;
    public PageNumberPlacement PageNumbers { get; init; } = PageNumberPlacement.BottomCenter;
    public double Size { get; init; } = 8.5;
}

public sealed record TocStyle
{
    public bool Enabled { get; init; } = true;
    public int Depth { get; init; } = 2;
    /// <summary>The contents heading; null takes the book language's word (<see cref="Languages.GeneratedLabels"/>).</summary>
    public string? Title { get; init; }
}

public sealed record ColorStyle
{
    public string Text { get; init; } = "#000000";
    public string Link { get; init; } = "#1a4f8b";
    public string Heading { get; init; } = "#000000";
    public string Rule { get; init; } = "#808080";
}

public sealed record ChapterStyle
{
    public bool NewPage { get; init; } = true;
    public bool StartOnRecto { get; init; }
    /// <summary>Space above a chapter title, in points, when the chapter starts a page.</summary>
    public double Sink { get; init; } = 72;
}

public sealed record EpubStyle
{
    public bool EmbedFonts { get; init; }
}

/// <summary>Tables: body size in points, horizontal rules between rows, bold header row, cell padding in points.</summary>
public sealed record TableStyle
{
    public double Size { get; init; } = 9.5;
    public bool Rules { get; init; } = true;
    public bool HeaderBold { get; init; } = true;
    public double CellPadding { get; init; } = 4;
}

public enum FontWeight { Normal, Bold }

/// <summary>One font file the theme ships under <c>styles/fonts/</c>; <c>Path</c> is absolute.</summary>
public sealed record FontFile(string Family, string Path, FontWeight Weight = FontWeight.Normal, bool Italic = false);

/// <summary>The single place a book's look is decided; PDF layout reads it, EPUB turns it into CSS.</summary>
public sealed record Theme
{
    public string Name { get; init; } = "book";
    /// <summary>The folder the theme was loaded from; font files resolve against <c>fonts/</c> in it.</summary>
    public string? Folder { get; init; }
    public PageStyle Page { get; init; } = new();
    public FontStyle Body { get; init; } = new();
    public IReadOnlyList<string> MonoFamilies { get; init; } = ["DejaVu Sans Mono"];
    public IReadOnlyList<string> SansFamilies { get; init; } = ["DejaVu Sans"];
    /// <summary>Families formulas are set in (<c>fonts: math:</c>): an OpenType math font gives its own italic and bold letters.</summary>
    public IReadOnlyList<string> MathFamilies { get; init; } = ["DejaVu Serif"];
    public ParagraphStyle Paragraph { get; init; } = new();
    /// <summary>Heading styles for levels 1..6 (index 0 is level 1).</summary>
    public IReadOnlyList<HeadingStyle> Headings { get; init; } = DefaultHeadings;
    public BlockStyle Code { get; init; } = new() { Indent = 12, Size = 8.5 };
    public BlockStyle Quote { get; init; } = new() { Indent = 18, Size = 10, Italic = false };
    public double ListIndent { get; init; } = 18;
    public FootnoteStyle Footnotes { get; init; } = new();
    public RunningHeadStyle RunningHeads { get; init; } = new();
    public TocStyle Toc { get; init; } = new();
    public ColorStyle Colors { get; init; } = new();
    public ChapterStyle Chapters { get; init; } = new();
    public EpubStyle Epub { get; init; } = new();
    public bool TitlePage { get; init; } = true;
    /// <summary>Captioned figures and tables get "Figure 3." / "Table 2." before their captions.</summary>
    public bool NumberFigures { get; init; }
    public TableStyle Table { get; init; } = new();
    /// <summary>Font files the theme brings; families named here may appear in any family list.</summary>
    public IReadOnlyList<FontFile> FontFiles { get; init; } = [];
    /// <summary>One line on what the design is for (shown by tools listing themes).</summary>
    public string Description { get; init; } = "";
    /// <summary>The theme's own words for generated text (<c>labels:</c>), over the language's defaults.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();
    /// <summary>Families per script (<c>fonts: scripts:</c>, e.g. arabic, hebrew, cjk, japanese, devanagari), tried before any installed fallback.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ScriptFamilies { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The generated words for a book in <paramref name="language"/>: the language's, then <c>labels:</c>, then <c>toc: title:</c>.</summary>
    internal Languages.GeneratedLabels LabelsFor(string? language)
    {
        var labels = Languages.GeneratedLabels.For(language, Labels);
        return Toc.Title is { } title ? labels with { Contents = title } : labels;
    }

    /// <summary>The kind of document this theme is set for; <see cref="For"/> makes the article variant.</summary>
    public Model.DocumentKind Kind { get; init; } = Model.DocumentKind.Book;
    /// <summary>The article's head (headline, dek, byline, lede).</summary>
    public ArticleStyle Article { get; init; } = new();
    /// <summary>The theme with its <c>article:</c> overrides applied; null when the theme has none.</summary>
    public Theme? ArticleOverrides { get; init; }

    /// <summary>
    /// The theme as it sets a document of <paramref name="kind"/>. An article never gets a title page,
    /// a contents page, chapter page breaks or a chapter sink, whatever the book settings say.
    /// </summary>
    public Theme For(Model.DocumentKind kind)
    {
        if (kind == Model.DocumentKind.Book || Kind == Model.DocumentKind.Article) return this;
        // One variant per theme instance: caches that know a theme by reference (watch mode's
        // layout cache) see the same article theme on every rebuild.
        return ArticleVariants.GetValue(this, theme => theme.MakeArticleVariant());
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Theme, Theme> ArticleVariants = new();

    private Theme MakeArticleVariant()
    {
        var article = ArticleOverrides ?? this;
        return article with
        {
            Kind = Model.DocumentKind.Article,
            ArticleOverrides = null,
            TitlePage = false,
            Toc = article.Toc with { Enabled = false },
            Chapters = article.Chapters with { NewPage = false, StartOnRecto = false, Sink = 0 },
            Headings = [article.Headings[0] with { PageBreakBefore = false }, .. article.Headings.Skip(1)],
        };
    }

    public HeadingStyle Heading(int level) => Headings[Math.Clamp(level, 1, Headings.Count) - 1];

    public static readonly IReadOnlyList<HeadingStyle> DefaultHeadings =
    [
        new() { Size = 18, SpaceBefore = 0, SpaceAfter = 24, Align = TextAlign.Center, PageBreakBefore = true, Bold = false },
        new() { Size = 13, SpaceBefore = 18, SpaceAfter = 8 },
        new() { Size = 11.5, SpaceBefore = 14, SpaceAfter = 6 },
        new() { Size = 10.5, SpaceBefore = 12, SpaceAfter = 4, Italic = true },
        new() { Size = 10.5, SpaceBefore = 10, SpaceAfter = 4, Bold = false, Italic = true },
        new() { Size = 10.5, SpaceBefore = 10, SpaceAfter = 4, Bold = false },
    ];

    public static readonly Theme Default = new();
}
