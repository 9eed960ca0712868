using Publish.Layout.Fonts;
using Publish.Layout.Formulas;
using Publish.Layout.Paged;
using Publish.Mathematics;

namespace Publish.Layout.Tests.Formulas;

/// <summary>
/// Formulas take their face from the theme (<c>fonts: math:</c>): a math font such as TeX Gyre
/// Pagella Math (shipped in styles/fonts) sets every style from its own math alphabets, so a
/// formula in a Pagella book matches the text; a text face such as DejaVu Serif uses its italic
/// and bold faces, as formulas were always set.
/// </summary>
public class MathFaceTests
{
    private const double Size = 10.5;
    private static readonly IReadOnlyList<string> s_pagellaMath = ["TeX Gyre Pagella Math", "DejaVu Serif"];
    private static readonly FontCatalog s_shipped = FontCatalog.ForThemeFolder(StylesFolder());

    private static string StylesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "styles", "fonts", "texgyrepagella-math.otf"))) return Path.Combine(dir.FullName, "styles");
        throw new InvalidOperationException("styles/fonts/texgyrepagella-math.otf not found above the test folder");
    }

    private static List<GlyphRun> Runs(string tex, IReadOnlyList<string>? families, bool display = true) =>
        Flatten(new MathLayouter(s_shipped, Size, families).Layout(TexParser.Parse(tex).Tree!, display)).ToList();

    private static IEnumerable<GlyphRun> Flatten(MathBox box) => box.Items.OfType<GlyphRun>();

    [Theory]
    [InlineData(@"h(t) = h_0 + A\cos\left(\frac{2\pi t}{T}\right)")]
    [InlineData(@"\sum_{n=1}^{\infty} \frac{1}{n^2} = \frac{\pi^2}{6}")]
    [InlineData(@"\int_0^1 x\,dx \le \sqrt{2} \cdot \alpha\beta\gamma")]
    [InlineData(@"\mathbf{v} \in \mathbb{R}^3, \quad \mathcal{L} \to \mathfrak{g}, \quad \nabla \times \partial")]
    [InlineData(@"\lim_{x \to 0} \frac{\sin x}{x} = 1 \ne \hat{y} \pm \bar{z}")]
    public void A_formula_in_pagella_math_uses_no_other_face(string tex)
    {
        var faces = Runs(tex, s_pagellaMath).Select(r => r.Font.Family).Distinct();
        Assert.Equal(["TeX Gyre Pagella Math"], faces);
    }

    [Fact]
    public void Variables_are_the_math_fonts_italic_letters_and_digits_stay_upright()
    {
        var texts = Runs(@"x^2 + \alpha h = \mathbf{v}_1 + \mathbb{R}", s_pagellaMath).Select(r => r.Text).ToList();
        Assert.Contains("𝑥", texts);      // U+1D465, not "x" from an italic face the font does not have
        Assert.Contains("𝛼", texts);      // lowercase Greek is italic, as in TeX
        Assert.Contains("ℎ", texts);      // U+210E
        Assert.Contains("𝐯", texts);
        Assert.Contains("ℝ", texts);
        Assert.Contains("2", texts);
        Assert.Contains("1", texts);
        Assert.DoesNotContain("x", texts);
    }

    [Fact]
    public void Function_names_and_text_stay_in_plain_letters()
    {
        var texts = Runs(@"\sin x + \text{if } y", s_pagellaMath).Select(r => r.Text).ToList();
        Assert.Contains("sin", texts);
        Assert.Contains("if ", texts);
    }

    [Fact]
    public void Without_a_math_font_letters_come_from_the_italic_face_as_before()
    {
        var runs = Runs(@"x + \mathbf{v}", families: null);
        var x = Assert.Single(runs, r => r.Text == "x");
        Assert.Equal("DejaVu Serif", x.Font.Family);
        Assert.True(x.Font.Italic);
        var v = Assert.Single(runs, r => r.Text == "v");
        Assert.True(v.Font.Bold);
    }
}
