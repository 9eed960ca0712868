using Publish.Epub.Css;
using Publish.Model;

namespace Publish.Styling.Tests;

public class ThemeCssTests
{
    private static Theme Shipped(string name) => ThemeLoader.Load(name, ThemeFolder.Shipped, new DiagnosticBag())!;

    public static TheoryData<string> ThemeNames => ["book", "article", "large-print"];

    [Theory]
    [MemberData(nameof(ThemeNames))]
    public void The_css_keeps_to_what_e_readers_render(string name)
    {
        var css = ThemeCss.Generate(Shipped(name));
        Assert.DoesNotContain("var(", css);
        Assert.DoesNotContain("--", css);
        Assert.DoesNotContain("@page", css);
        Assert.DoesNotContain("position:", css);
        Assert.DoesNotContain("@font-face", css);
        // The reader's own font size and margins stay in control: no absolute sizes, no body size or margin.
        Assert.DoesNotMatch(@"font-size:\s*[\d.]+(pt|px|in|mm|cm)", css);
        Assert.DoesNotMatch(@"margin[^;]*\d(pt|px|in|mm|cm)", css);
        Assert.DoesNotMatch(@"body \{[^}]*(font-size|margin)", css);
        Assert.Equal(css.Count(c => c == '{'), css.Count(c => c == '}'));
    }

    [Fact]
    public void Each_theme_gets_its_own_stylesheet()
    {
        var sheets = ThemeNames.Select(n => ThemeCss.Generate(Shipped(n.Data))).ToList();
        Assert.Equal(sheets.Count, sheets.Distinct().Count());
    }

    [Fact]
    public void Book_indents_and_justifies_and_breaks_chapters()
    {
        var css = ThemeCss.Generate(Shipped("book"));
        Assert.Contains("text-indent: 1.5em;", css);
        Assert.Contains("text-align: justify;", css);
        Assert.Contains("hyphens: auto;", css);
        Assert.Matches(@"h1 \{[^}]*font-variant: small-caps;[^}]*text-align: center;[^}]*page-break-before: always;", css);
        Assert.Matches(@"h1 \{[^}]*font-size: 1.714em;", css);
        // the 72 pt chapter sink over an 18 pt title
        Assert.Matches(@"h1 \{[^}]*margin: 4em 0 1.333em;", css);
        Assert.Contains("h1 + p", css);
    }

    [Fact]
    public void Article_spaces_ragged_paragraphs_and_sets_sans_headings()
    {
        var css = ThemeCss.Generate(Shipped("article"));
        Assert.Matches(@"p \{[^}]*margin: 0 0 0.6em;[^}]*text-indent: 0;[^}]*text-align: left;[^}]*hyphens: manual;", css);
        Assert.Matches("h2 \\{[^}]*font-family: \"DejaVu Sans\", sans-serif;", css);
        Assert.DoesNotContain("page-break-before", css);
        Assert.Contains("color: #1f3a5f;", css);
    }

    [Fact]
    public void Large_print_is_ragged_unhyphenated_with_generous_leading()
    {
        var css = ThemeCss.Generate(Shipped("large-print"));
        Assert.Matches(@"body \{[^}]*line-height: 1.5;", css);
        Assert.Matches(@"p \{[^}]*text-align: left;", css);
        Assert.DoesNotContain("hyphens: auto", css);
    }

    [Fact]
    public void Embedded_fonts_get_font_face_rules_and_a_manifest_entry()
    {
        using var folder = new ThemeFolder()
            .With("fonts/Body-Italic.otf", "x")
            .With("t.yaml", "fonts:\n  files: [{ family: Body, file: fonts/Body-Italic.otf, italic: true }]\nepub: { embed-fonts: true }\n");
        var theme = folder.Load("t")!;
        var font = Assert.Single(FontFaces.For(theme));
        Assert.Equal(("fonts/Body-Italic.otf", "font/otf", folder.FileOf("fonts/Body-Italic.otf")), (font.Href, font.MediaType, font.SourcePath));
        var css = ThemeCss.Generate(theme);
        Assert.Matches("@font-face \\{[^}]*font-family: \"Body\";[^}]*src: url\\(\"fonts/Body-Italic.otf\"\\);[^}]*font-style: italic;", css);

        var notEmbedded = theme with { Epub = new EpubStyle { EmbedFonts = false } };
        Assert.Empty(FontFaces.For(notEmbedded));
        Assert.DoesNotContain("@font-face", ThemeCss.Generate(notEmbedded));
    }
}
