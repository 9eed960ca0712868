using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Publish.Model;

namespace Publish.Readers.Html;

/// <summary>
/// What a saved page says about its article — in Open Graph and article meta tags, schema.org
/// JSON-LD, and the markup itself — as the model's <see cref="Metadata"/>. Declared values come
/// first (they are written for machines); the visible page is the fallback.
/// </summary>
internal static partial class PageMetadata
{
    [GeneratedRegex(@"^\s*(by|von|par|por|di|door)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"\s+[|\-–—·:»/]+\s+")]
    private static partial Regex TitleSeparator();

    public static Metadata Read(IDocument page, JsonLd jsonLd)
    {
        var article = jsonLd.Article;
        var siteName = Meta(page, "og:site_name") ?? PublisherName(jsonLd) ?? Meta(page, "application-name");
        var title = Title(page, jsonLd, siteName);
        var authors = Authors(page, article);
        return Metadata.Empty with
        {
            Title = title,
            Authors = [.. authors.Select(a => new Contributor(a))],
            Language = Language(page),
            Date = Date(page, jsonLd),
            Publisher = siteName,
            SiteName = siteName,
            Description = Meta(page, "og:description") ?? Meta(page, "description") ?? Meta(page, "twitter:description") ?? jsonLd.ArticleString("description"),
            Identifier = Canonical(page),
            LeadImage = Meta(page, "og:image") ?? Meta(page, "twitter:image") ?? jsonLd.ArticleString("image"),
        };
    }

    /// <summary>The content of a meta tag by property or name (case-insensitive), trimmed; null when absent or empty.</summary>
    public static string? Meta(IDocument page, string key)
    {
        foreach (var meta in page.QuerySelectorAll("meta"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (name is null || !name.Equals(key, StringComparison.OrdinalIgnoreCase)) continue;
            var content = TextMeasures.Collapse(meta.GetAttribute("content") ?? "");
            if (content.Length > 0) return content;
        }
        return null;
    }

    private static string? PublisherName(JsonLd jsonLd) => jsonLd.Article is { } a ? JsonLd.NamesOf(a, "publisher").FirstOrDefault() : null;

    private static string? Title(IDocument page, JsonLd jsonLd, string? siteName)
    {
        var declared = Meta(page, "og:title") ?? Meta(page, "twitter:title") ?? jsonLd.ArticleString("headline");
        var h1 = page.QuerySelectorAll("h1").Select(TextMeasures.Text).FirstOrDefault(t => t.Length > 0);
        var titleTag = page.QuerySelector("title") is { } t ? TextMeasures.Collapse(t.TextContent) : null;
        if ((declared ?? h1) is { } chosen) return WithoutSiteSuffix(chosen, siteName, h1, guess: false);
        return titleTag is null ? null : WithoutSiteSuffix(titleTag, siteName, h1, guess: true);
    }

    /// <summary>"Headline | Site" → "Headline": a part is dropped when it is the site's name, or when the rest is the page's h1.</summary>
    /// <remarks>With <paramref name="guess"/> (a &lt;title&gt;, which sites suffix by habit) a short unnamed last part goes too.</remarks>
    public static string WithoutSiteSuffix(string title, string? siteName, string? h1, bool guess)
    {
        var parts = TitleSeparator().Split(title);
        if (parts.Length < 2) return title;
        if (h1 is not null && parts.Any(p => p.Equals(h1, StringComparison.OrdinalIgnoreCase))) return h1;
        if (siteName is not null)
        {
            var kept = parts.Where(p => !SameName(p, siteName)).ToList();
            if (kept.Count > 0 && kept.Count < parts.Length) return string.Join(" – ", kept);
        }
        // An unnamed last part much shorter than the rest is the site ("Headline - Example News").
        var last = parts[^1];
        var rest = string.Join(" ", parts[..^1]);
        return guess && WordCount(last) <= 4 && WordCount(rest) >= 2 * WordCount(last) ? title[..TitleSeparator().Matches(title)[^1].Index] : title;
    }

    private static bool SameName(string a, string b) =>
        string.Equals(Squash(a), Squash(b), StringComparison.OrdinalIgnoreCase) || Squash(b).StartsWith(Squash(a), StringComparison.OrdinalIgnoreCase) && Squash(a).Length > 3;

    private static string Squash(string s) => new(s.Where(char.IsLetterOrDigit).ToArray());

    private static int WordCount(string s) => TextMeasures.WordCount(s);

    private static List<string> Authors(IDocument page, JsonElement? article)
    {
        var names = article is { } a ? JsonLd.NamesOf(a, "author").ToList() : [];
        if (names.Count == 0 && Meta(page, "author") is { } author && !author.Contains("://")) names.Add(author);
        if (names.Count == 0 && Meta(page, "article:author") is { } articleAuthor && !articleAuthor.Contains("://")) names.Add(articleAuthor);
        if (names.Count == 0)
        {
            var byline = page.QuerySelector("[rel=author], [itemprop=author], .byline, .author, [class*=byline]");
            if (byline is not null && TextMeasures.Text(byline) is { Length: > 0 and < 100 } text) names.Add(text);
        }
        return [.. names.Select(n => ByPrefix().Replace(n, "").Trim()).Where(n => n.Length > 0 && !n.Contains("://")).Distinct().Take(6)];
    }

    private static string Language(IDocument page)
    {
        var lang = page.DocumentElement.GetAttribute("lang") ?? page.DocumentElement.GetAttribute("xml:lang")
            ?? Meta(page, "og:locale") ?? page.QuerySelector("meta[http-equiv='content-language' i]")?.GetAttribute("content");
        if (string.IsNullOrWhiteSpace(lang) || !LanguageTag().IsMatch(lang.Trim())) return "en";
        // BCP 47 case conventions: language lower-case, a two-letter region upper-case ("en_us" → "en-US").
        var parts = lang.Trim().Replace('_', '-').Split('-');
        return string.Join("-", parts.Select((p, i) => i == 0 ? p.ToLowerInvariant() : p.Length == 2 ? p.ToUpperInvariant() : p));
    }

    [GeneratedRegex(@"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();

    private static string? Date(IDocument page, JsonLd jsonLd)
    {
        var declared = jsonLd.ArticleString("datePublished") ?? Meta(page, "article:published_time") ?? Meta(page, "datePublished")
            ?? Meta(page, "date") ?? Meta(page, "pubdate") ?? Meta(page, "publishdate") ?? Meta(page, "dc.date") ?? Meta(page, "dc.date.issued")
            ?? Meta(page, "sailthru.date") ?? Meta(page, "parsely-pub-date") ?? page.QuerySelector("time[datetime]")?.GetAttribute("datetime")
            ?? jsonLd.ArticleString("dateCreated");
        if (declared is null) return null;
        return DateTimeOffset.TryParse(declared, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : declared;
    }

    private static string? Canonical(IDocument page)
    {
        var href = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(page, "og:url");
        return href is not null && Uri.TryCreate(href.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
    }
}
