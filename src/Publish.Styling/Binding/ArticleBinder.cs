using Publish.Styling.Yaml;

namespace Publish.Styling.Binding;

/// <summary>
/// <c>article:</c> — how the theme sets a document of kind article: the head's own keys
/// (<c>headline</c>, <c>dek</c>, <c>byline</c>, <c>lede</c>, <c>space-after-head</c>) and any of the
/// theme's sections, which override the book settings for articles only.
/// </summary>
internal static class ArticleBinder
{
    private static readonly string[] HeadKeys = ["headline", "dek", "byline", "lede", "space-after-head"];

    private static readonly string[] SectionKeys =
        ["page", "body", "fonts", "paragraph", "headings", "quote", "code", "lists", "table", "footnotes", "running-heads", "colors"];

    public static Theme Bind(Theme theme, ValueReader node, string? folder, BindContext context)
    {
        var keys = HeadKeys.Concat(SectionKeys).ToArray();
        var sections = new List<MappingEntry>();
        var article = theme.Article;
        foreach (var (key, value) in context.Read(node.Node, node.Path, keys))
        {
            if (SectionKeys.Contains(key))
            {
                sections.Add(((MappingNode)node.Node).Entries.Last(e => e.Key.Value == key));
                continue;
            }
            article = key switch
            {
                "headline" => article with { Headline = HeadingBinder.BindLevel(article.Headline, theme.Body.Size, value, context) },
                "dek" => Dek(article, theme.Body.Size, value, context),
                "byline" => value.Length(em: theme.Body.Size, min: 4, max: 144) is { } b ? article with { BylineSize = b } : article,
                "lede" => value.Length(em: theme.Body.Size, min: 4, max: 144) is { } l ? article with { LedeSize = l } : article,
                _ => value.Length(em: theme.Body.Size, max: 400) is { } s ? article with { SpaceAfterHead = s } : article,
            };
        }
        theme = theme with { Article = article };
        if (sections.Count == 0) return theme;
        var overrides = new MappingNode(sections, node.Node.Span);
        var variant = ThemeBinder.Bind(overrides, theme with { ArticleOverrides = null }, folder, context, node.Path, SectionKeys);
        return theme with { ArticleOverrides = variant };
    }

    private static ArticleStyle Dek(ArticleStyle article, double bodySize, ValueReader node, BindContext context)
    {
        foreach (var (key, value) in context.Read(node.Node, node.Path, "size", "italic"))
        {
            article = key switch
            {
                "size" => value.Length(em: bodySize, min: 4, max: 144) is { } s ? article with { DekSize = s } : article,
                _ => value.Bool() is { } i ? article with { DekItalic = i } : article,
            };
        }
        return article;
    }
}
