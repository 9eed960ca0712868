using System.Xml.Linq;
using Publish.Epub.MathML;
using Publish.Epub.Xhtml;
using Publish.Model;

namespace Publish.Epub.Tests;

public class MathTests
{
    private static XElement Convert(string tex)
    {
        var xml = TexToMathML.TryConvert(tex, display: false, out var reason);
        Assert.True(xml is not null, reason);
        return XElement.Parse(xml);
    }

    private static readonly XNamespace Mml = "http://www.w3.org/1998/Math/MathML";

    [Fact]
    public void Scripts_fractions_roots_and_greek_become_mathml()
    {
        var math = Convert(@"\frac{\alpha^2 + x_i}{\sqrt{n}} \leq \pi");
        Assert.NotNull(math.Descendants(Mml + "mfrac").SingleOrDefault());
        Assert.NotNull(math.Descendants(Mml + "msqrt").SingleOrDefault());
        Assert.Contains(math.Descendants(Mml + "mi"), e => e.Value == "α");
        Assert.Contains(math.Descendants(Mml + "mo"), e => e.Value == "≤");
        Assert.Single(math.Descendants(Mml + "msup"));
        Assert.Single(math.Descendants(Mml + "msub"));
    }

    [Fact]
    public void Numbers_stay_whole_and_sub_superscripts_combine()
    {
        var math = Convert(@"\sum_{k=1}^{10} 2.5k");
        Assert.Single(math.Descendants(Mml + "msubsup"));
        Assert.Contains(math.Descendants(Mml + "mn"), e => e.Value == "2.5");
        Assert.Contains(math.Descendants(Mml + "mn"), e => e.Value == "10");
    }

    [Fact]
    public void Fences_and_text_are_supported()
    {
        var math = Convert(@"\left( a \right) \text{ if } x < y");
        Assert.Contains(math.Descendants(Mml + "mtext"), e => e.Value == " if ");
        Assert.Contains(math.Descendants(Mml + "mo"), e => e.Value == "<");
    }

    [Fact]
    public void Accents_overlines_fixed_style_fractions_and_roots_with_an_index_become_mathml()
    {
        var math = Convert(@"\vec{v} + \overline{AB} = \dfrac{1}{2}\sqrt[3]{x}\,\mathbb{R}");
        Assert.Equal(2, math.Descendants(Mml + "mover").Count());
        Assert.All(math.Descendants(Mml + "mover"), e => Assert.Equal("true", (string?)e.Attribute("accent")));
        Assert.Equal("true", (string?)math.Descendants(Mml + "mstyle").First(e => e.Element(Mml + "mfrac") is not null).Attribute("displaystyle"));
        var root = Assert.Single(math.Descendants(Mml + "mroot"));
        Assert.Equal(["x", "3"], root.Elements().Select(e => e.Value));
        Assert.Contains(math.Descendants(Mml + "mspace"), e => (string?)e.Attribute("width") == "0.167em");
        Assert.Contains(math.Descendants(Mml + "mstyle"), e => (string?)e.Attribute("mathvariant") == "double-struck");
    }

    [Theory]
    [InlineData(@"\begin{matrix} a & b \end{matrix}")]
    [InlineData(@"\unknownmacro{x}")]
    [InlineData(@"\frac{a}{b")]
    public void Unsupported_tex_is_refused_with_a_reason(string tex)
    {
        Assert.Null(TexToMathML.TryConvert(tex, false, out var reason));
        Assert.NotEmpty(reason);
    }

    [Fact]
    public void Renderer_keeps_unconvertible_tex_as_code_and_warns()
    {
        var diagnostics = new DiagnosticBag();
        var html = XhtmlRenderer.RenderBlocks([new Paragraph([new TexMath(@"\weird", false)])], null, diagnostics);
        Assert.Equal("<p><code class=\"tex\">\\weird</code></p>\n", html);
        Assert.Equal("PUB1005", Assert.Single(diagnostics.Items).Code);
    }
}
