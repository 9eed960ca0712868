using Publish.Model;

namespace Publish.Styling.Tests;

public class ShippedThemeTests
{
    private static Theme Load(string name)
    {
        var diagnostics = new DiagnosticBag();
        var theme = ThemeLoader.Load(name, ThemeFolder.Shipped, diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.NotNull(theme);
        return theme;
    }

    [Theory]
    [InlineData("book")]
    [InlineData("article")]
    [InlineData("large-print")]
    public void Every_shipped_theme_loads_without_a_diagnostic(string name)
    {
        var theme = Load(name);
        Assert.Equal(name, theme.Name);
        Assert.Equal(Path.GetFullPath(ThemeFolder.Shipped), theme.Folder);
        Assert.NotEmpty(theme.Description);
    }

    [Fact]
    public void Every_yaml_file_in_styles_is_a_valid_theme()
    {
        foreach (var name in StylesFolder.ThemeNames(ThemeFolder.Shipped)) Load(name);
    }

    [Fact]
    public void The_book_file_says_what_the_built_in_defaults_say()
    {
        var book = Load("book");
        var defaults = Theme.Default;
        Assert.Equal(defaults.Page, book.Page);
        Assert.Equal(defaults.Paragraph, book.Paragraph);
        Assert.Equal(defaults.Body.Size, book.Body.Size);
        Assert.Equal(defaults.Body.Leading, book.Body.Leading);
        // The book face ships in styles/fonts; the built-in default (no styles folder) stays DejaVu.
        Assert.Equal("TeX Gyre Pagella", book.Body.Families[0]);
        Assert.Equal("TeX Gyre Pagella Math", book.MathFamilies[0]);   // formulas in the text face's own math font
        Assert.True(book.Body.OldStyleFigures);
        Assert.Equal(defaults.Footnotes, book.Footnotes);
        Assert.Equal(defaults.RunningHeads, book.RunningHeads);
        Assert.Equal(defaults.Toc, book.Toc);
        Assert.Equal(defaults.Colors, book.Colors);
        Assert.Equal(defaults.Chapters, book.Chapters);
        for (var level = 1; level <= 6; level++)
        {
            Assert.Equal(defaults.Heading(level).Size, book.Heading(level).Size);
            Assert.Equal(defaults.Heading(level).PageBreakBefore, book.Heading(level).PageBreakBefore);
            Assert.Equal(defaults.Heading(level).Align, book.Heading(level).Align);
        }
    }

    [Fact]
    public void Article_is_an_a4_report_with_spaced_ragged_paragraphs_and_numbered_sections()
    {
        var article = Load("article");
        Assert.Equal(595.28, article.Page.Width, 0.01);
        Assert.Equal(841.89, article.Page.Height, 0.01);
        Assert.Equal(0, article.Paragraph.Indent);
        Assert.True(article.Paragraph.Spacing > 0);
        Assert.Equal(TextAlign.Left, article.Paragraph.Align);
        Assert.True(article.Heading(2).Numbered);
        Assert.True(article.Heading(3).Numbered);
        Assert.All(article.Headings, h => Assert.False(h.PageBreakBefore));
        Assert.False(article.Chapters.NewPage);
        Assert.Equal(["DejaVu Sans"], article.Heading(2).Families);
        // em sizes resolve against the article's own 10 pt body
        Assert.Equal(13, article.Heading(2).Size, 0.001);
        Assert.Equal(14.5, article.Body.Leading, 0.001);
    }

    [Fact]
    public void Large_print_is_18pt_ragged_unhyphenated_with_wider_margins_and_keeps_the_rest_of_book()
    {
        var large = Load("large-print");
        var book = Load("book");
        Assert.Equal(18, large.Body.Size);
        Assert.True(large.Body.Leading >= 1.4 * large.Body.Size);
        Assert.Equal(TextAlign.Left, large.Paragraph.Align);
        Assert.False(large.Paragraph.Hyphenate);
        Assert.True(large.Page.MarginInner > book.Page.MarginInner);
        Assert.True(large.Page.MarginOuter > book.Page.MarginOuter);
        // inherited from book
        Assert.True(large.Heading(1).PageBreakBefore);
        Assert.Equal(TextAlign.Center, large.Heading(1).Align);
        Assert.True(large.RunningHeads.Enabled);
        // `headings: all:` in the child wins over book's small-caps, normal-weight chapter title
        Assert.True(large.Heading(1).Bold);
        Assert.Equal(TextCase.None, large.Heading(1).Case);
        Assert.Equal(27, large.Heading(1).Size, 0.001);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void No_name_means_the_book_file_from_the_styles_folder(string? name)
    {
        var theme = ThemeLoader.Load(name, ThemeFolder.Shipped, new DiagnosticBag());
        Assert.NotNull(theme);
        Assert.Equal("book", theme.Name);
        Assert.NotNull(theme.Folder);
    }

    [Fact]
    public void No_name_and_no_styles_folder_means_the_built_in_defaults()
    {
        using var empty = new ThemeFolder();
        Assert.Same(Theme.Default, ThemeLoader.Load(null, empty.Path, empty.Diagnostics));
    }
}
