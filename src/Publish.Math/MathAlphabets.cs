using System.Text;

namespace Publish.Mathematics;

/// <summary>
/// Unicode's Mathematical Alphanumeric Symbols (U+1D400–U+1D7FF and the letters that were encoded
/// earlier in Letterlike Symbols, e.g. U+210E for italic h): a math font has no italic or bold
/// face; its italic x is the character U+1D465, its bold R U+1D411. <see cref="Map"/> turns a
/// letter, digit or Greek letter into the character of a style; anything without one stays.
/// </summary>
internal static class MathAlphabets
{
    // First capital of each Latin alphabet; the small letters follow 26 later.
    private static readonly Dictionary<MathVariant, int> s_latin = new()
    {
        [MathVariant.Bold] = 0x1D400, [MathVariant.Italic] = 0x1D434, [MathVariant.BoldItalic] = 0x1D468,
        [MathVariant.Script] = 0x1D49C, [MathVariant.Fraktur] = 0x1D504, [MathVariant.DoubleStruck] = 0x1D538,
        [MathVariant.SansSerif] = 0x1D5A0, [MathVariant.Monospace] = 0x1D670,
    };

    // Digit zero of the styles that have digits (italic digits do not exist: digits stay upright).
    private static readonly Dictionary<MathVariant, int> s_digits = new()
    {
        [MathVariant.Bold] = 0x1D7CE, [MathVariant.DoubleStruck] = 0x1D7D8, [MathVariant.SansSerif] = 0x1D7E2, [MathVariant.Monospace] = 0x1D7F6,
    };

    // Capital Alpha of the styles that have Greek; the 58 characters run Α…Ρ ϴ Σ…Ω ∇ α…ω ∂ ϵ ϑ ϰ ϕ ϱ ϖ.
    private static readonly Dictionary<MathVariant, int> s_greek = new()
    {
        [MathVariant.Bold] = 0x1D6A8, [MathVariant.Italic] = 0x1D6E2, [MathVariant.BoldItalic] = 0x1D71C,
    };

    private static readonly int[] s_greekTail = ['∂', 'ϵ', 'ϑ', 'ϰ', 'ϕ', 'ϱ', 'ϖ'];

    // Letters encoded before the block, whose places in it are left empty ("holes").
    private static readonly Dictionary<(MathVariant, char), int> s_holes = new()
    {
        [(MathVariant.Italic, 'h')] = 0x210E,
        [(MathVariant.Script, 'B')] = 0x212C, [(MathVariant.Script, 'E')] = 0x2130, [(MathVariant.Script, 'F')] = 0x2131,
        [(MathVariant.Script, 'H')] = 0x210B, [(MathVariant.Script, 'I')] = 0x2110, [(MathVariant.Script, 'L')] = 0x2112,
        [(MathVariant.Script, 'M')] = 0x2133, [(MathVariant.Script, 'R')] = 0x211B, [(MathVariant.Script, 'e')] = 0x212F,
        [(MathVariant.Script, 'g')] = 0x210A, [(MathVariant.Script, 'o')] = 0x2134,
        [(MathVariant.Fraktur, 'C')] = 0x212D, [(MathVariant.Fraktur, 'H')] = 0x210C, [(MathVariant.Fraktur, 'I')] = 0x2111,
        [(MathVariant.Fraktur, 'R')] = 0x211C, [(MathVariant.Fraktur, 'Z')] = 0x2128,
        [(MathVariant.DoubleStruck, 'C')] = 0x2102, [(MathVariant.DoubleStruck, 'H')] = 0x210D, [(MathVariant.DoubleStruck, 'N')] = 0x2115,
        [(MathVariant.DoubleStruck, 'P')] = 0x2119, [(MathVariant.DoubleStruck, 'Q')] = 0x211A, [(MathVariant.DoubleStruck, 'R')] = 0x211D,
        [(MathVariant.DoubleStruck, 'Z')] = 0x2124,
    };

    /// <summary>The character for <paramref name="c"/> in <paramref name="variant"/>, or <paramref name="c"/> itself when the style has none.</summary>
    public static int Map(int c, MathVariant variant)
    {
        if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
        {
            if (s_holes.TryGetValue((variant, (char)c), out var hole)) return hole;
            return s_latin.TryGetValue(variant, out var latin) ? latin + (c <= 'Z' ? c - 'A' : 26 + c - 'a') : c;
        }
        if (c is >= '0' and <= '9') return s_digits.TryGetValue(variant, out var zero) ? zero + c - '0' : c;
        if (!s_greek.TryGetValue(variant, out var alpha)) return c;
        return c switch
        {
            >= 'Α' and <= 'Ω' and not '\u03A2' => alpha + c - 'Α',
            'ϴ' => alpha + 17,
            '∇' => alpha + 25,
            >= 'α' and <= 'ω' => alpha + 26 + c - 'α',
            _ when Array.IndexOf(s_greekTail, c) is var i and >= 0 => alpha + 51 + i,
            _ => c,
        };
    }

    /// <summary><paramref name="text"/> with every character <see cref="Map"/>ped whose styled character <paramref name="available"/> accepts.</summary>
    public static string Map(string text, MathVariant variant, Func<int, bool> available)
    {
        var result = new StringBuilder(text.Length * 2);
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            if (char.IsSurrogate(text[i]) && !char.IsSurrogatePair(text, i))
            {
                result.Append(text[i]);   // a lone surrogate has no style; keep it for the font to show as missing
                continue;
            }
            var c = char.ConvertToUtf32(text, i);
            var mapped = Map(c, variant);
            result.Append(char.ConvertFromUtf32(mapped != c && available(mapped) ? mapped : c));
        }
        return result.ToString();
    }
}
