using System.Text;
using Publish.Epub.Css;
using Publish.Epub.Xhtml;
using Publish.Model;
using Publish.Styling;

namespace Publish.Epub;

/// <summary>
/// A standalone HTML5 page from the model, through the same XHTML renderers as the EPUB. The
/// page is complete on its own: the theme's CSS is inlined and images are data: URIs.
/// </summary>
internal static class HtmlWriter
{
    public static void Write(Document document, Theme theme, Stream output, DiagnosticBag diagnostics)
    {
        var bytes = Encoding.UTF8.GetBytes(Render(document, theme, diagnostics));
        output.Write(bytes);
    }

    public static string Render(Document document, Theme theme, DiagnosticBag diagnostics)
    {
        var settings = new XhtmlSettings
        {
            ResolveLink = link => link.IsInternal ? "#" + IdRegistry.Sanitize(link.Target[1..]) : link.Target,
            ResolveImage = image => document.Resources.TryGetValue(image.Source, out var r)
                ? $"data:{r.MediaType};base64,{Convert.ToBase64String(r.Data)}" : null,
            ImageSize = image => document.Resources.TryGetValue(image.Source, out var r) ? (r.PixelWidth, r.PixelHeight) : null,
            NoteNumbering = theme.Footnotes.Numbering,
        };
        theme = theme.For(document.Kind);
        var renderer = new XhtmlRenderer(settings, diagnostics);
        var m = document.Metadata;
        var o = renderer.Out;
        o.Raw("<!DOCTYPE html>").Line();
        var rightToLeft = Styling.Languages.LanguageTag.IsRightToLeft(m.Language, m.Direction);
        o.Open("html", ("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", m.Language), ("xml:lang", m.Language), ("dir", rightToLeft ? "rtl" : null)).Line();
        o.Open("head").Line();
        o.Void("meta", ("charset", "utf-8")).Line();
        o.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1")).Line();
        o.Open("title").Text(TitleBlock.TitleOf(document)).Close("title").Line();
        foreach (var author in m.Authors.Where(a => a.Role == "aut")) o.Void("meta", ("name", "author"), ("content", author.Name)).Line();
        if (!string.IsNullOrWhiteSpace(m.Description)) o.Void("meta", ("name", "description"), ("content", m.Description)).Line();
        // CSS is raw text in HTML: escaping would corrupt child selectors; only "</" could end the element.
        o.Open("style").Line().Raw(ThemeCss.Generate(theme, rightToLeft).Replace("</", "<\\/")).EnsureLine().Close("style").Line();
        o.Close("head").Line();
        o.Open("body").Line();
        if (document.Kind == DocumentKind.Article)
        {
            // One article: its own header (headline, dek, byline) opens it, as in the EPUB.
            o.EnsureLine().Open("article", ("class", "article")).Line();
            renderer.WriteBlocks(ArticleBlocks.Of(document));
            renderer.FlushNotes();
            o.EnsureLine().Close("article").Line();
            o.Close("body").Line().Close("html").Line();
            return renderer.TakeOutput();
        }
        if (m.Title is not null)
        {
            o.Open("header", ("class", "title-page")).Line();
            TitleBlock.Write(o, document);
            o.Close("header").Line();
        }
        foreach (var chapter in ChapterSplitter.Split(document.Blocks))
        {
            o.EnsureLine().Open("section", ("class", "chapter")).Line();
            renderer.WriteBlocks(chapter.Blocks);
            renderer.FlushNotes();
            o.EnsureLine().Close("section").Line();
        }
        o.Close("body").Line().Close("html").Line();
        return renderer.TakeOutput();
    }
}
