using Publish.Layout.Inline;
using Publish.Layout.Paged;
using Publish.Model;

namespace Publish.Layout.Tests.Inline;

/// <summary>Characters the main font lacks, characters no font has, and families that do not exist.</summary>
public class FallbackTests
{
    private static (IReadOnlyList<LaidLine> Lines, DiagnosticBag Diagnostics) Set(string text, params string[] families)
    {
        var diagnostics = new DiagnosticBag();
        var layouter = new ParagraphLayouter(Publish.Layout.Fonts.FontCatalog.System, diagnostics);
        var lines = layouter.Layout([new Text(text)], Paragraphs.Book(400) with { Families = families }, new SourceSpan("ch1.md", 3, 1));
        return (lines, diagnostics);
    }

    private static IEnumerable<GlyphRun> Runs(IReadOnlyList<LaidLine> lines) => lines.SelectMany(l => l.Items.OfType<GlyphRun>());

    [Fact]
    public void Greek_is_set_in_the_main_font_when_it_has_greek()
    {
        var (lines, diagnostics) = Set("The word λόγος here", "DejaVu Serif");
        Assert.All(Runs(lines), r => Assert.Equal("DejaVu Serif", r.Font.Family));
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Cyrillic_falls_back_to_a_font_that_has_it()
    {
        var (lines, diagnostics) = Set("Math and Жизнь", "DejaVu Math TeX Gyre");
        Assert.Equal("DejaVu Sans", Runs(lines).Single(r => r.Text.Contains("Жизнь")).Font.Family);
        Assert.Equal("DejaVu Math TeX Gyre", Runs(lines).First().Font.Family);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_symbol_falls_back_to_the_families_listed_after_the_first()
    {
        var (lines, _) = Set("Check \u2654 mate", "DejaVu Serif", "DejaVu Sans Mono");
        Assert.Equal("DejaVu Sans Mono", Runs(lines).Single(r => r.Text == "\u2654").Font.Family);
    }

    [Fact]
    public void Two_and_three_em_dashes_are_drawn_from_em_dashes_without_a_warning()
    {
        var (lines, diagnostics) = Set("Mr. \u2E3A and Mrs. \u2E3B came.", "DejaVu Serif");
        var run = Assert.Single(Runs(lines));
        Assert.Equal("DejaVu Serif", run.Font.Family);
        Assert.DoesNotContain((ushort)0, run.Glyphs);
        Assert.Contains("\u2E3A", run.Text);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_character_no_font_has_is_drawn_as_a_question_mark_with_a_warning_not_as_an_empty_box()
    {
        var (lines, diagnostics) = Set("odd \U000E0F00 sign", "DejaVu Serif");
        Assert.All(Runs(lines), r => Assert.DoesNotContain((ushort)0, r.Glyphs));
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(("PUB0602", Severity.Warning), (warning.Code, warning.Severity));
        Assert.Contains("U+E0F00", warning.Message);
    }

    [Fact]
    public void A_family_that_matches_nothing_is_an_error_naming_it_and_text_is_still_set()
    {
        var (lines, diagnostics) = Set("Some text", "Garamond Premier Imaginary");
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(("PUB0600", Severity.Error), (error.Code, error.Severity));
        Assert.Contains("Garamond Premier Imaginary", error.Message);
        Assert.Equal(new SourceSpan("ch1.md", 3, 1), error.Span);
        Assert.NotEmpty(Runs(lines));
    }
}
