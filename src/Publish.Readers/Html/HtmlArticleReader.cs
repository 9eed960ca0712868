using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Publish.Model;
using TextRun = Publish.Model.Text;
using Attr = Publish.Model.Attr;
using Document = Publish.Model.Document;

namespace Publish.Readers.Html;

/// <summary>
/// Reads a saved web page. With extraction (the default) the article is found among the page's
/// furniture — menus, share bars, related stories, comments — and only it becomes the document;
/// without, the whole body is converted, for HTML written as a document. Metadata (headline,
/// byline, date, site, language, canonical address) comes from the page's head and JSON-LD.
/// </summary>
internal static class HtmlArticleReader
{
    public static Document Read(string html, string path, DiagnosticBag diagnostics, bool extract = true, HeadingIds? ids = null)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var page = parser.ParseDocument(html);
        var jsonLd = JsonLd.Read(page);
        var metadata = PageMetadata.Read(page, jsonLd);
        var body = page.Body ?? page.DocumentElement;
        var address = metadata.Identifier is { } id && Uri.TryCreate(id, UriKind.Absolute, out var uri) ? uri : null;
        var images = new PageImages(path);
        var builder = new BlockBuilder(new InlineBuilder(path, images, address), ids ?? new HeadingIds());

        List<Block> blocks;
        if (extract)
        {
            var article = ArticleLocator.Locate(body, jsonLd);
            blocks = [.. article.SelectMany(e => builder.Blocks([e]))];
            blocks = HeadlineTrimmer.Trim(blocks, metadata);
            if (blocks.Count == 0 && jsonLd.ArticleString("articleBody") is { Length: > 0 } declared)
                blocks = [.. declared.Split('\n').Select(TextMeasures.Collapse).Where(p => p.Length > 0)
                    .Select(p => (Block)new Paragraph([new TextRun(p)]) { Span = new SourceSpan(path, 1, 1) })];
        }
        else
        {
            foreach (var junk in body.QuerySelectorAll("*").Where(e => HtmlNames.Junk.Contains(e.LocalName)).ToList()) junk.Remove();
            blocks = builder.Blocks(body.ChildNodes);
        }

        ReportImages(images, path, diagnostics);
        if (blocks.Count == 0)
            diagnostics.Report(DiagnosticCatalog.NoArticleFound, extract ? "no article text was found on the page" : "the page's body has no text", new SourceSpan(path, 1, 1),
                extract ? DiagnosticCatalog.NoArticleFound.Hint : null);
        return new Document(metadata, blocks) { SourcePath = path };
    }

    private static void ReportImages(PageImages images, string path, DiagnosticBag diagnostics)
    {
        var parts = new List<string>();
        if (images.Remote > 0) parts.Add($"{images.Remote} remote (builds are offline)");
        if (images.Missing > 0) parts.Add($"{images.Missing} not saved beside the page");
        if (images.Unsupported > 0) parts.Add($"{images.Unsupported} not PNG, JPEG or GIF");
        if (parts.Count == 0) return;
        var total = images.Remote + images.Missing + images.Unsupported;
        diagnostics.Report(DiagnosticCatalog.PageImagesLeftOut, $"{total} image{(total == 1 ? "" : "s")} of the article left out: {string.Join(", ", parts)}",
            new SourceSpan(path, 1, 1), DiagnosticCatalog.PageImagesLeftOut.Hint);
    }
}
