using Publish.Model;
using Publish.Readers.Html;

namespace Publish.Readers.Tests.Html;

/// <summary>A saved web page becomes its article: the text and its structure, without the page's furniture.</summary>
public sealed class HtmlArticleReaderTests
{
    private static Document Read(string html, out DiagnosticBag diagnostics, string path = "page.html", bool extract = true)
    {
        diagnostics = new DiagnosticBag();
        return HtmlArticleReader.Read(html, path, diagnostics, extract);
    }

    private static string Text(Document document) => string.Join("\n", document.Blocks.Select(BlockText));

    private static string BlockText(Block block) => block switch
    {
        Paragraph p => PlainText.Of(p.Content),
        Plain p => PlainText.Of(p.Content),
        Heading h => PlainText.Of(h.Content),
        BlockQuote q => string.Join("\n", q.Content.Select(BlockText)),
        BulletList l => string.Join("\n", l.Items.SelectMany(i => i.Content).Select(BlockText)),
        OrderedList l => string.Join("\n", l.Items.SelectMany(i => i.Content).Select(BlockText)),
        Figure f => PlainText.Of(f.Caption),
        _ => "",
    };

    private static string Prose(string topic, int sentences) => string.Join(" ", Enumerable.Range(1, sentences)
        .Select(i => $"The {topic}, as the council reported in its {i}th meeting, needs work, money and patience before the winter."));

    private static string NewsPage(string body, string head = "") => $$"""
        <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Sea wall vote | Coast Gazette</title>{{head}}</head>
        <body>
        <header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
        <div class="share-tools"><a href="https://twitter.com/share">Share on Twitter</a></div>
        <main><article>{{body}}</article>
        <aside class="related-stories"><h3>Related stories</h3><ul><li><a href="/a">Storm floods the lower town again this week</a></li><li><a href="/b">Ferry timetable changes for the winter season</a></li></ul></aside>
        </main>
        <footer><p>© 2024 Coast Gazette. All rights reserved.</p></footer>
        </body></html>
        """;

    [Fact]
    public void The_article_is_kept_and_menus_share_bars_related_lists_and_footers_are_not()
    {
        var document = Read(NewsPage($"<h1>Sea wall vote</h1><p>{Prose("wall", 3)}</p><p>{Prose("harbour", 2)}</p>"), out _);

        var text = Text(document);
        Assert.Contains("The wall, as the council reported in its 1th meeting", text);
        Assert.Contains("The harbour, as the council reported in its 2th meeting", text);
        foreach (var furniture in new[] { "Home", "Share on Twitter", "Related stories", "Storm floods", "All rights reserved" })
            Assert.DoesNotContain(furniture, text);
    }

    [Fact]
    public void The_headline_is_the_title_not_a_heading_of_the_text()
    {
        var document = Read(NewsPage($"<h1>Sea wall vote</h1><p class=\"byline\">By Mary Fielding</p><p>{Prose("wall", 3)}</p>"), out _);

        Assert.Equal("Sea wall vote", document.Metadata.Title);
        Assert.DoesNotContain(document.Blocks, b => b is Heading h && PlainText.Of(h.Content) == "Sea wall vote");
        Assert.DoesNotContain("By Mary Fielding", Text(document));
    }

    [Fact]
    public void Structure_survives_headings_lists_quotes_code_tables_and_emphasis()
    {
        var body = $"""
            <p>{Prose("wall", 2)} It is <em>long</em> and <strong>tall</strong>, see <a href="https://example.org/plan">the plan</a>.</p>
            <h2>What residents said</h2>
            <blockquote><p>{Prose("quote", 1)}</p></blockquote>
            <ol start="3"><li>Stone from the quarry</li><li>A walkway on top</li></ol>
            <pre><code class="language-python">print("tide")</code></pre>
            <table><thead><tr><th>Year</th><th>Floods</th></tr></thead><tbody><tr><td>2022</td><td>4</td></tr><tr><td>2023</td><td>2</td></tr></tbody></table>
            <p>{Prose("harbour", 2)}</p>
            """;
        var blocks = Read(NewsPage(body), out _).Blocks;

        var first = Assert.IsType<Paragraph>(blocks[0]);
        Assert.Contains(first.Content, i => i is Emphasis);
        Assert.Contains(first.Content, i => i is Strong);
        Assert.Contains(first.Content, i => i is Link { Target: "https://example.org/plan" });
        var heading = Assert.Single(blocks.OfType<Heading>());
        Assert.Equal(2, heading.Level);
        Assert.Equal("what-residents-said", heading.Id);
        Assert.Single(blocks.OfType<BlockQuote>());
        var list = Assert.Single(blocks.OfType<OrderedList>());
        Assert.Equal(3, list.Start);
        Assert.Equal(2, list.Items.Count);
        var code = Assert.Single(blocks.OfType<CodeBlock>());
        Assert.Equal(("python", "print(\"tide\")"), (code.Language, code.Text));
        var table = Assert.Single(blocks.OfType<Table>());
        Assert.Single(table.Head);
        Assert.Equal(2, table.Body.Count);
    }

    [Fact]
    public void Text_written_without_paragraph_tags_is_split_at_blank_lines()
    {
        var body = $"<div class=\"post-body\">{Prose("wall", 2)}<br><br>{Prose("harbour", 2)}<br>{Prose("ferry", 1)}</div>";
        var paragraphs = Read(NewsPage(body), out _).Blocks.OfType<Paragraph>().ToList();

        Assert.Equal(2, paragraphs.Count);
        Assert.Contains(paragraphs[1].Content, i => i is LineBreak);
    }

    [Fact]
    public void Metadata_comes_from_open_graph_json_ld_and_the_page()
    {
        const string head = """
            <meta property="og:site_name" content="Coast Gazette">
            <meta name="description" content="The town votes for a new wall.">
            <link rel="canonical" href="https://gazette.example/2024/03/sea-wall">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Sea wall vote","author":[{"@type":"Person","name":"Mary Fielding"},{"@type":"Person","name":"Tom Reed"}],"datePublished":"2024-03-05T08:30:00+01:00"}]}</script>
            """;
        var m = Read(NewsPage($"<p>{Prose("wall", 3)}</p>", head), out _).Metadata;

        Assert.Equal("Sea wall vote", m.Title);
        Assert.Equal(["Mary Fielding", "Tom Reed"], m.Authors.Select(a => a.Name));
        Assert.Equal("2024-03-05", m.Date);
        Assert.Equal("Coast Gazette", m.SiteName);
        Assert.Equal("en-GB", m.Language);
        Assert.Equal("The town votes for a new wall.", m.Description);
        Assert.Equal("https://gazette.example/2024/03/sea-wall", m.Identifier);
    }

    [Theory]
    [InlineData("Sea wall vote | Coast Gazette", "Coast Gazette", "Sea wall vote")]
    [InlineData("Coast Gazette - Sea wall vote", "Coast Gazette", "Sea wall vote")]
    [InlineData("Sea wall vote to go ahead after storms - Gazette", null, "Sea wall vote to go ahead after storms")]
    [InlineData("Brexit: what happens next", null, "Brexit: what happens next")]
    public void The_title_tag_loses_the_site_name(string title, string? site, string expected)
    {
        var siteMeta = site is null ? "" : $"<meta property=\"og:site_name\" content=\"{site}\">";
        var page = $"<html><head><title>{title}</title>{siteMeta}</head><body><p>{Prose("wall", 3)}</p></body></html>";
        Assert.Equal(expected, Read(page, out _).Metadata.Title);
    }

    [Fact]
    public void Saved_images_are_used_remote_ones_are_summarised_once_and_pixels_are_ignored()
    {
        using var folder = new TempFolder();
        folder.Write("page_files/harbour.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var body = $"""
            <p>{Prose("wall", 3)}</p>
            <figure><img src="page_files/harbour.png" alt="The harbour" width="800" height="500"><figcaption>The harbour at dawn.</figcaption></figure>
            <p><img src="https://cdn.example/a.jpg" width="600"> <img src="https://cdn.example/b.jpg" width="600"> <img src="https://t.example/p.gif" width="1" height="1"></p>
            <p>{Prose("harbour", 2)}</p>
            """;
        var page = folder.Write("page.html", NewsPage(body));
        var document = Read(File.ReadAllText(page), out var diagnostics, page);

        var figure = Assert.Single(document.Blocks.OfType<Figure>());
        Assert.Equal("page_files/harbour.png", figure.Image.Source);
        Assert.Equal("The harbour at dawn.", PlainText.Of(figure.Caption));
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal("PUB0480", warning.Code);
        Assert.Contains("2 remote", warning.Message);
    }

    [Fact]
    public void Without_extraction_the_whole_body_is_the_document()
    {
        var document = Read(NewsPage($"<p>{Prose("wall", 3)}</p>"), out _, extract: false);

        var text = Text(document);
        Assert.Contains("Related stories", text);
        Assert.Contains("All rights reserved", text);
    }

    [Fact]
    public void A_page_without_article_text_says_so()
    {
        Read("<html><body><nav><a href='/'>Home</a></nav></body></html>", out var diagnostics);

        Assert.Equal("PUB0281", Assert.Single(diagnostics.Items).Code);
    }

    [Fact]
    public void A_book_of_saved_pages_is_a_digest_with_one_chapter_per_article()
    {
        using var folder = new TempFolder();
        folder.Write("book.yaml", "title: Weekend reading\nchapters:\n  - one.html\n  - two.html\n");
        folder.Write("one.html", NewsPage($"<p>{Prose("wall", 3)}</p>", """<meta property="og:title" content="Sea wall vote"><meta name="author" content="Mary Fielding">"""));
        folder.Write("two.html", NewsPage($"<p>{Prose("ferry", 3)}</p>", """<meta property="og:title" content="Ferry returns"><meta name="author" content="Tom Reed">"""));
        var diagnostics = new DiagnosticBag();
        var book = DocumentReader.Read(folder.Root, SourceFormat.Auto, diagnostics);

        Assert.Equal("Weekend reading", book.Metadata.Title);
        Assert.Equal(["Sea wall vote", "Ferry returns"], book.Blocks.OfType<Heading>().Where(h => h.Level == 1).Select(h => PlainText.Of(h.Content)));
        var bylines = book.Blocks.OfType<Paragraph>().Where(p => p.Attr.HasClass("byline")).Select(p => PlainText.Of(p.Content));
        Assert.Equal(["Mary Fielding", "Tom Reed"], bylines);
    }
}
