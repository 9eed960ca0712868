using Publish.Model;
using TextRun = Publish.Model.Text;

namespace Publish.Readers.Html;

/// <summary>
/// A saved page as one chapter of a digest (a book folder listing <c>.html</c> chapters): the
/// article opens with its own headline as the chapter's level-1 heading, then a byline line
/// (authors, site, date) — the page's metadata, which a single article shows on its title block.
/// </summary>
internal static class ArticleChapter
{
    public static IReadOnlyList<Block> Read(string path, string html, HeadingIds ids, DiagnosticBag diagnostics)
    {
        var article = HtmlArticleReader.Read(html, path, diagnostics, extract: true, ids);
        var m = article.Metadata;
        var at = new SourceSpan(path, 1, 1);
        var headline = m.Title ?? Path.GetFileNameWithoutExtension(path);
        List<Inline> title = [new TextRun(headline) { Span = at }];
        var blocks = new List<Block> { new Heading(1, title) { Span = at, Attr = Attr.Empty.WithId(ids.ClaimAuto(title)) } };
        var byline = Byline(m);
        if (byline.Length > 0)
            blocks.Add(new Paragraph([new TextRun(byline) { Span = at }]) { Span = at, Attr = Attr.Empty with { Classes = ["byline"] } });
        blocks.AddRange(article.Blocks);
        return blocks;
    }

    /// <summary>"Jane Doe, John Roe · Example News · 2019-11-18", leaving out what the page does not say.</summary>
    public static string Byline(Metadata m)
    {
        var parts = new List<string>();
        var authors = string.Join(", ", m.Authors.Select(a => a.Name));
        if (authors.Length > 0) parts.Add(authors);
        if (m.SiteName is { Length: > 0 } site && !site.Equals(authors, StringComparison.OrdinalIgnoreCase)) parts.Add(site);
        if (m.Date is { Length: > 0 } date) parts.Add(date);
        return string.Join(" · ", parts);
    }
}
