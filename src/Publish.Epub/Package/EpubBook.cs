using System.Security.Cryptography;
using System.Text;
using Publish.Epub.Css;
using Publish.Epub.Xhtml;
using Publish.Model;
using Publish.Styling;

namespace Publish.Epub.Package;

/// <summary>
/// One EPUB being assembled: chapters rendered to XHTML first (they decide which images and
/// features the package declares), then cover, title page, navigation and the OPF around them.
/// </summary>
internal sealed class EpubBook
{
    private readonly Document _document;
    private readonly Theme _theme;
    private readonly EpubWriteOptions _options;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _language;
    private readonly Styling.Languages.GeneratedLabels _labels;
    private readonly bool _rightToLeft;
    private readonly string _title;
    private readonly IReadOnlyList<Chapter> _chapters;
    private readonly IdIndex _index;
    private readonly PageBreaks _pageBreaks;
    private readonly SortedSet<string> _images = new(StringComparer.Ordinal);
    private readonly List<ManifestItem> _chapterItems = [];
    private readonly List<string> _chapterImages = []; // images the chapter being written uses
    private string _currentFile = "";

    public EpubBook(Document document, Theme theme, EpubWriteOptions options, DiagnosticBag diagnostics)
    {
        _document = document;
        _theme = theme.For(document.Kind);
        _options = options;
        _diagnostics = diagnostics;
        _language = string.IsNullOrWhiteSpace(document.Metadata.Language) ? "en" : document.Metadata.Language.Trim();
        _labels = _theme.LabelsFor(_language);
        _rightToLeft = Styling.Languages.LanguageTag.IsRightToLeft(_language, document.Metadata.Direction);
        _title = TitleBlock.TitleOf(document);
        // An article is one page that opens with its headline; a book is split at its chapters.
        var chapters = document.Kind == DocumentKind.Article ? Article(document) : ChapterSplitter.Split(document.Blocks);
        _chapters = chapters.Count > 0 ? chapters : [new Chapter(1, null, [])];
        _index = IdIndex.Build(_chapters);
        _pageBreaks = PageBreaks.Assign(_chapters, options.PageList);
    }

    private static IReadOnlyList<Chapter> Article(Document document)
    {
        var blocks = ArticleBlocks.Of(document);
        if (blocks.Count == 0) return [];
        var headline = blocks[0] is HtmlBlockElement { Content: [Heading h, ..] } ? h : null;
        return [new Chapter(1, headline, blocks)];
    }

    public void RenderChapters()
    {
        var ids = new IdRegistry();
        foreach (var id in _index.Ids) ids.Reserve(id);
        foreach (var (label, _) in _pageBreaks.PageList) ids.Reserve(PageBreaks.IdOf(label));
        var settings = new XhtmlSettings
        {
            EpubSemantics = true,
            NoteNumbering = _theme.Footnotes.Numbering,
            ResolveLink = ResolveLink,
            ResolveImage = ResolveImage,
            ImageSize = image => _document.Resources.TryGetValue(image.Source, out var r) ? (r.PixelWidth, r.PixelHeight) : null,
            PageBreaksBefore = _pageBreaks.PageList.Count > 0 ? _pageBreaks.Before : null,
        };
        var renderer = new XhtmlRenderer(settings, _diagnostics, ids);
        var cache = _options.Cache;
        cache?.Begin();
        var keys = cache is null ? null
            : new ChapterKeys(_index, _language, _options.Kobo, _theme.Footnotes.Numbering, _document.Resources.Keys);
        foreach (var chapter in _chapters)
        {
            var pageTitle = chapter.Title is { } h ? PlainText.Of(h.Content).Trim() : _title;
            if (pageTitle.Length == 0) pageTitle = _title;
            var key = keys?.Next(chapter, pageTitle, renderer.Notes.Cited, _pageBreaks.In(chapter)) ?? default;
            if (cache is not null && cache.TryGet(key, out var kept))
            {
                ids.Replay(kept.Ids);
                renderer.Notes.Skip(kept.Notes, settings.NoteNumbering);
                _images.UnionWith(kept.Images);
                keys!.Claimed(kept.Ids);
                AddChapterItem(chapter, kept.Page, kept.MathML);
                continue;
            }

            var (idsBefore, notesBefore, warningsBefore) = (ids.Count, renderer.Notes.Cited, cache is null ? 0 : _diagnostics.Items.Count);
            _currentFile = chapter.FileName;
            _chapterImages.Clear();
            renderer.WroteMathML = false;
            var titled = chapter.Title is not null;
            renderer.Out.Open("section", ("epub:type", titled ? "chapter" : null), ("role", titled ? "doc-chapter" : null)).Line();
            renderer.WriteBlocks(chapter.Blocks);
            renderer.FlushNotes();
            renderer.Out.EnsureLine().Close("section").Line();
            var page = XhtmlPage.Wrap(pageTitle, _language, renderer.TakeOutput(), "bodymatter", _rightToLeft);
            if (_options.Kobo) page = KoboSpans.Apply(page);
            var bytes = Utf8(page);
            AddChapterItem(chapter, bytes, renderer.WroteMathML);
            if (cache is null) continue;

            var claimed = ids.ClaimedSince(idsBefore);
            keys!.Claimed(claimed);
            var quiet = _diagnostics.Items.Count == warningsBefore;
            cache.Rendered(key, quiet ? new RenderedChapter(bytes, renderer.WroteMathML, claimed, renderer.Notes.Cited - notesBefore, [.. _chapterImages]) : null);
        }
        cache?.End();
    }

    private void AddChapterItem(Chapter chapter, byte[] page, bool mathML) =>
        _chapterItems.Add(new ManifestItem(Path.GetFileNameWithoutExtension(chapter.FileName), chapter.FileName,
            ManifestItem.XhtmlType, page, mathML ? "mathml" : null));

    /// <summary>Every file after <c>mimetype</c>, in the order they go into the zip.</summary>
    public List<(string Path, byte[] Data)> Package()
    {
        var m = _document.Metadata;
        var items = new List<ManifestItem>();
        var spine = new List<SpineItem>();
        var landmarks = new List<Landmark>();

        var coverKey = m.CoverImage is { } key && _document.Resources.TryGetValue(key, out var coverResource)
            && coverResource.MediaType is "image/png" or "image/jpeg" ? key : null;
        if (m.CoverImage is not null && coverKey is null)
            _diagnostics.Report(DiagnosticCatalog.CoverNotEmbeddable, $"cover image '{m.CoverImage}' is not an embedded PNG or JPEG; the EPUB has no cover", SourceSpan.None);
        if (coverKey is not null)
        {
            _images.Add(coverKey);
            items.Add(Xhtml("cover", EpubLayout.Cover, CoverPage(_document.Resources[coverKey])) with { Properties = "svg" });
            spine.Add(new SpineItem("cover"));
            landmarks.Add(new Landmark("cover", _labels.Cover, EpubLayout.Cover));
        }
        if (_theme.TitlePage)
        {
            items.Add(Xhtml("titlepage", EpubLayout.TitlePage, TitlePage()));
            spine.Add(new SpineItem("titlepage"));
            landmarks.Add(new Landmark("titlepage", "Title Page", EpubLayout.TitlePage));
        }
        var toc = TocBuilder.Build(_chapters, Math.Max(1, _theme.Toc.Depth));
        if (toc.Count == 0) toc.Add(new TocEntry(_title, _chapters[0].FileName, 1)); // nav and NCX may not be empty
        var pages = PageList();
        landmarks.Add(new Landmark("toc", _labels.Contents, EpubLayout.Nav + "#toc"));
        landmarks.Add(new Landmark("bodymatter", "Start of Content", _chapters[0].FileName));
        var nav = NavDocumentWriter.Write(_labels, _language, _rightToLeft, toc, landmarks, pages);
        items.Add(new ManifestItem("nav", EpubLayout.Nav, ManifestItem.XhtmlType, Utf8(nav), "nav"));
        spine.Add(new SpineItem("nav", Linear: _theme.Toc.Enabled));
        items.AddRange(_chapterItems);
        spine.AddRange(_chapterItems.Select(c => new SpineItem(c.Id)));
        items.Add(new ManifestItem("css", EpubLayout.StyleSheet, "text/css", Utf8(ThemeCss.Generate(_theme, _rightToLeft))));
        items.AddRange(Fonts());
        foreach (var image in _images)
        {
            var resource = _document.Resources[image];
            items.Add(new ManifestItem(ImageId(image), image, resource.MediaType, resource.Data, image == coverKey ? "cover-image" : null));
        }

        var identifier = string.IsNullOrWhiteSpace(m.Identifier) ? ContentUuid(items) : m.Identifier.Trim();
        var ncx = NcxWriter.Write(identifier, _title, toc);
        items.Add(new ManifestItem("ncx", EpubLayout.Ncx, "application/x-dtbncx+xml", Utf8(ncx)));

        var contents = new PackageContents(identifier, _title, items, spine, coverKey is null ? null : ImageId(coverKey),
            HasImages: _images.Count > 0, HasMathML: _chapterItems.Any(c => c.Properties == "mathml"), HasPageList: pages.Count > 0)
        {
            Facts = ContentFacts.Of(_document.Blocks),
        };
        var opf = PackageDocumentWriter.Write(m with { Language = _language }, contents, _options.Modified, _diagnostics);

        var files = new List<(string, byte[])>
        {
            ("META-INF/container.xml", Utf8(EpubLayout.ContainerXml)),
            (EpubLayout.Root + EpubLayout.PackageDocument, Utf8(opf)),
        };
        files.AddRange(items.Select(i => (EpubLayout.Root + i.Href, i.Data)));
        return files;
    }

    private string? ResolveLink(Link link)
    {
        if (link.IsInternal)
        {
            var id = IdRegistry.Sanitize(link.Target[1..]);
            var file = _index.FileOf(id);
            if (file is not null) return (file == _currentFile ? "" : file) + "#" + id;
            _diagnostics.Report(DiagnosticCatalog.LinkTargetMissing, $"link '{link.Target}' points at no heading or anchor; its text is kept without the link", link.Span);
            return null;
        }
        if (Uri.TryCreate(link.Target, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" or "ftp" or "tel")
            return link.Target;
        _diagnostics.Report(DiagnosticCatalog.LinkNotInBook, $"link '{link.Target}' is not a web address and its file is not in the book; its text is kept without the link", link.Span);
        return null;
    }

    private string? ResolveImage(Image image)
    {
        if (!_document.Resources.ContainsKey(image.Source))
        {
            _diagnostics.Report(DiagnosticCatalog.ImageNotEmbedded, $"image '{image.Source}' is not embedded; its alt text is used", image.Span);
            return null;
        }
        _images.Add(image.Source);
        _chapterImages.Add(image.Source);
        return image.Source;
    }

    /// <summary>
    /// The cover fills the screen in either orientation without cropping or scrolling: the e-reader
    /// idiom of an SVG sized 100% × 100% whose viewBox is the image, scaled with
    /// <c>preserveAspectRatio="xMidYMid meet"</c>.
    /// </summary>
    private string CoverPage(Resource cover)
    {
        var o = new Markup();
        var (w, h) = (cover.PixelWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), cover.PixelHeight.ToString(System.Globalization.CultureInfo.InvariantCulture));
        o.Open("section", ("epub:type", "cover"), ("class", "cover")).Line();
        o.Open("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("xmlns:xlink", "http://www.w3.org/1999/xlink"), ("version", "1.1"),
            ("width", "100%"), ("height", "100%"), ("viewBox", $"0 0 {w} {h}"), ("preserveAspectRatio", "xMidYMid meet"),
            ("role", "img"), ("aria-label", "Cover: " + _title)).Line();
        o.Open("title").Text("Cover: " + _title).Close("title").Line();
        o.Void("image", ("width", w), ("height", h), ("xlink:href", cover.Key)).Line();
        o.Close("svg").Line();
        o.Close("section").Line();
        return XhtmlPage.Wrap(_labels.Cover, _language, o.ToString(), "cover", _rightToLeft);
    }

    private string TitlePage()
    {
        var o = new Markup();
        o.Open("section", ("epub:type", "titlepage"), ("class", "title-page")).Line();
        TitleBlock.Write(o, _document);
        o.Close("section").Line();
        return XhtmlPage.Wrap(_title, _language, o.ToString(), "frontmatter", _rightToLeft);
    }

    private List<(string Label, string Href)> PageList() => _pageBreaks.PageList;

    /// <summary>The theme's font files, when it asks for embedding; a file that cannot be read is left out with a warning.</summary>
    private IEnumerable<ManifestItem> Fonts()
    {
        var n = 0;
        foreach (var font in FontFaces.For(_theme))
        {
            byte[] data;
            try { data = File.ReadAllBytes(font.SourcePath); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _diagnostics.Report(DiagnosticCatalog.FontNotEmbeddable, $"font '{font.SourcePath}' cannot be embedded: {e.Message}", SourceSpan.None);
                continue;
            }
            yield return new ManifestItem($"font{++n}", font.Href, font.MediaType, data);
        }
    }

    private ManifestItem Xhtml(string id, string href, string page) => new(id, href, ManifestItem.XhtmlType, Utf8(page));

    private static string ImageId(string key) => IdRegistry.Sanitize("img-" + Path.GetFileNameWithoutExtension(key));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>
    /// A name-based UUID (version 5 layout over SHA-1) of the package's content, so a book without
    /// an identifier keeps the same one across builds and changes it only when the content changes.
    /// </summary>
    private static string ContentUuid(IEnumerable<ManifestItem> items)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        foreach (var item in items)
        {
            sha.AppendData(Utf8(item.Href));
            sha.AppendData(item.Data);
        }
        var hash = sha.GetHashAndReset();
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash, 0, 16);
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }
}
