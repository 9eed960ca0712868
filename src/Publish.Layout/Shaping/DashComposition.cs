using Publish.Layout.Fonts;

namespace Publish.Layout.Shaping;

/// <summary>
/// U+2E3A TWO-EM DASH and U+2E3B THREE-EM DASH are missing from most fonts (DejaVu among them)
/// but are, by definition, two and three em dashes set solid; fonts' em dashes span their full
/// advance, so repeating the em dash draws the same mark.
/// </summary>
internal static class DashComposition
{
    public const char TwoEmDash = '\u2E3A', ThreeEmDash = '\u2E3B', EmDash = '\u2014';

    public static bool CanCompose(int codepoint) => codepoint is TwoEmDash or ThreeEmDash;

    /// <summary>
    /// The text to shape: <paramref name="text"/> itself when nothing needs composing
    /// (<paramref name="mapLength"/> = 0), else a copy with the dashes expanded and
    /// <paramref name="map"/> giving each shaped index's source index.
    /// </summary>
    public static ReadOnlySpan<char> Expand(Font font, ReadOnlySpan<char> text, Span<int> map, out int mapLength)
    {
        mapLength = 0;
        if (text.IndexOfAny(TwoEmDash, ThreeEmDash) < 0) return text;
        if (!font.HasGlyph(TwoEmDash) || !font.HasGlyph(ThreeEmDash))
        {
            var chars = new char[text.Length * 3];
            var n = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var repeat = c == TwoEmDash && !font.HasGlyph(c) ? 2 : c == ThreeEmDash && !font.HasGlyph(c) ? 3 : 1;
                for (var k = 0; k < repeat; k++) { chars[n] = repeat == 1 ? c : EmDash; map[n] = i; n++; }
            }
            mapLength = n;
            return chars.AsSpan(0, n);
        }
        return text;
    }
}
