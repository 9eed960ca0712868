using Publish.Model;
using Publish.Styling.Languages;

namespace Publish.Styling.Tests;

/// <summary>Generated words follow the book's language; a theme's labels: and toc: title: win over them.</summary>
public class GeneratedLabelsTests
{
    [Theory]
    [InlineData("en", "Contents", "Figure")]
    [InlineData("de-AT", "Inhalt", "Abbildung")]
    [InlineData("fr", "Table des matières", "Figure")]
    [InlineData("ar", "المحتويات", "شكل")]
    [InlineData("ja", "目次", "図")]
    [InlineData("zh-Hans", "目录", "图")]
    [InlineData("tlh", "Contents", "Figure")]
    public void Labels_come_in_the_books_language(string language, string contents, string figure)
    {
        var labels = Theme.Default.LabelsFor(language);
        Assert.Equal(contents, labels.Contents);
        Assert.Equal(figure, labels.Figure);
    }

    [Fact]
    public void A_themes_labels_and_toc_title_override_the_languages_words()
    {
        var folder = Directory.CreateTempSubdirectory("labels-").FullName;
        try
        {
            var path = Path.Combine(folder, "mine.yaml");
            File.WriteAllText(path, "labels:\n  figure: Abb.\n  notes: Fußnoten\ntoc: { title: Übersicht }\n");
            var diagnostics = new DiagnosticBag();
            var theme = ThemeLoader.LoadFile(path, diagnostics)!;
            Assert.Empty(diagnostics.Items);
            var labels = theme.LabelsFor("de");
            Assert.Equal("Abb.", labels.Figure);
            Assert.Equal("Fußnoten", labels.Notes);
            Assert.Equal("Übersicht", labels.Contents);
            Assert.Equal("Tabelle", labels.Table);
        }
        finally { Directory.Delete(folder, true); }
    }

    [Theory]
    [InlineData("ar", true)]
    [InlineData("he-IL", true)]
    [InlineData("fa", true)]
    [InlineData("az-Arab", true)]
    [InlineData("en", false)]
    [InlineData("ku-Latn", false)]
    public void Right_to_left_languages(string language, bool rtl) => Assert.Equal(rtl, LanguageTag.IsRightToLeft(language));

    [Fact]
    public void Script_fonts_prefer_the_themes_families_then_the_languages_face()
    {
        var theme = new Dictionary<string, IReadOnlyList<string>> { ["arabic"] = ["My Naskh"] };
        Assert.Equal("My Naskh", ScriptNames.Families(ScriptNames.Arabic, "ar", theme)[0]);
        Assert.Equal("Noto Serif CJK JP", ScriptNames.Families(ScriptNames.Cjk, "ja", new Dictionary<string, IReadOnlyList<string>>())[0]);
        Assert.Equal("Noto Serif CJK SC", ScriptNames.Families(ScriptNames.Cjk, "zh", new Dictionary<string, IReadOnlyList<string>>())[0]);
        Assert.Equal(ScriptNames.Arabic, ScriptNames.Of('ب'));
        Assert.Equal(ScriptNames.Japanese, ScriptNames.Of('か'));
        Assert.Null(ScriptNames.Of('a'));
    }
}
