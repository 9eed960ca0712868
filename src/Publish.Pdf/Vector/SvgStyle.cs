using System.Globalization;

namespace Publish.Pdf.Vector;

/// <summary>
/// The presentation properties in force at an element: those SVG inherits (fill, stroke, font…)
/// pass to children; opacity multiplies down the tree (exact for shapes that do not overlap
/// within one group, which is what illustrations mostly are).
/// </summary>
internal sealed record SvgStyle
{
    public string Fill { get; init; } = "black";
    public double FillOpacity { get; init; } = 1;
    public bool EvenOdd { get; init; }
    public string Stroke { get; init; } = "none";
    public double StrokeOpacity { get; init; } = 1;
    public double StrokeWidth { get; init; } = 1;
    public LineCap Cap { get; init; }
    public LineJoin Join { get; init; }
    public double MiterLimit { get; init; } = 4;
    public IReadOnlyList<double> Dashes { get; init; } = [];
    public double DashOffset { get; init; }
    public double Opacity { get; init; } = 1;
    public string Color { get; init; } = "black";
    public bool Hidden { get; init; }
    public string FontFamily { get; init; } = "serif";
    public double FontSize { get; init; } = 16;
    public bool Bold { get; init; }
    public bool Italic { get; init; }
    public string TextAnchor { get; init; } = "start";

    /// <summary>This style with one property set from its SVG/CSS text (unknown properties are ignored).</summary>
    public SvgStyle With(string name, string value)
    {
        value = value.Trim();
        if (value == "inherit") return this;
        return name switch
        {
            "fill" => this with { Fill = value },
            "fill-opacity" => this with { FillOpacity = Fraction(value, FillOpacity) },
            "fill-rule" => this with { EvenOdd = value == "evenodd" },
            "stroke" => this with { Stroke = value },
            "stroke-opacity" => this with { StrokeOpacity = Fraction(value, StrokeOpacity) },
            "stroke-width" => this with { StrokeWidth = SvgLength.Parse(value) ?? StrokeWidth },
            "stroke-linecap" => this with { Cap = value switch { "round" => LineCap.Round, "square" => LineCap.Square, _ => LineCap.Butt } },
            "stroke-linejoin" => this with { Join = value switch { "round" => LineJoin.Round, "bevel" => LineJoin.Bevel, _ => LineJoin.Miter } },
            "stroke-miterlimit" => this with { MiterLimit = SvgLength.Parse(value) ?? MiterLimit },
            "stroke-dasharray" => this with { Dashes = value == "none" ? [] : ParseDashes(value) },
            "stroke-dashoffset" => this with { DashOffset = SvgLength.Parse(value) ?? 0 },
            "opacity" => this with { Opacity = Opacity * Fraction(value, 1) },
            "color" => this with { Color = value },
            "visibility" => this with { Hidden = value is "hidden" or "collapse" },
            "font-family" => this with { FontFamily = value.Split(',')[0].Trim().Trim('\'', '"') },
            "font-size" => this with { FontSize = SvgLength.Parse(value, FontSize) ?? FontSize },
            "font-weight" => this with { Bold = value is "bold" or "bolder" || (int.TryParse(value, out var w) && w >= 600) },
            "font-style" => this with { Italic = value is "italic" or "oblique" },
            "text-anchor" => this with { TextAnchor = value },
            "font" => this, // the shorthand is rare in illustrations; its parts are read when written apart
            _ => this,
        };
    }

    private static double Fraction(string value, double fallback)
    {
        var percent = value.EndsWith('%');
        if (!double.TryParse(percent ? value[..^1] : value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return fallback;
        return Math.Clamp(percent ? v / 100 : v, 0, 1);
    }

    private static List<double> ParseDashes(string value)
    {
        var parts = value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).Select(p => SvgLength.Parse(p) ?? -1).ToList();
        if (parts.Count == 0 || parts.Any(p => p < 0) || parts.All(p => p == 0)) return [];
        // An odd list repeats to make it even, as SVG says.
        return parts.Count % 2 == 1 ? [.. parts, .. parts] : parts;
    }
}

/// <summary>SVG lengths in user units (CSS pixels): px, pt, pc, mm, cm, in, em (of a font size).</summary>
internal static class SvgLength
{
    public static double? Parse(string? text, double em = 16)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        var end = text.Length;
        while (end > 0 && char.IsLetter(text[end - 1])) end--;
        var unit = text[end..];
        if (!double.TryParse(text.AsSpan(0, end), NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return null;
        return unit switch
        {
            "" or "px" => v,
            "pt" => v * 96 / 72,
            "pc" => v * 16,
            "mm" => v * 96 / 25.4,
            "cm" => v * 96 / 2.54,
            "in" => v * 96,
            "em" => v * em,
            "ex" => v * em / 2,
            _ => null,
        };
    }
}
