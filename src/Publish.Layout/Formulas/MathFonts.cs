using HarfBuzzSharp;
using Publish.Layout.Fonts;
using Publish.Layout.Paged;
using Publish.Layout.Shaping;
using Publish.Mathematics;
using Font = Publish.Layout.Fonts.Font;

namespace Publish.Layout.Formulas;

/// <summary>
/// The faces math is set in and the glyph runs for a string, each character in the first face
/// that has it (DejaVu Sans and the catalog's fallbacks for symbols the math face lacks).
/// The theme names the math families (<c>fonts: math:</c>; DejaVu Serif when it does not). When
/// the first installed one is an OpenType math font (a <c>MATH</c> table) with no italic face of
/// its own, e.g. TeX Gyre Pagella Math, every style is that one face: italic variables, bold and
/// blackboard letters are its Mathematical Alphanumeric Symbols (U+1D400…). Otherwise, as for a
/// family with italic and bold faces like DejaVu Serif, styles are those faces.
/// Boxes are measured by the glyphs' ink, as TeX measures characters, so a fraction of two
/// digits is not as tall as two lines of text.
/// </summary>
internal sealed class MathFonts
{
    /// <summary>The math families when the theme names none: the face formulas were always set in.</summary>
    public static readonly IReadOnlyList<string> DefaultFamilies = ["DejaVu Serif"];

    private static readonly IReadOnlyList<string> s_symbols = ["DejaVu Sans", "DejaVu Serif", .. FontCatalog.FallbackFamilies];

    private readonly FontCatalog _catalog;
    private readonly IReadOnlyList<string> _serif;
    private readonly bool _math;

    public MathFonts(FontCatalog catalog, IReadOnlyList<string>? families = null)
    {
        _catalog = catalog;
        _serif = [.. families ?? DefaultFamilies, "DejaVu Serif", .. FontCatalog.FallbackFamilies];
        Roman = Face(_serif, false, false);
        // A math font that is a family of one face: its styles can only be its math alphabets.
        // (DejaVu Serif has a MATH table too, but also real italic and bold faces, which it keeps.)
        _math = Roman.IsMathFont && catalog.Find(Roman.Family, false, true) is not { Face.Italic: true };
        // The math axis (where fraction bars and the minus sign sit) as the middle of the minus, else TeX's quarter em.
        Axis = InkMiddle(Roman, '\u2212') ?? InkMiddle(Roman, '+') ?? 0.25;
    }

    /// <summary>The upright face: digits, operators, function names, delimiters, \text.</summary>
    public Font Roman { get; }

    /// <summary>Height of the math axis above the baseline, in em.</summary>
    public double Axis { get; }

    /// <summary>
    /// Sets <paramref name="text"/> in <paramref name="variant"/>; <paramref name="letter"/> says the
    /// default style (<see cref="MathVariant.Auto"/>) is italic here, as TeX sets a single letter.
    /// </summary>
    public MathBox Styled(string text, MathVariant variant, bool letter, double size)
    {
        if (variant == MathVariant.Auto) variant = letter ? MathVariant.Italic : MathVariant.Normal;
        if (!_math) return Set(text, For(variant), size);
        // A styled character the math font lacks stays in its plain form rather than coming from another face.
        return Set(MathAlphabets.Map(text, variant, Roman.HasGlyph), Roman, size);
    }

    private Font For(MathVariant variant) => variant switch
    {
        MathVariant.Italic => Face(_serif, false, true),
        MathVariant.Bold => Face(_serif, true, false),
        MathVariant.BoldItalic => Face(_serif, true, true),
        MathVariant.SansSerif => Face(["DejaVu Sans", .. _serif], false, false),
        MathVariant.Monospace => Face(["DejaVu Sans Mono", .. _serif], false, false),
        _ => Roman,
    };

    private Font Face(IReadOnlyList<string> families, bool bold, bool italic) =>
        _catalog.FindFirst(families, bold, italic) ?? _catalog.FindFirst(_catalog.Families, bold, italic)
        ?? throw new NoFontsInstalledException("No fonts are installed.");

    /// <summary>Sets <paramref name="text"/> at <paramref name="size"/> on the baseline, starting at x = 0.</summary>
    public MathBox Set(string text, Font preferred, double size)
    {
        var builder = new BoxBuilder();
        var x = 0.0;
        var start = 0;
        Font? current = null;
        for (var i = 0; i <= text.Length; i++)
        {
            Font? font = null;
            if (i < text.Length)
            {
                if (char.IsLowSurrogate(text[i])) continue;
                var cp = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
                font = cp == ' ' || preferred.HasGlyph(cp) ? preferred : _catalog.FallbackFor(cp, s_symbols) ?? preferred;
                if (font == current) continue;
            }
            if (current is not null && i > start) x += Run(builder, text[start..i], current, size, x);
            current = font;
            start = i;
        }
        builder.Cover(0, 0, x);
        return builder.Build(x);
    }

    private static double Run(BoxBuilder builder, string text, Font font, double size, double x)
    {
        var shaped = Shaper.Shape(font, text);
        var scale = font.Scale(size);
        var positions = new float[shaped.Count];
        double cursor = 0, ascent = 0, descent = 0;
        for (var g = 0; g < shaped.Count; g++)
        {
            positions[g] = (float)(cursor + shaped.XOffsets[g] * scale);
            cursor += shaped.Advances[g] * scale;
            if (font.HarfBuzz.TryGetGlyphExtents(shaped.Glyphs[g], out var e))
            {
                ascent = Math.Max(ascent, e.YBearing * scale);
                descent = Math.Max(descent, -(e.YBearing + e.Height) * scale);
            }
        }
        var run = new GlyphRun(font.Face, size, Rgba.Black, 0, 0, shaped.Glyphs, positions, text, shaped.Clusters) { Width = cursor };
        builder.Add(new MathBox(cursor, ascent, descent, [run]), x, 0);
        return cursor;
    }

    /// <summary>Height of the lowest ink of <paramref name="text"/> above the baseline, in points (an accent's floats well above it).</summary>
    public double InkBottom(string text, Font font, double size)
    {
        var shaped = Shaper.Shape(font, text);
        var bottom = double.MaxValue;
        for (var g = 0; g < shaped.Count; g++)
            if (font.HarfBuzz.TryGetGlyphExtents(shaped.Glyphs[g], out var e) && e.Height != 0)
                bottom = Math.Min(bottom, (e.YBearing + e.Height) * font.Scale(size));
        return bottom == double.MaxValue ? 0 : bottom;
    }

    private static double? InkMiddle(Font font, char c)
    {
        var shaped = Shaper.Shape(font, c.ToString());
        if (shaped.Count == 0 || !font.HasGlyph(c) || !font.HarfBuzz.TryGetGlyphExtents(shaped.Glyphs[0], out GlyphExtents e)) return null;
        return (e.YBearing + e.Height / 2.0) / font.UnitsPerEm;
    }
}
