using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Publish.Readers.Html;

/// <summary>
/// What class names, ids and roles say about an element: the vocabulary web pages use for article
/// text versus page furniture (after Readability's and trafilatura's lists; no site is named).
/// </summary>
internal static partial class ContentHints
{
    /// <summary>Words of page furniture: an element named so is removed before scoring unless it also names content.</summary>
    [GeneratedRegex(@"(?<![a-z])(ads?(?![a-z])|ad-|advert|agegate|ai2html|banner|breadcrumb|combx|comment|community|cookie|consent|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|masthead|related|recommend|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|pagination|pager|popup|promo|newsletter|subscri|signup|sign-up|share|sharing|toolbar|outbrain|taboola|trending|most-?popular|copyright|navbar|nav(?![a-z])|modal|overlay|teaser|widget|tags?(?![a-z])|topics)", RegexOptions.IgnoreCase)]
    public static partial Regex Unlikely();

    /// <summary>Words that rescue an element named with furniture words: it may be the article after all.</summary>
    [GeneratedRegex(@"(?<![a-z])(article|body|column|content|main|shadow|story|entry|post|text)", RegexOptions.IgnoreCase)]
    public static partial Regex MaybeContent();

    [GeneratedRegex(@"(?<![a-z])(article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose|rich-?text)", RegexOptions.IgnoreCase)]
    public static partial Regex Positive();

    [GeneratedRegex(@"(?<![a-z])(ad-|hidden|hid(?![a-z])|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|recommend|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|byline|author|dateline|caption|newsletter|subscri|social|cookie|consent|popular|trending|breadcrumb|copyright|nav)", RegexOptions.IgnoreCase)]
    public static partial Regex Negative();

    /// <summary>Short paragraphs that are page furniture wherever they stand.</summary>
    [GeneratedRegex(@"^\W*(advertisement|advertising|sponsored( content)?|ad|share( this)?( article| story| post| on \w+)?|read more|related( articles| stories| content| coverage)?|recommended( for you)?|more (on|from) .{0,40}|see also|continue reading.*|subscribe.*|sign up.*|follow us.*|click here.*|image( copyright| source)?.*|photo:.*|getty images|skip (to|advert).*|trending( now| news| stories)?|most (read|popular|viewed)|story continues below.*|this (article|story) (was|is) .{0,80}(updated|published).*)\W*$", RegexOptions.IgnoreCase)]
    public static partial Regex FurnitureText();

    /// <summary>Names of the lines around an article that are not its text: bylines, datelines, credits, captions.</summary>
    [GeneratedRegex(@"(?<![a-z])(byline|by-line|author|dateline|timestamp|date|published|updated|credit|caption|kicker|eyebrow|meta)", RegexOptions.IgnoreCase)]
    public static partial Regex ArticleMeta();

    /// <summary>A short line that is a byline or a publication date rather than a sentence of the article.</summary>
    [GeneratedRegex(@"^\W*((by|von|par|por|door)\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}(\s*(,|and|&|-|–|\|)\s*.*)?|(published|updated|posted|last updated|first published)\b.{0,60})$", RegexOptions.IgnoreCase)]
    public static partial Regex BylineText();

    /// <summary>Names of a picture's wrapper: what it holds besides the picture is a caption or a credit.</summary>
    [GeneratedRegex(@"(?<![a-z])(image|img|photo|picture|figure|gallery|video|slideshow)", RegexOptions.IgnoreCase)]
    public static partial Regex PictureBox();

    [GeneratedRegex(@"[,，、]")]
    public static partial Regex Commas();

    /// <summary>Names of the article's own container: furniture-named wrappers around one are kept ("widget blog" › "post-body").</summary>
    [GeneratedRegex(@"(?<![a-z])(article|post|entry|story|content)[ _-]?(body|content|text)|(?<![a-z])articlebody|(?<![a-z])(hentry|h-entry)(?![a-z])", RegexOptions.IgnoreCase)]
    public static partial Regex ArticleContainer();

    [GeneratedRegex(@"(?<=[a-z])(?=[A-Z])")]
    private static partial Regex CamelHump();

    /// <summary>
    /// Class names and id as one lowercase string whose words start where the names' words start
    /// ("pageRow" → "page row"), so that hints match word starts only ("pager" is not in "pageRow").
    /// </summary>
    public static string Names(IElement element) => Names($"{element.ClassName} {element.Id}");

    public static string Names(string names) => CamelHump().Replace(names, " ").ToLowerInvariant();

    /// <summary>Readability's class weight: +25 for article words, −25 for furniture words, per attribute.</summary>
    public static int Weight(IElement element)
    {
        var weight = 0;
        foreach (var name in new[] { element.ClassName, element.Id })
        {
            if (string.IsNullOrEmpty(name)) continue;
            var words = Names(name);
            if (Negative().IsMatch(words)) weight -= 25;
            if (Positive().IsMatch(words)) weight += 25;
        }
        return weight;
    }
}
