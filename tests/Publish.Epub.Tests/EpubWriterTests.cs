using Publish.Infrastructure;
using System.IO.Compression;
using System.Xml.Linq;
using Publish.Model;
using Publish.Styling;
using static Publish.Epub.Tests.M;

namespace Publish.Epub.Tests;

public class EpubWriterTests
{
    private static readonly Resource Png = PngResource();
    private static readonly Resource Cover = PngResource("images/cccccccccccccccc.png");
    private static readonly DateTimeOffset Fixed = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    /// <summary>A small book that uses every node type, with cross-references across chapters.</summary>
    internal static Document Book() => new(
        Metadata.Empty with
        {
            Title = "The Sample", Subtitle = "A test", Authors = [new Contributor("Ann Author"), new Contributor("Tom Trans", "trl")],
            Language = "en-GB", Date = "2024-01-02", Publisher = "P & Co", Rights = "CC0", Description = "About <things>",
            Subjects = ["Testing"], CoverImage = Cover.Key,
        },
        [
            P(T("Before the first chapter.")),
            H(1, "One", "one"),
            P(T("Go to "), L("section two-one", "#two-one"), T(" or "), L("the web", "https://example.org/a b"), N("Note one.")),
            H(2, "One A", "one-a"),
            new BlockQuote([P(new Emphasis([T("quoted")]), new Strong([T("strong")]), new Code("x<y"))]),
            new BulletList([new ListItem([P(T("a"))], true), new ListItem([P(T("b")), new OrderedList([new ListItem([P(T("c"))])], true, 4)])], true),
            new DefinitionList([new DefinitionItem([T("term")], [[P(T("meaning"))]])]),
            new CodeBlock("python", "print('<hi>')"),
            new Table([new TableColumn(Alignment.Left), new TableColumn(Alignment.Center)],
                [new TableRow([new TableCell([P(T("h1"))]), new TableCell([P(T("h2"))])])],
                [new TableRow([new TableCell([P(T("c1"))]), new TableCell([P(T("c2"))])])], [T("Caption")]),
            new Figure(new Image(Png.Key, "A dot"), [T("A dot")]),
            P(new TexMath(@"x^2 + \frac{1}{2}", false), T(" and "), new TexMath(@"\begin{x}", true)),
            new ThematicBreak(),
            H(1, "Two", "two"),
            H(2, "Two One", "two-one"),
            P(T("Back to "), L("one", "#one"), T(", missing "), L("nowhere", "#nowhere"), N("Note two."),
                new SmallCaps([T("Caps")]), new Strikethrough([T("del")]), new Superscript([T("sup")]), new Subscript([T("sub")]),
                new Quoted(QuoteKind.Double, [T("q")]), new LineBreak(), new Image(Png.Key, "inline dot")),
            new Div([P(new Span([T("span")]) { Attr = new Attr("s1", ["c"], []) })]) { Attr = new Attr("d1", ["box"], []) },
        ])
    {
        Resources = new Dictionary<string, Resource> { [Png.Key] = Png, [Cover.Key] = Cover },
        SourcePath = "sample.md",
    };

    internal static byte[] Build(Document document, DiagnosticBag? diagnostics = null, EpubWriteOptions? options = null, Theme? theme = null)
    {
        using var stream = new MemoryStream();
        EpubWriter.Write(document, theme ?? Theme.Default, stream, options ?? new EpubWriteOptions { Modified = Fixed }, diagnostics ?? new DiagnosticBag());
        return stream.ToArray();
    }

    private static ZipArchive Open(byte[] epub) => new(new MemoryStream(epub), ZipArchiveMode.Read);

    private static XDocument Xml(ZipArchive zip, string path)
    {
        using var s = zip.GetEntry(path)!.Open();
        return XDocument.Load(s);
    }

    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Xh = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";

    [Fact]
    public void Mimetype_comes_first_uncompressed()
    {
        var epub = Build(Book());
        using var zip = Open(epub);
        Assert.Equal("mimetype", zip.Entries[0].FullName);
        Assert.Equal(zip.Entries[0].Length, zip.Entries[0].CompressedLength);
        Assert.Equal("mimetypeapplication/epub+zip", System.Text.Encoding.ASCII.GetString(epub, 30, 28));
    }

    [Fact]
    public void Package_document_carries_metadata_manifest_and_spine()
    {
        using var zip = Open(Build(Book()));
        var opf = Xml(zip, "EPUB/content.opf").Root!;
        var meta = opf.Element(Opf + "metadata")!;
        Assert.StartsWith("urn:uuid:", meta.Element(Dc + "identifier")!.Value);
        Assert.Equal("The Sample", meta.Element(Dc + "title")!.Value);
        Assert.Equal(["Ann Author"], meta.Elements(Dc + "creator").Select(e => e.Value));
        Assert.Equal("Tom Trans", meta.Element(Dc + "contributor")!.Value);
        Assert.Equal("en-GB", meta.Element(Dc + "language")!.Value);
        Assert.Equal("2024-05-06T07:08:09Z", meta.Elements(Opf + "meta").Single(e => (string?)e.Attribute("property") == "dcterms:modified").Value);
        Assert.Contains(meta.Elements(Opf + "meta"), e => (string?)e.Attribute("property") == "schema:accessibilitySummary");
        Assert.Equal("img-cccccccccccccccc", (string?)meta.Elements(Opf + "meta").Single(e => (string?)e.Attribute("name") == "cover").Attribute("content"));

        var items = opf.Element(Opf + "manifest")!.Elements(Opf + "item").ToDictionary(e => (string)e.Attribute("id")!);
        Assert.Equal("cover-image", (string?)items["img-cccccccccccccccc"].Attribute("properties"));
        Assert.Equal("nav", (string?)items["nav"].Attribute("properties"));
        Assert.Equal("mathml", (string?)items["ch002"].Attribute("properties"));
        Assert.Equal("image/png", (string?)items["img-0123456789abcdef"].Attribute("media-type"));
        var spine = opf.Element(Opf + "spine")!.Elements(Opf + "itemref").Select(e => (string)e.Attribute("idref")!);
        Assert.Equal(["cover", "titlepage", "nav", "ch001", "ch002", "ch003"], spine);
        foreach (var item in items.Values) Assert.NotNull(zip.GetEntry("EPUB/" + (string)item.Attribute("href")!));
    }

    [Fact]
    public void Chapters_split_at_level_one_and_links_cross_files()
    {
        var diagnostics = new DiagnosticBag();
        using var zip = Open(Build(Book(), diagnostics));
        var one = Xml(zip, "EPUB/ch002.xhtml");
        var two = Xml(zip, "EPUB/ch003.xhtml");
        Assert.Equal("Before the first chapter.", Xml(zip, "EPUB/ch001.xhtml").Descendants(Xh + "p").Single().Value);
        Assert.Equal("One", one.Descendants(Xh + "h1").Single().Value);
        Assert.Contains(one.Descendants(Xh + "a"), a => (string?)a.Attribute("href") == "ch003.xhtml#two-one");
        Assert.Contains(two.Descendants(Xh + "a"), a => (string?)a.Attribute("href") == "ch002.xhtml#one");
        Assert.DoesNotContain(two.Descendants(Xh + "a"), a => ((string?)a.Attribute("href"))?.Contains("nowhere") == true);
        Assert.Contains(diagnostics.Items, d => d.Code == "PUB1002");
        Assert.Contains(diagnostics.Items, d => d.Code == "PUB1005"); // \begin stays TeX
    }

    [Fact]
    public void Footnotes_pop_up_from_the_end_of_their_own_chapter()
    {
        using var zip = Open(Build(Book()));
        foreach (var file in new[] { "EPUB/ch002.xhtml", "EPUB/ch003.xhtml" })
        {
            var doc = Xml(zip, file);
            var noteref = doc.Descendants(Xh + "a").Single(a => (string?)a.Attribute(Ops + "type") == "noteref");
            Assert.Empty(noteref.Elements());
            var aside = doc.Descendants(Xh + "aside").Single();
            Assert.Equal("footnote", (string?)aside.Attribute(Ops + "type"));
            Assert.Equal(noteref.Attribute("href")!.Value, "#" + aside.Attribute("id")!.Value);
            Assert.Equal("#" + noteref.Attribute("id")!.Value, aside.Descendants(Xh + "a").First().Attribute("href")!.Value);
        }
    }

    [Fact]
    public void Ids_are_unique_across_the_book()
    {
        using var zip = Open(Build(Book()));
        var ids = zip.Entries.Where(e => e.FullName.StartsWith("EPUB/ch", StringComparison.Ordinal))
            .SelectMany(e => Xml(zip, e.FullName).Descendants().Select(x => (string?)x.Attribute("id")).OfType<string>()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Navigation_lists_headings_to_the_theme_depth_in_nav_and_ncx()
    {
        var theme = Theme.Default with { Toc = new TocStyle { Depth = 1 } };
        using var zip = Open(Build(Book(), theme: theme));
        var nav = Xml(zip, "EPUB/nav.xhtml");
        var toc = nav.Descendants(Xh + "nav").First(n => (string?)n.Attribute(Ops + "type") == "toc");
        Assert.Equal(["One", "Two"], toc.Descendants(Xh + "a").Select(a => a.Value));
        var landmarks = nav.Descendants(Xh + "nav").First(n => (string?)n.Attribute(Ops + "type") == "landmarks");
        Assert.Equal(["cover", "titlepage", "toc", "bodymatter"], landmarks.Descendants(Xh + "a").Select(a => (string?)a.Attribute(Ops + "type")));
        XNamespace ncx = "http://www.daisy.org/z3986/2005/ncx/";
        var points = Xml(zip, "EPUB/toc.ncx").Descendants(ncx + "navPoint").ToList();
        Assert.Equal(["1", "2"], points.Select(p => (string?)p.Attribute("playOrder")));
        Assert.Equal("ch003.xhtml#two", (string?)points[1].Element(ncx + "content")!.Attribute("src"));
    }

    [Fact]
    public void Without_a_cover_there_is_no_cover_page()
    {
        var book = Book() with { Metadata = Book().Metadata with { CoverImage = null } };
        using var zip = Open(Build(book));
        Assert.Null(zip.GetEntry("EPUB/cover.xhtml"));
        Assert.DoesNotContain("cover-image", new StreamReader(zip.GetEntry("EPUB/content.opf")!.Open()).ReadToEnd());
    }

    [Fact]
    public void Identifier_is_stable_and_changes_with_the_content()
    {
        string Id(Document d) => Xml(Open(Build(d)), "EPUB/content.opf").Descendants(Dc + "identifier").Single().Value;
        var book = Book();
        Assert.Equal(Id(book), Id(Book()));
        Assert.NotEqual(Id(book), Id(book with { Blocks = [.. book.Blocks, P(T("more"))] }));
        Assert.Equal("isbn:123", Id(book with { Metadata = book.Metadata with { Identifier = "isbn:123" } }));
    }

    [Fact]
    public void Two_builds_are_byte_identical()
    {
        Assert.Equal(Build(Book()), Build(Book()));
    }

    [Fact]
    public void Page_list_points_at_page_break_markers_before_the_blocks_the_pages_start_at()
    {
        var book = Book();
        var twoOne = book.Blocks.OfType<Heading>().Single(h => h.Attr.Id == "two-one");
        var quote = book.Blocks.OfType<BlockQuote>().Single();
        var options = new EpubWriteOptions
        {
            Modified = Fixed,
            PageList = [new PrintPage("7", ModelFingerprint.Of(quote.Content[0])), new PrintPage("8", ModelFingerprint.Of(twoOne)), new PrintPage("9", default)],
        };
        using var zip = Open(Build(book, options: options));
        var pageList = Xml(zip, "EPUB/nav.xhtml").Descendants(Xh + "nav").Single(n => (string?)n.Attribute(Ops + "type") == "page-list");
        var hrefs = pageList.Descendants(Xh + "a").Select(a => (string?)a.Attribute("href")).ToList();
        // A page whose block the e-book does not have gets no entry.
        Assert.Equal(["ch002.xhtml#page-7", "ch003.xhtml#page-8"], hrefs);
        var marker = Xml(zip, "EPUB/ch003.xhtml").Descendants(Xh + "span").Single(s => (string?)s.Attribute("id") == "page-8");
        Assert.Equal("pagebreak", (string?)marker.Attribute(Ops + "type"));
        Assert.Equal("8", (string?)marker.Attribute("aria-label"));
        Assert.Equal("two-one", (string?)marker.ElementsAfterSelf().First().Attribute("id"));
    }

    [Fact]
    public void Epubcheck_reports_nothing_for_a_book_with_every_node_type()
    {
        EpubCheck.SkipUnlessAvailable();
        var path = Path.Combine(Path.GetTempPath(), $"publish-epub-{Guid.NewGuid():N}.epub");
        try
        {
            File.WriteAllBytes(path, Build(Book(), options: new EpubWriteOptions { Modified = Fixed, PageList = [new PrintPage("1", ModelFingerprint.Of(Book().Blocks[1]))] }));
            Assert.Empty(EpubCheck.Run(path));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Epubcheck_accepts_an_empty_document()
    {
        EpubCheck.SkipUnlessAvailable();
        var path = Path.Combine(Path.GetTempPath(), $"publish-epub-{Guid.NewGuid():N}.epub");
        try
        {
            File.WriteAllBytes(path, Build(new Document(Metadata.Empty, [])));
            Assert.Empty(EpubCheck.Run(path));
        }
        finally { File.Delete(path); }
    }
}

public class KoboTests
{
    [Fact]
    public void Kepub_wraps_each_sentence_of_each_paragraph_in_a_numbered_span()
    {
        var doc = new Document(Metadata.Empty with { Title = "K" },
            [M.H(1, "Start", "start"), M.P(M.T("One. Two! "), new Emphasis([M.T("Three?")]), new Code("a. b"))]);
        var epub = EpubWriterTests.Build(doc, options: new EpubWriteOptions { Kobo = true, Modified = DateTimeOffset.UnixEpoch });
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(epub));
        using var reader = new StreamReader(zip.GetEntry("EPUB/ch001.xhtml")!.Open());
        var page = XDocument.Parse(reader.ReadToEnd());
        XNamespace xh = "http://www.w3.org/1999/xhtml";
        var spans = page.Descendants(xh + "span").Where(s => (string?)s.Attribute("class") == "koboSpan").ToList();
        Assert.Equal(["kobo.1.1", "kobo.2.1", "kobo.2.2", "kobo.2.3"], spans.Select(s => (string?)s.Attribute("id")));
        Assert.Equal(["Start", "One. ", "Two! ", "Three?"], spans.Select(s => s.Value));
        Assert.Equal("a. b", page.Descendants(xh + "code").Single().Value); // code is left whole
    }
}
