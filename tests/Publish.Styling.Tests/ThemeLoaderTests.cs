namespace Publish.Styling.Tests;

public class ThemeLoaderTests
{
    [Fact]
    public void An_unknown_theme_lists_the_available_names()
    {
        using var folder = new ThemeFolder().With("book.yaml", "{}").With("article.yaml", "{}");
        Assert.Null(folder.Load("artcle"));
        var error = folder.SingleError();
        Assert.Equal("PUB0301", error.Code);
        Assert.Contains("did you mean 'article'", error.Message);
        Assert.Contains("available themes: article, book", error.Message);
    }

    [Fact]
    public void A_path_loads_that_file_and_names_the_theme_after_it()
    {
        using var folder = new ThemeFolder().With("elsewhere/zine.yml", "page: { size: A5 }");
        var theme = ThemeLoader.Load(folder.FileOf("elsewhere/zine.yml"), stylesFolder: null, folder.Diagnostics);
        Assert.NotNull(theme);
        Assert.Equal("zine", theme.Name);
        Assert.Equal(Path.Combine(folder.Path, "elsewhere"), theme.Folder);
        Assert.Equal(419.53, theme.Page.Width, 0.01);
    }

    [Fact]
    public void A_missing_path_is_an_unknown_theme()
    {
        using var folder = new ThemeFolder();
        Assert.Null(ThemeLoader.Load(folder.FileOf("nope.yaml"), null, folder.Diagnostics));
        Assert.Equal("PUB0301", folder.SingleError().Code);
    }

    [Fact]
    public void A_child_changes_one_margin_and_keeps_the_parents_other_keys()
    {
        using var folder = new ThemeFolder()
            .With("base.yaml", "page:\n  size: A5\n  margins: { inner: 20mm, outer: 15mm, top: 18mm, bottom: 22mm }\ntoc: { title: Inhalt }\n")
            .With("child.yaml", "extends: base\npage:\n  margins: { outer: 10mm }\n");
        var theme = folder.Load("child");
        Assert.NotNull(theme);
        Assert.Equal(419.53, theme.Page.Width, 0.01);
        Assert.Equal(20 * 72 / 25.4, theme.Page.MarginInner, 0.001);
        Assert.Equal(10 * 72 / 25.4, theme.Page.MarginOuter, 0.001);
        Assert.Equal("Inhalt", theme.Toc.Title);
        Assert.Equal("child", theme.Name);
    }

    [Fact]
    public void Extends_chains_through_several_themes()
    {
        using var folder = new ThemeFolder()
            .With("a.yaml", "body: { size: 11pt, leading: 15pt }\ntoc: { depth: 3 }\n")
            .With("b.yaml", "extends: a\nbody: { size: 12pt }\n")
            .With("c.yaml", "extends: b\ntoc: { title: Index }\n");
        var theme = folder.Load("c");
        Assert.NotNull(theme);
        Assert.Equal(12, theme.Body.Size);
        Assert.Equal(15, theme.Body.Leading);
        Assert.Equal(3, theme.Toc.Depth);
        Assert.Equal("Index", theme.Toc.Title);
    }

    [Fact]
    public void A_theme_outside_the_styles_folder_extends_a_theme_inside_it()
    {
        using var folder = new ThemeFolder()
            .With("base.yaml", "toc: { title: Inhalt }\n")
            .With("project/mine.yaml", "extends: base\nbody: { size: 12pt, leading: 16pt }\n");
        var theme = ThemeLoader.Load(folder.FileOf("project/mine.yaml"), folder.Path, folder.Diagnostics);
        Assert.NotNull(theme);
        Assert.Equal("Inhalt", theme.Toc.Title);
        Assert.Equal(12, theme.Body.Size);
    }

    [Fact]
    public void Em_values_in_a_parent_follow_the_childs_body_size()
    {
        using var folder = new ThemeFolder()
            .With("parent.yaml", "body: { size: 10pt, leading: 1.5em }\nheadings: { h2: { size: 1.4em } }\n")
            .With("child.yaml", "extends: parent\nbody: { size: 20pt }\n");
        var theme = folder.Load("child");
        Assert.NotNull(theme);
        Assert.Equal(30, theme.Body.Leading, 0.001);
        Assert.Equal(28, theme.Heading(2).Size, 0.001);
    }

    [Fact]
    public void An_extends_cycle_is_an_error_at_the_extends_line()
    {
        using var folder = new ThemeFolder()
            .With("a.yaml", "# a\nextends: b\n")
            .With("b.yaml", "extends: a\n");
        Assert.Null(folder.Load("a"));
        var error = folder.SingleError();
        Assert.Equal("PUB0306", error.Code);
        Assert.Equal(folder.FileOf("b.yaml"), error.Span.File);
        Assert.Equal(1, error.Span.Line);
        Assert.Contains("a → b → a", error.Message);
    }

    [Fact]
    public void An_error_in_a_parent_names_the_parents_file()
    {
        using var folder = new ThemeFolder()
            .With("parent.yaml", "page:\n  sise: A4\n")
            .With("child.yaml", "extends: parent\n");
        Assert.Null(folder.Load("child"));
        var error = folder.SingleError();
        Assert.Equal(folder.FileOf("parent.yaml"), error.Span.File);
        Assert.Equal(2, error.Span.Line);
    }

    [Fact]
    public void Font_files_resolve_against_the_theme_folder()
    {
        using var folder = new ThemeFolder()
            .With("fonts/Body-Regular.ttf", "not really a font")
            .With("mine.yaml", "fonts:\n  files:\n    - { family: Body, file: fonts/Body-Regular.ttf, weight: bold, italic: true }\nepub: { embed-fonts: true }\n");
        var theme = folder.Load("mine");
        Assert.NotNull(theme);
        var font = Assert.Single(theme.FontFiles);
        Assert.Equal(new FontFile("Body", folder.FileOf("fonts/Body-Regular.ttf"), FontWeight.Bold, true), font);
        Assert.True(theme.Epub.EmbedFonts);
    }

    [Fact]
    public void Fonts_math_names_the_formula_families_and_a_theme_without_it_keeps_dejavu_serif()
    {
        using var folder = new ThemeFolder()
            .With("plain.yaml", "page: { size: A5 }\n")
            .With("maths.yaml", "fonts:\n  math: [STIX Two Math, DejaVu Serif]\n");
        Assert.Equal(["DejaVu Serif"], folder.Load("plain")!.MathFamilies);
        Assert.Equal(["STIX Two Math", "DejaVu Serif"], folder.Load("maths")!.MathFamilies);
    }
}
