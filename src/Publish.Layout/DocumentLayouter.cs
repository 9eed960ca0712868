using Publish.Layout.Tagging;
using Publish.Layout.Blocks;
using Publish.Layout.Book;
using Publish.Layout.Inline;
using Publish.Layout.Paged;
using Publish.Layout.Pages;
using Publish.Model;
using Publish.Styling;

namespace Publish.Layout;

/// <summary>Options that are not part of the theme: they come from the command line.</summary>
internal sealed record LayoutOptions
{
    /// <summary>Overrides the theme's bleed, in points, when set.</summary>
    public double? Bleed { get; init; }
    public bool? CropMarks { get; init; }
    public DateTimeOffset? Date { get; init; }
    /// <summary>Chapter flows kept between builds of the same input (watch mode); null sets every chapter.</summary>
    public Caching.LayoutCache? Cache { get; init; }
}

/// <summary>Model + theme → pages of positioned glyph runs, rules, images and links.</summary>
internal static class DocumentLayouter
{
    // The contents' page numbers can change its own length, which moves nothing in the body
    // (the body starts on a recto either way) — so two passes settle it; more is a safety net.
    private const int MaxSettlingPasses = 4;

    /// <summary>Sets the book with the real inline layouter, fonts from the theme's folder and the system.</summary>
    public static PagedDocument Layout(Document document, Theme theme, LayoutOptions options, DiagnosticBag diagnostics)
    {
        // The theme's own fonts/, the folders of the files it lists, and the faces the built-in themes
        // ship: a theme that extends `book` from the book's folder still sets the book face.
        var shipped = StylesFolder.Shipped() is { } styles ? Path.Combine(styles, "fonts") : null;
        var fonts = Fonts.FontCatalog.ForThemeFolder(theme.Folder, [.. theme.FontFiles.Select(f => Path.GetDirectoryName(f.Path)), shipped]);
        var lines = new ParagraphLayouter(fonts, diagnostics);
        // ParagraphLayouter is thread-safe: chapters are set in parallel. With a cache, each
        // chapter gets its own, so that what a chapter reported is known (and it is not kept).
        return LayoutWithTrace(document, theme, options, diagnostics, lines, parallel: true,
            chapterLines: options.Cache is null ? null : bag => new ParagraphLayouter(fonts, bag)).Document;
    }

    /// <summary>
    /// Sets the book: plan (ids, numbers, chapters) → set each chapter into flow → front matter →
    /// paginate, settling the contents' page numbers → running heads, labels, outline.
    /// </summary>
    public static PagedDocument Layout(Document document, Theme theme, LayoutOptions options, DiagnosticBag diagnostics, IParagraphLayouter lines) =>
        LayoutWithTrace(document, theme, options, diagnostics, lines).Document;

    /// <summary>As <see cref="Layout(Document, Theme, LayoutOptions, DiagnosticBag, IParagraphLayouter)"/>, with the paginator's decisions.</summary>
    public static LayoutResult LayoutWithTrace(Document document, Theme theme, LayoutOptions options, DiagnosticBag diagnostics, IParagraphLayouter lines, bool parallel = false) =>
        LayoutWithTrace(document, theme, options, diagnostics, lines, parallel, chapterLines: null);

    /// <summary><paramref name="chapterLines"/> makes a chapter's inline layouter (reporting into a bag of the chapter's own) when <see cref="LayoutOptions.Cache"/> is used.</summary>
    private static LayoutResult LayoutWithTrace(Document document, Theme theme, LayoutOptions options, DiagnosticBag diagnostics, IParagraphLayouter lines,
        bool parallel, Func<DiagnosticBag, IParagraphLayouter>? chapterLines)
    {
        document = Html.HtmlElementLowering.Apply(document);
        theme = theme.For(document.Kind);
        // An article's headline is set by its head, not as a chapter: the plan sees the body only.
        var article = document.Kind == DocumentKind.Article ? ArticleHead.Of(document) : null;
        if (article is not null) document = document with { Blocks = article.Body };
        var plan = BookPlan.Build(document, theme);
        var geometry = PageGeometry.From(theme, options) with { RightToLeft = plan.RightToLeft };
        var ctx = BaseContext(theme, lines, plan, diagnostics, geometry);
        if (theme.Paragraph.Hyphenate && !Styling.Languages.LanguageTag.IsUnhyphenated(plan.Language) && !Hyphenation.Hyphenator.HasPatterns(plan.Language))
            diagnostics.Report(DiagnosticCatalog.NoHyphenationPatterns, $"No hyphenation patterns for the language '{plan.Language}'; its text is set without hyphenation.", SourceSpan.None);

        List<FlowElement>[] chapters;
        if (options.Cache is { } cache && chapterLines is not null)
        {
            chapters = cache.Chapters(plan, theme, geometry, parallel, i =>
            {
                var bag = new DiagnosticBag();
                var flow = SetChapter(plan.Chapters[i], BaseContext(theme, chapterLines(bag), plan, bag, geometry), Lede(article, i));
                return (flow, bag.Items);
            }, diagnostics);
        }
        else
        {
            chapters = new List<FlowElement>[plan.Chapters.Count];
            if (parallel) Parallel.For(0, chapters.Length, i => chapters[i] = SetChapter(plan.Chapters[i], ctx, Lede(article, i)));
            else for (var i = 0; i < chapters.Length; i++) chapters[i] = SetChapter(plan.Chapters[i], ctx, Lede(article, i));
        }

        var meta = document.Metadata;
        var runningTitle = !string.IsNullOrWhiteSpace(meta.ShortTitle) ? meta.ShortTitle.Trim()
            : article is not null && article.Title.Length > 0 ? article.Title : meta.Title;
        List<FlowElement> front;
        var hasToc = false;
        if (article is null) front = FrontMatter(document, theme, ctx, geometry, out hasToc);
        else front = [];
        // An article's first page is its opening: the head, no running head.
        var body = new List<FlowElement>
        {
            new FlowPageBreak(Recto: front.Count > 0 && theme.Page.Mirror) { StartsBody = true, ChapterTitle = article is null ? null : runningTitle ?? "" },
        };
        if (article is not null) body.AddRange(ArticleHeadLayout.Layout(article, ctx));
        foreach (var chapter in chapters) body.AddRange(chapter);

        var rule = new FootnoteRule(theme.Footnotes.Leading, 1.0 / 3, 0.5, Rgba.Parse(theme.Colors.Rule));
        // The body's page numbers do not depend on the contents (see above), so the previous
        // build's settled numbers are the fixed point a clean build reaches, unless the edit moved
        // pages: starting from them, one pass usually settles.
        IReadOnlyDictionary<string, string> pageOf = options.Cache?.ContentsPageNumbers ?? new Dictionary<string, string>();
        Paginator.Result result;
        string[] labels;
        var pass = 0;
        while (true)
        {
            var toc = hasToc ? TableOfContents.Layout(plan.Headings, id => pageOf.GetValueOrDefault(id, "000"), ctx, theme.Page.Mirror || theme.Chapters.StartOnRecto) : [];
            result = Paginator.Paginate(front.Concat(toc).Concat(body), geometry, rule);
            labels = PageLabels.Labels(result.Pages);
            var settled = plan.Headings.ToDictionary(h => h.Id, h => result.Destinations.TryGetValue(h.Id, out var p) ? labels[p] : "", StringComparer.Ordinal);
            var stable = settled.Count == pageOf.Count && settled.All(kv => pageOf.GetValueOrDefault(kv.Key) == kv.Value);
            pageOf = settled;
            if (!hasToc || ++pass >= MaxSettlingPasses || stable) break;
        }
        if (options.Cache is { } kept) kept.ContentsPageNumbers = pageOf;

        var decorator = new PageDecorator(theme, geometry, lines, runningTitle);
        var pages = result.Pages.Select(p =>
        {
            decorator.Decorate(p, labels[p.Index]);
            return geometry.NewPage(p.Index, p.Items) with { Label = labels[p.Index] };
        }).ToList();
        var paged = new PagedDocument(pages, Info(document.Metadata, options))
        {
            Outline = OutlineBuilder.Build(plan.Headings, result.Destinations),
            PageLabels = PageLabels.Ranges(result.Pages),
        };
        return new LayoutResult(paged, result.Pages, result.Breaks);
    }

    private static BlockContext BaseContext(Theme theme, IParagraphLayouter lines, BookPlan plan, DiagnosticBag diagnostics, PageGeometry geometry)
    {
        BlockContext? ctx = null;
        ctx = new BlockContext(theme, lines, BlockDispatcher.Default, plan, diagnostics)
        {
            Left = 0,
            Width = geometry.Measure,
            Text = new TextStyle(theme.Body.Families, theme.Body.Size, theme.Body.Leading),
            PageHeight = geometry.BodyHeight,
            Notes = note => FootnoteLayouter.Layout(note, ctx!),
        };
        return ctx;
    }

    /// <summary>One chapter's flow. A block that fails to lay out is reported and left out, never thrown.</summary>
    private static List<FlowElement> SetChapter(IReadOnlyList<Block> blocks, BlockContext ctx, Paragraph? lede = null)
    {
        var flow = new FlowWriter();
        foreach (var block in blocks)
        {
            try { ctx.Blocks.Layout(block, ReferenceEquals(block, lede) ? LedeContext(ctx) : ctx, flow); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                ctx.Diagnostics.Report(DiagnosticCatalog.BlockLayoutFailed, $"{block.GetType().Name} could not be laid out: {e.Message}", block.Span);
            }
        }
        // Each chapter is a section of the tagged PDF's document.
        StructTagging.Adopt(flow.Elements, new StructNode(StructRole.Sect));
        return flow.Elements;
    }

    // The lede is the article's first paragraph, in its first chapter only.
    private static Paragraph? Lede(ArticleHead? article, int chapter) => chapter == 0 ? article?.Lede : null;

    // The lede keeps the body's proportions (leading grows with the size).
    private static BlockContext LedeContext(BlockContext ctx)
    {
        var size = ctx.Theme.Article.LedeSize;
        return ctx with { Text = ctx.Text with { Size = size, Leading = ctx.Text.Leading * size / ctx.Text.Size } };
    }

    private static List<FlowElement> FrontMatter(Document document, Theme theme, BlockContext ctx, PageGeometry geometry, out bool hasToc)
    {
        var front = new List<FlowElement>();
        var meta = document.Metadata;
        if (meta.CoverImage is { } key)
        {
            if (document.Resources.TryGetValue(key, out var cover) && cover.PixelWidth > 0 && cover.PixelHeight > 0)
                front.AddRange(TitlePage.Cover(cover, geometry));
            else ctx.Diagnostics.Report(DiagnosticCatalog.CoverUnavailableToPdf, $"cover image '{key}' is not available to the PDF and is left out", SourceSpan.None);
        }
        if (theme.TitlePage && !string.IsNullOrWhiteSpace(meta.Title))
            front.AddRange(TitlePage.Layout(meta, ctx, geometry.BodyHeight));
        // A contents page is for books: two chapters or more.
        hasToc = theme.Toc.Enabled && theme.Toc.Depth > 0 && ctx.Plan.Headings.Count(h => h.Level == 1) >= 2;
        return front;
    }

    private static DocumentInfo Info(Metadata meta, LayoutOptions options)
    {
        var authors = meta.Authors.Where(a => a.Role == "aut").Select(a => a.Name).ToList();
        if (authors.Count == 0) authors = meta.Authors.Select(a => a.Name).ToList();
        return new DocumentInfo(
            meta.Title,
            authors.Count > 0 ? string.Join(", ", authors) : null,
            string.IsNullOrWhiteSpace(meta.Description) ? meta.Subtitle : meta.Description,
            meta.Subjects.Count > 0 ? string.Join(", ", meta.Subjects) : null,
            meta.Language,
            options.Date);
    }
}

/// <summary>The laid-out document with the paginator's working: pages as drafts (which boxes landed where) and every break's reason.</summary>
internal sealed record LayoutResult(PagedDocument Document, IReadOnlyList<PageDraft> Drafts, IReadOnlyList<PageBreakRecord> Breaks);
