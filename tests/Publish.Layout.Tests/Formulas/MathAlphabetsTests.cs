using Publish.Mathematics;

namespace Publish.Layout.Tests.Formulas;

/// <summary>A letter in a math style is a character of its own (Unicode's Mathematical Alphanumeric Symbols).</summary>
// The style goes by name: MathVariant is internal to the math engine, and a theory's parameters must be public.
public class MathAlphabetsTests
{
    [Theory]
    [InlineData('x', nameof(MathVariant.Italic), 0x1D465)]         // 𝑥
    [InlineData('A', nameof(MathVariant.Italic), 0x1D434)]         // 𝐴
    [InlineData('h', nameof(MathVariant.Italic), 0x210E)]          // ℎ, the Planck constant, encoded before the block
    [InlineData('v', nameof(MathVariant.Bold), 0x1D42F)]           // 𝐯
    [InlineData('z', nameof(MathVariant.BoldItalic), 0x1D49B)]     // 𝒛
    [InlineData('R', nameof(MathVariant.DoubleStruck), 0x211D)]    // ℝ, a hole filled from Letterlike Symbols
    [InlineData('A', nameof(MathVariant.DoubleStruck), 0x1D538)]   // 𝔸
    [InlineData('L', nameof(MathVariant.Script), 0x2112)]          // ℒ
    [InlineData('A', nameof(MathVariant.Script), 0x1D49C)]         // 𝒜
    [InlineData('g', nameof(MathVariant.Fraktur), 0x1D524)]        // 𝔤
    [InlineData('x', nameof(MathVariant.SansSerif), 0x1D5D1)]      // 𝗑
    [InlineData('x', nameof(MathVariant.Monospace), 0x1D6A1)]      // 𝚡
    public void A_latin_letter_maps_to_its_styled_character(char letter, string variant, int expected) =>
        Assert.Equal(expected, MathAlphabets.Map(letter, Enum.Parse<MathVariant>(variant)));

    [Theory]
    [InlineData('α', nameof(MathVariant.Italic), 0x1D6FC)]         // 𝛼
    [InlineData('ω', nameof(MathVariant.Italic), 0x1D714)]         // 𝜔
    [InlineData('Γ', nameof(MathVariant.Italic), 0x1D6E4)]         // 𝛤
    [InlineData('Ω', nameof(MathVariant.Bold), 0x1D6C0)]           // 𝛀
    [InlineData('ϕ', nameof(MathVariant.Italic), 0x1D719)]         // 𝜙 (TeX's \phi)
    [InlineData('∂', nameof(MathVariant.Italic), 0x1D715)]         // 𝜕
    [InlineData('∇', nameof(MathVariant.Bold), 0x1D6C1)]           // 𝛁
    public void A_greek_letter_maps_in_the_styles_that_have_greek(char letter, string variant, int expected) =>
        Assert.Equal(expected, MathAlphabets.Map(letter, Enum.Parse<MathVariant>(variant)));

    [Theory]
    [InlineData('7', nameof(MathVariant.Bold), 0x1D7D5)]           // 𝟕
    [InlineData('1', nameof(MathVariant.DoubleStruck), 0x1D7D9)]   // 𝟙
    [InlineData('0', nameof(MathVariant.Monospace), 0x1D7F6)]      // 𝟶
    public void A_digit_maps_in_bold_double_struck_sans_and_monospace(char digit, string variant, int expected) =>
        Assert.Equal(expected, MathAlphabets.Map(digit, Enum.Parse<MathVariant>(variant)));

    [Theory]
    [InlineData('2', nameof(MathVariant.Italic))]                  // there are no italic digits: TeX's digits stay upright
    [InlineData('α', nameof(MathVariant.DoubleStruck))]            // no double-struck Greek in the block
    [InlineData('+', nameof(MathVariant.Bold))]
    [InlineData('x', nameof(MathVariant.Normal))]
    [InlineData('x', nameof(MathVariant.Auto))]
    [InlineData('é', nameof(MathVariant.Italic))]
    public void A_character_without_a_styled_form_stays_itself(char c, string variant) =>
        Assert.Equal(c, MathAlphabets.Map(c, Enum.Parse<MathVariant>(variant)));

    [Fact]
    public void A_string_maps_only_the_characters_the_font_has()
    {
        Assert.Equal("𝐯𝟐+", MathAlphabets.Map("v2+", MathVariant.Bold, _ => true));
        // A face without the bold two keeps the plain one: an upright 2 beats a missing glyph.
        Assert.Equal("𝐯2", MathAlphabets.Map("v2", MathVariant.Bold, c => c != 0x1D7D0));
        Assert.Equal("ab", MathAlphabets.Map("ab", MathVariant.Italic, _ => false));
    }
}
