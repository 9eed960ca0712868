using Publish.Layout.Inline;
using Publish.Layout.Paged;
using Publish.Layout.Tests.Inline;
using Publish.Model;

namespace Publish.Layout.Tests.Formulas;

/// <summary>Formulas inside paragraphs: one unbreakable box per formula, and the TeX with a warning when it cannot be typeset.</summary>
public class MathInParagraphTests
{
    private static readonly SourceSpan Span = new("ch2.md", 30, 5);

    private static (IReadOnlyList<LaidLine> Lines, DiagnosticBag Diagnostics) Set(params Model.Inline[] content)
    {
        var diagnostics = new DiagnosticBag();
        var lines = new ParagraphLayouter(Publish.Layout.Fonts.FontCatalog.System, diagnostics).Layout(content, Paragraphs.Book(300), Span);
        return (lines, diagnostics);
    }

    [Fact]
    public void An_inline_fraction_is_drawn_as_a_stack_not_as_tex()
    {
        var (lines, diagnostics) = Set(new Text("drops by "), new TexMath(@"\frac{1}{12}", false), new Text(" of the range"));
        var line = Assert.Single(lines);
        var texts = line.Items.OfType<GlyphRun>().Select(g => g.Text).ToList();
        Assert.Contains("1", texts);
        Assert.Contains("12", texts);
        Assert.DoesNotContain(texts, t => t.Contains("frac"));
        Assert.Single(line.Items.OfType<RuleItem>());
        Assert.True(line.HasFormula);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_formula_grows_the_line_and_sits_between_the_words_around_it()
    {
        var (plain, _) = Set(new Text("drops by one of the range"));
        var (lines, _) = Set(new Text("drops by "), new TexMath(@"\frac{\sqrt{2}}{12}", false), new Text(" of the range"));
        var line = Assert.Single(lines);
        Assert.True(line.Ascent > plain[0].Ascent);
        var runs = line.Items.OfType<GlyphRun>().ToList();
        var by = runs.First(g => g.Text.Contains("by"));
        var of = runs.First(g => g.Text.Contains("of"));
        var two = runs.Single(g => g.Text == "2");
        Assert.InRange(two.X, by.X + by.Width, of.X);
    }

    [Fact]
    public void A_formula_is_never_broken_across_lines()
    {
        var words = string.Join(" ", Enumerable.Repeat("word", 12));
        var (lines, _) = Set(new Text(words + " "), new TexMath(@"a + b + c + d + e + f + g", false), new Text(" " + words));
        var holding = lines.Where(l => l.Items.OfType<GlyphRun>().Any(g => g.Text == "+")).ToList();
        Assert.Single(holding);
        Assert.Equal(6, holding[0].Items.OfType<GlyphRun>().Count(g => g.Text == "+"));
    }

    [Fact]
    public void An_unknown_command_falls_back_to_italic_tex_with_a_warning()
    {
        var (lines, diagnostics) = Set(new Text("see "), new TexMath(@"\weird{x}", false));
        var tex = lines.SelectMany(l => l.Items.OfType<GlyphRun>()).Single(g => g.Text.Contains(@"\weird"));
        Assert.True(tex.Font.Italic);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal("PUB0604", warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(Span, warning.Span);
        Assert.Contains(@"\weird", warning.Message);
    }
}
