using AngleSharp.Dom;

namespace Publish.Readers.Html;

/// <summary>
/// Where the article is: the element the page marks as <c>itemprop="articleBody"</c>; else the
/// element whose text best matches the <c>articleBody</c> the page declares in JSON-LD; else the
/// winner of <see cref="ContentScorer"/>. The chosen elements are then cleaned inside.
/// </summary>
internal static class ArticleLocator
{
    /// <summary>A declared body shorter than this is a teaser, too short to find the article by.</summary>
    private const int MinDeclaredWords = 60;

    /// <summary>An element matching the declared body this well (shingle F1) holds the article.</summary>
    private const double DeclaredMatch = 0.6;

    /// <summary>A declared body under this share of the scored article's words is a teaser, not the article.</summary>
    private const double TeaserShare = 0.5;

    public static IReadOnlyList<IElement> Locate(IElement body, JsonLd jsonLd)
    {
        PageCleaner.Clean(body);
        var scored = ContentScorer.FindArticle(body);
        var parts = Marked(body) ?? Declared(body, jsonLd, scored) ?? scored;
        foreach (var part in parts) ArticleCleaner.Clean(part);
        return parts;
    }

    private static IReadOnlyList<IElement>? Marked(IElement body)
    {
        var marked = body.QuerySelectorAll("[itemprop~=articleBody]").Where(e => e.ParentElement?.Closest("[itemprop~=articleBody]") is null).ToList();
        // Several marked elements are one article split around pictures and ads; a tiny one marks a teaser.
        var text = marked.Sum(e => TextMeasures.Text(e).Length);
        return marked.Count > 0 && text >= 200 ? marked : null;
    }

    private static IReadOnlyList<IElement>? Declared(IElement body, JsonLd jsonLd, IReadOnlyList<IElement> scored)
    {
        var declared = jsonLd.ArticleString("articleBody");
        if (declared is null || TextMeasures.WordCount(declared) < MinDeclaredWords) return null;
        // Many pages declare only the first paragraphs; a body much shorter than the scored article is such a teaser.
        var scoredWords = scored.Sum(e => TextMeasures.WordCount(TextMeasures.Text(e)));
        if (TextMeasures.WordCount(declared) < TeaserShare * scoredWords) return null;
        var truth = Shingles.Of(declared);
        IElement? best = null;
        var bestScore = 0.0;
        foreach (var element in body.QuerySelectorAll("div, article, section, main, td, body"))
        {
            var score = Shingles.F1(truth, Shingles.Of(TextMeasures.Text(element)));
            // Ties go to the smaller (later, inner) element: the same text with less around it.
            if (score >= bestScore) { best = element; bestScore = score; }
        }
        return best is not null && bestScore >= DeclaredMatch ? [best] : null;
    }
}
