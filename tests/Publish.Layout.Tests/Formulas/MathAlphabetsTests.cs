using Publish.Mathematics;

namespace Publish.Layout.Tests.Formulas;

/// <summary>A letter in a math style is a character of its own (Unicode's Mathematical Alphanumeric Symbols).</summary>
public class MathAlphabetsTests
{
    [Theory]
    [InlineData('x', MathVariant.Italic, 0x1D465)]         // 𝑥
    [InlineData('A', MathVariant.Italic, 0x1D434)]         // 𝐴
    [InlineData('h', MathVariant.Italic, 0x210E)]          // ℎ, the Planck constant, encoded before the block
    [InlineData('v', MathVariant.Bold, 0x1D42F)]           // 𝐯
    [InlineData('z', MathVariant.BoldItalic, 0x1D49B)]     // 𝒛
    [InlineData('R', MathVariant.DoubleStruck, 0x211D)]    // ℝ, a hole filled from Letterlike Symbols
    [InlineData('A', MathVariant.DoubleStruck, 0x1D538)]   // 𝔸
    [InlineData('L', MathVariant.Script, 0x2112)]          // ℒ
    [InlineData('A', MathVariant.Script, 0x1D49C)]         // 𝒜
    [InlineData('g', MathVariant.Fraktur, 0x1D524)]        // 𝔤
    [InlineData('x', MathVariant.SansSerif, 0x1D5D1)]      // 𝗑
    [InlineData('x', MathVariant.Monospace, 0x1D6A1)]      // 𝚡
    public void A_latin_letter_maps_to_its_styled_character(char letter, MathVariant variant, int expected) =>
        Assert.Equal(expected, MathAlphabets.Map(letter, variant));

    [Theory]
    [InlineData('α', MathVariant.Italic, 0x1D6FC)]         // 𝛼
    [InlineData('ω', MathVariant.Italic, 0x1D714)]         // 𝜔
    [InlineData('Γ', MathVariant.Italic, 0x1D6E4)]         // 𝛤
    [InlineData('Ω', MathVariant.Bold, 0x1D6C0)]           // 𝛀
    [InlineData('ϕ', MathVariant.Italic, 0x1D719)]         // 𝜙 (TeX's \phi)
    [InlineData('∂', MathVariant.Italic, 0x1D715)]         // 𝜕
    [InlineData('∇', MathVariant.Bold, 0x1D6C1)]           // 𝛁
    public void A_greek_letter_maps_in_the_styles_that_have_greek(char letter, MathVariant variant, int expected) =>
        Assert.Equal(expected, MathAlphabets.Map(letter, variant));

    [Theory]
    [InlineData('7', MathVariant.Bold, 0x1D7D5)]           // 𝟕
    [InlineData('1', MathVariant.DoubleStruck, 0x1D7D9)]   // 𝟙
    [InlineData('0', MathVariant.Monospace, 0x1D7F6)]      // 𝟶
    public void A_digit_maps_in_bold_double_struck_sans_and_monospace(char digit, MathVariant variant, int expected) =>
        Assert.Equal(expected, MathAlphabets.Map(digit, variant));

    [Theory]
    [InlineData('2', MathVariant.Italic)]                  // there are no italic digits: TeX's digits stay upright
    [InlineData('α', MathVariant.DoubleStruck)]            // no double-struck Greek in the block
    [InlineData('+', MathVariant.Bold)]
    [InlineData('x', MathVariant.Normal)]
    [InlineData('x', MathVariant.Auto)]
    [InlineData('é', MathVariant.Italic)]
    public void A_character_without_a_styled_form_stays_itself(char c, MathVariant variant) =>
        Assert.Equal(c, MathAlphabets.Map(c, variant));

    [Fact]
    public void A_string_maps_only_the_characters_the_font_has()
    {
        Assert.Equal("𝐯𝟐+", MathAlphabets.Map("v2+", MathVariant.Bold, _ => true));
        // A face without the bold two keeps the plain one: an upright 2 beats a missing glyph.
        Assert.Equal("𝐯2", MathAlphabets.Map("v2", MathVariant.Bold, c => c != 0x1D7D0));
        Assert.Equal("ab", MathAlphabets.Map("ab", MathVariant.Italic, _ => false));
    }
}
