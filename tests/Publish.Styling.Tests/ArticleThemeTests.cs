using Publish.Model;

namespace Publish.Styling.Tests;

/// <summary>Every theme sets both kinds: its keys set books, its <c>article:</c> section the head of an article and any overrides.</summary>
public class ArticleThemeTests
{
    [Fact]
    public void The_article_section_sets_the_head_and_overrides_sections_for_articles_only()
    {
        using var folder = new ThemeFolder().With("zine.yaml", """
            body: { size: 10pt, leading: 13pt }
            headings: { h2: { numbered: true } }
            article:
              headline: { size: 2em, weight: bold, align: center }
              dek: { size: 12pt, italic: false }
              byline: 0.8em
              lede: 1.2em
              space-after-head: 20pt
              headings: { h2: { numbered: false } }
              page: { size: A5 }
            """);
        var theme = folder.Load("zine");
        Assert.Empty(folder.Diagnostics.Items);
        Assert.NotNull(theme);

        var article = theme.For(DocumentKind.Article);
        Assert.Equal(20, article.Article.Headline.Size);
        Assert.Equal(TextAlign.Center, article.Article.Headline.Align);
        Assert.Equal((12.0, false), (article.Article.DekSize, article.Article.DekItalic));
        Assert.Equal(8, article.Article.BylineSize, 3);
        Assert.Equal(12, article.Article.LedeSize, 3);
        Assert.Equal(20, article.Article.SpaceAfterHead);
        Assert.False(article.Heading(2).Numbered);
        Assert.Equal(419.53, article.Page.Width, 0.01);

        var book = theme.For(DocumentKind.Book);
        Assert.True(book.Heading(2).Numbered);
        Assert.Equal(Theme.Default.Page.Width, book.Page.Width);
    }

    [Fact]
    public void An_article_never_gets_a_title_page_contents_or_chapter_breaks()
    {
        var article = Theme.Default.For(DocumentKind.Article);
        Assert.Equal(DocumentKind.Article, article.Kind);
        Assert.False(article.TitlePage);
        Assert.False(article.Toc.Enabled);
        Assert.False(article.Chapters.NewPage);
        Assert.False(article.Heading(1).PageBreakBefore);
        Assert.Same(article, article.For(DocumentKind.Article));
        // Watch mode's layout cache knows its theme by reference: each rebuild must get the same variant.
        Assert.Same(article, Theme.Default.For(DocumentKind.Article));
    }

    [Fact]
    public void An_unknown_key_in_the_article_section_is_an_error_with_a_suggestion()
    {
        using var folder = new ThemeFolder().With("zine.yaml", "article:\n  headlin: { size: 20pt }\n");
        Assert.Null(folder.Load("zine"));
        var error = folder.SingleError();
        Assert.Equal("PUB0302", error.Code);
        Assert.Contains("did you mean 'headline'", error.Message);
        Assert.Equal(2, error.Span.Line);
    }

    [Theory]
    [InlineData("book")]
    [InlineData("article")]
    [InlineData("large-print")]
    public void Every_shipped_theme_sets_an_article_head_with_a_larger_lede_and_unnumbered_sections(string name)
    {
        var diagnostics = new DiagnosticBag();
        var theme = ThemeLoader.Load(name, ThemeFolder.Shipped, diagnostics)!;
        var article = theme.For(DocumentKind.Article);
        Assert.True(article.Article.LedeSize > article.Body.Size);
        Assert.True(article.Article.Headline.Size > article.Body.Size);
        Assert.All(Enumerable.Range(1, 6), level => Assert.False(article.Heading(level).Numbered));
    }
}
