using Publish.Mathematics;

namespace Publish.Layout.Tests.Formulas;

/// <summary>TeX → math tree: the nodes known inputs become, and errors (not exceptions) for what is not supported.</summary>
public class TexParserTests
{
    private static MathNode Parse(string tex)
    {
        var result = TexParser.Parse(tex);
        Assert.Null(result.Error);
        return result.Tree!;
    }

    private static MathRow Row(params MathNode[] children) => new(children);

    [Fact]
    public void A_fraction_has_its_numerator_and_denominator()
    {
        Assert.Equal(Row(new MathFraction(new MathNumber("1"), new MathNumber("12"))), Parse(@"\frac{1}{12}"));
    }

    [Fact]
    public void Dfrac_and_tfrac_fix_the_style_and_frac_follows_the_context()
    {
        Assert.Equal(Row(new MathFraction(new MathIdentifier("a"), new MathIdentifier("b"), true)), Parse(@"\dfrac ab"));
        Assert.Equal(Row(new MathFraction(new MathIdentifier("a"), new MathIdentifier("b"), false)), Parse(@"\tfrac{a}{b}"));
    }

    [Fact]
    public void Operators_carry_their_spacing_class()
    {
        Assert.Equal(
            Row(new MathIdentifier("α"), new MathOperator("+", OperatorKind.Binary), new MathIdentifier("β"),
                new MathOperator("≤", OperatorKind.Relation), new MathIdentifier("∞")),
            Parse(@"\alpha + \beta \leq \infty"));
        Assert.Equal(Row(new MathOperator("\u2212", OperatorKind.Binary), new MathIdentifier("x")), Parse("-x"));
    }

    [Fact]
    public void Scripts_attach_to_the_atom_before_them_in_either_order()
    {
        var expected = Row(new MathScripts(new MathIdentifier("x"), new MathIdentifier("i"), new MathNumber("2")));
        Assert.Equal(expected, Parse("x_i^2"));
        Assert.Equal(expected, Parse("x^2_i"));
        // A script without braces takes one digit, not the whole number.
        Assert.Equal(Row(new MathScripts(new MathIdentifier("x"), null, new MathNumber("1")), new MathNumber("0")), Parse("x^10"));
    }

    [Fact]
    public void Roots_functions_fences_accents_and_spaces()
    {
        Assert.Equal(Row(new MathRoot(new MathIdentifier("x"), new MathNumber("3"))), Parse(@"\sqrt[3]{x}"));
        Assert.Equal(Row(new MathFunction("cos"), new MathSpace(3 / 18.0), new MathIdentifier("t")), Parse(@"\cos\,t"));
        Assert.Equal(Row(new MathFenced("(", Row(new MathIdentifier("a")), ")")), Parse(@"\left( a \right)"));
        Assert.Equal(Row(new MathAccent(new MathIdentifier("v"), "→")), Parse(@"\vec{v}"));
        Assert.Equal(Row(new MathStyled(MathVariant.Bold, new MathIdentifier("F"))), Parse(@"\mathbf{F}"));
        Assert.Equal(Row(new MathText("if "), new MathIdentifier("x")), Parse(@"\text{if }x"));
    }

    [Theory]
    [InlineData(@"\foo{x}", "unknown command \\foo", 0)]
    [InlineData(@"a + \bogus", "unknown command \\bogus", 4)]
    [InlineData("a & b", "alignment (&) is not supported", 2)]
    [InlineData("{x", "unbalanced braces", 2)]
    [InlineData(@"\left( x", "\\left without \\right", 8)]
    public void Unsupported_input_is_an_error_with_its_offset(string tex, string message, int offset)
    {
        var result = TexParser.Parse(tex);
        Assert.Null(result.Tree);
        Assert.Equal(new MathError(message, offset), result.Error);
    }
}
