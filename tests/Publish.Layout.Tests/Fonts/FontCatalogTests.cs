using Publish.Layout.Fonts;

namespace Publish.Layout.Tests.Fonts;

public class FontCatalogTests
{
    private static readonly FontCatalog Catalog = FontCatalog.System;

    [Theory]
    [InlineData(false, false, "DejaVuSerif.ttf")]
    [InlineData(true, false, "DejaVuSerif-Bold.ttf")]
    [InlineData(false, true, "DejaVuSerif-Italic.ttf")]
    [InlineData(true, true, "DejaVuSerif-BoldItalic.ttf")]
    public void Finds_each_style_of_a_family_by_the_names_inside_the_files(bool bold, bool italic, string file)
    {
        var font = Catalog.Find("DejaVu Serif", bold, italic);
        Assert.NotNull(font);
        Assert.Equal(file, Path.GetFileName(font.Face.Path));
        Assert.Equal(bold, font.Face.Bold);
        Assert.Equal(italic, font.Face.Italic);
        Assert.Equal(2048, font.UnitsPerEm);
    }

    [Fact]
    public void Family_names_match_without_regard_to_case() =>
        Assert.Same(Catalog.Find("DejaVu Sans Mono"), Catalog.Find("dejavu sans mono"));

    [Fact]
    public void Knows_a_monospaced_family() => Assert.True(Catalog.Find("DejaVu Sans Mono")!.Info.Monospace);

    [Fact]
    public void An_unknown_family_is_not_found() => Assert.Null(Catalog.Find("No Such Family"));

    [Fact]
    public void Each_face_is_loaded_once_and_shared() =>
        Assert.Same(Catalog.Find("DejaVu Serif")!.Face, Catalog.FindFirst(["Missing", "DejaVu Serif"])!.Face);

    [Theory]
    [InlineData(0x0416, "DejaVu Math TeX Gyre", "DejaVu Sans")]   // Cyrillic Zhe: the math font has none
    [InlineData(0x2654, "DejaVu Serif", "DejaVu Sans")]           // a chess king: only the sans has it
    [InlineData(0x03B1, "DejaVu Serif", "DejaVu Serif")]          // Greek alpha: the serif has it
    public void Falls_back_per_character_to_a_font_that_has_it(int codepoint, string family, string expected)
    {
        var font = Catalog.FallbackFor(codepoint, [family]);
        Assert.NotNull(font);
        Assert.Equal(expected, font.Family);
    }

    [Fact]
    public void No_font_has_a_character_from_an_unassigned_plane() => Assert.Null(Catalog.FallbackFor(0xE0F00, ["DejaVu Serif"]));

    [Fact]
    public void A_theme_folder_with_fonts_is_searched_first_and_shares_the_system_faces()
    {
        var theme = Directory.CreateTempSubdirectory("theme");
        try
        {
            Directory.CreateDirectory(Path.Combine(theme.FullName, "fonts"));
            File.Copy("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", Path.Combine(theme.FullName, "fonts", "Mono.ttf"));
            var catalog = FontCatalog.ForThemeFolder(theme.FullName);
            Assert.NotSame(FontCatalog.System, catalog);
            Assert.StartsWith(theme.FullName, catalog.Find("DejaVu Sans Mono")!.Face.Path);
            Assert.Same(FontCatalog.System.Find("DejaVu Serif"), catalog.Find("DejaVu Serif"));
        }
        finally { theme.Delete(recursive: true); }
    }

    [Fact]
    public void A_theme_folder_without_fonts_uses_the_system_catalog() =>
        Assert.Same(FontCatalog.System, FontCatalog.ForThemeFolder("/nonexistent"));
}
