using Publish.Mathematics;

namespace Publish.Layout.Tests.Formulas;

/// <summary>TeX nesting is bounded so that no recursive pass over a formula can overflow the stack.</summary>
public class TexDepthTests
{
    private static string Nested(string open, string close, int depth) =>
        string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, depth));

    [Fact]
    public void Nesting_within_the_limit_parses() =>
        Assert.Null(TexParser.Parse(Nested(@"\left(", @"\right)", 20)).Error);

    [Theory]
    [InlineData(@"\left(", @"\right)")]
    [InlineData("{", "}")]
    [InlineData(@"\frac{1}{", "}")]
    [InlineData(@"\sqrt", "")]
    public void Nesting_past_the_limit_is_an_error_value_not_a_crash(string open, string close)
    {
        var result = TexParser.Parse(Nested(open, close, 5_000));
        Assert.NotNull(result.Error);
        Assert.Contains("deeper than", result.Error.Message);
    }
}
