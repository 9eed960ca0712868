using Publish.Layout.Fonts;
using Publish.Layout.Shaping;

namespace Publish.Layout.Inline;

/// <summary>
/// A maximal stretch [Start, End) of the paragraph set in one font at one size and style.
/// <c>Shift</c> moves the baseline (points, down positive) for super- and subscripts.
/// </summary>
internal sealed record TextRun(int Start, int End, Font Font, double Size, ShapeFeatures Features, InlineStyle Style, double Shift)
{
    public double Scale => Size / Font.UnitsPerEm;
    public double Ascent => Font.Ascender * Scale - Shift;
    public double Descent => Font.Descender * Scale + Shift;
}

/// <summary>
/// The shape phase's input: the paragraph's runs and the text to shape, which equals the source
/// text except where case is changed (capitals, synthetic small caps) or a character no font
/// has is replaced by a visible stand-in. Both strings have the same length.
/// </summary>
internal sealed record RunSet(string Source, string Display, IReadOnlyList<TextRun> Runs, Font Primary, double Size);
