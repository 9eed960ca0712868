using System.Xml.Linq;
using SkiaSharp;

namespace Publish.Pdf.Vector;

/// <summary>
/// SVG text drawn as the outlines of its glyphs, so the PDF needs no font for it and it looks the
/// same everywhere. The family is matched among the system's fonts (serif when none matches);
/// each text element is one line at its x/y with its anchor; tspans add their words in the
/// parent's style (their own positions are not followed).
/// </summary>
internal sealed class SvgText
{
    private readonly Dictionary<(string, bool, bool), SKTypeface?> _typefaces = [];

    /// <summary>Whether the last text found a font to draw with.</summary>
    public bool Available { get; private set; } = true;

    public IEnumerable<List<PathStep>> Outlines(XElement text, SvgStyle style)
    {
        var content = string.Join(" ", text.DescendantNodes().OfType<XText>().Select(t => t.Value.Trim()).Where(t => t.Length > 0));
        if (content.Length == 0) yield break;
        var typeface = Typeface(style);
        Available = typeface is not null;
        if (typeface is null) yield break;
        using var font = new SKFont(typeface, (float)style.FontSize);
        var x = First(text, "x");
        var y = First(text, "y");
        var width = font.MeasureText(content);
        x -= style.TextAnchor switch { "middle" => width / 2, "end" => width, _ => 0 };
        using var path = font.GetTextPath(content, new SKPoint((float)x, (float)y));
        yield return FromSkia(path);
    }

    private SKTypeface? Typeface(SvgStyle style)
    {
        var key = (style.FontFamily, style.Bold, style.Italic);
        if (_typefaces.TryGetValue(key, out var known)) return known;
        var skStyle = new SKFontStyle(style.Bold ? SKFontStyleWeight.Bold : SKFontStyleWeight.Normal, SKFontStyleWidth.Normal,
            style.Italic ? SKFontStyleSlant.Italic : SKFontStyleSlant.Upright);
        var family = style.FontFamily switch { "sans-serif" => "DejaVu Sans", "serif" => "DejaVu Serif", "monospace" => "DejaVu Sans Mono", var f => f };
        var typeface = SKFontManager.Default.MatchFamily(family, skStyle) ?? SKFontManager.Default.MatchFamily("DejaVu Serif", skStyle);
        _typefaces[key] = typeface;
        return typeface;
    }

    private static double First(XElement e, string name) =>
        SvgLength.Parse(((string?)e.Attribute(name) ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()) ?? 0;

    internal static List<PathStep> FromSkia(SKPath path)
    {
        var steps = new List<PathStep>();
        using var iterator = path.CreateRawIterator();
        var points = new SKPoint[4];
        SKPathVerb verb;
        Point P(int i) => new(points[i].X, points[i].Y);
        while ((verb = iterator.Next(points)) != SKPathVerb.Done)
        {
            switch (verb)
            {
                case SKPathVerb.Move: steps.Add(PathStep.Move(P(0))); break;
                case SKPathVerb.Line: steps.Add(PathStep.Line(P(1))); break;
                case SKPathVerb.Cubic: steps.Add(PathStep.Cubic(P(1), P(2), P(3))); break;
                case SKPathVerb.Quad:
                    var (from, q, to) = (P(0), P(1), P(2));
                    steps.Add(PathStep.Cubic(new(from.X + 2.0 / 3 * (q.X - from.X), from.Y + 2.0 / 3 * (q.Y - from.Y)),
                        new(to.X + 2.0 / 3 * (q.X - to.X), to.Y + 2.0 / 3 * (q.Y - to.Y)), to));
                    break;
                case SKPathVerb.Close: steps.Add(PathStep.Close); break;
            }
        }
        return steps;
    }
}
