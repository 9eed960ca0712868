using Publish.Layout.Fonts;
using Publish.Layout.Formulas;
using Publish.Layout.Paged;
using Publish.Mathematics;

namespace Publish.Layout.Tests.Formulas;

/// <summary>Math boxes measured with the real fonts: fractions, scripts, radicals and spacing.</summary>
public class MathLayoutTests
{
    private const double Size = 10;

    private static MathBox Lay(string tex, bool display = false) =>
        new MathLayouter(FontCatalog.System, Size).Layout(TexParser.Parse(tex).Tree!, display);

    private static GlyphRun Run(MathBox box, string text) => box.Items.OfType<GlyphRun>().Single(g => g.Text == text);

    // Ink extent of a run, from the layouter's own measure of the same text at the same size.
    private static (double Top, double Bottom) Ink(GlyphRun run)
    {
        var alone = Lay(run.Text) with { };
        var scale = run.Size / Size;
        return (run.Baseline - alone.Ascent * scale, run.Baseline + alone.Descent * scale);
    }

    [Fact]
    public void A_fraction_is_taller_than_a_line_of_text_and_its_bar_lies_between_its_parts()
    {
        var text = FontCatalog.System.Find("DejaVu Serif")!;
        var lineHeight = (text.Ascender + text.Descender) * text.Scale(Size);
        var box = Lay(@"\frac{1}{12}", display: true);
        Assert.True(box.Height > lineHeight, $"fraction {box.Height:0.00} pt, line {lineHeight:0.00} pt");

        var bar = Assert.Single(box.Items.OfType<RuleItem>());
        var num = Ink(Run(box, "1"));
        var den = Ink(Run(box, "12"));
        Assert.True(num.Bottom < bar.Y1 - bar.Thickness / 2, "the numerator sits above the bar");
        Assert.True(den.Top > bar.Y1 + bar.Thickness / 2, "the denominator hangs below the bar");
        // The bar is on the math axis, above the baseline, and spans the wider part.
        Assert.InRange(-bar.Y1, 0.15 * Size, 0.4 * Size);
        Assert.True(bar.X2 - bar.X1 >= Run(box, "12").Width - 0.01);
    }

    [Fact]
    public void An_inline_fraction_is_smaller_than_a_display_one()
    {
        var inline = Lay(@"\frac{1}{12}");
        var display = Lay(@"\frac{1}{12}", display: true);
        Assert.True(inline.Height < display.Height);
        Assert.True(Run(inline, "12").Size < Run(display, "12").Size);
    }

    [Fact]
    public void Superscripts_are_smaller_and_raised_subscripts_smaller_and_lowered()
    {
        var box = Lay("x_i^2");
        var x = Run(box, "x");
        var sup = Run(box, "2");
        var sub = Run(box, "i");
        Assert.Equal(Size, x.Size);
        Assert.InRange(sup.Size, 0.6 * Size, 0.8 * Size);
        Assert.True(sup.Baseline < x.Baseline, "the superscript is raised");
        Assert.True(sub.Baseline > x.Baseline, "the subscript is lowered");
        Assert.True(sup.X >= x.X + x.Width - 0.01, "scripts follow the base");
    }

    [Fact]
    public void Binary_operators_and_relations_are_spaced_but_a_leading_minus_is_not()
    {
        var sum = Lay("a+b");
        var gap = Run(sum, "+").X - (Run(sum, "a").X + Run(sum, "a").Width);
        Assert.Equal(4 / 18.0 * Size, gap, 3);
        var rel = Lay("a=b");
        Assert.Equal(5 / 18.0 * Size, Run(rel, "=").X - Run(rel, "a").Width, 3);
        var neg = Lay("-b");
        Assert.Equal(Run(neg, "\u2212").Width, Run(neg, "b").X, 3);
    }

    [Fact]
    public void A_radical_has_a_root_sign_and_an_overline_above_its_body()
    {
        var box = Lay(@"\sqrt{x}");
        var sign = Run(box, "\u221A");
        var body = Run(box, "x");
        var bar = Assert.Single(box.Items.OfType<RuleItem>());
        Assert.True(body.X >= sign.X + sign.Width - 0.01);
        Assert.True(bar.Y1 < Ink(body).Top, "the overline clears the body");
        Assert.True(bar.X2 >= body.X + body.Width);
    }

    [Fact]
    public void Identifiers_are_italic_and_digits_operators_and_functions_upright()
    {
        var box = Lay(@"2\sin x");
        Assert.True(Run(box, "x").Font.Italic);
        Assert.False(Run(box, "2").Font.Italic);
        Assert.False(Run(box, "sin").Font.Italic);
        Assert.Equal("2sinx", box.Text);
    }
}
