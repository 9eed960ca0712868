using System.Globalization;
using System.Text.RegularExpressions;

namespace Publish.Styling;

/// <summary>Lengths as themes write them: <c>11pt</c>, <c>0.75in</c>, <c>20mm</c>, <c>1.2cm</c>, <c>1.5em</c>; a bare number is points.</summary>
internal static partial class Length
{
    public const string Units = "pt, in, mm or cm";

    private static readonly Dictionary<string, double> PointsPer = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pt"] = 1, ["in"] = 72, ["mm"] = 72 / 25.4, ["cm"] = 72 / 2.54, [""] = 1,
    };

    /// <summary>Page presets in points, portrait.</summary>
    public static readonly IReadOnlyDictionary<string, (double Width, double Height)> PageSizes =
        new Dictionary<string, (double, double)>(StringComparer.OrdinalIgnoreCase)
        {
            ["A4"] = (595.28, 841.89),
            ["A5"] = (419.53, 595.28),
            ["Letter"] = (612, 792),
            ["6x9in"] = (432, 648),
            ["5x8in"] = (360, 576),
        };

    /// <summary>Parses a length to points; <paramref name="em"/> is the size one em stands for, or null where em makes no sense.</summary>
    public static double? Parse(string text, double? em)
    {
        var match = LengthPattern().Match(text.Trim());
        if (!match.Success) return null;
        var number = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var unit = match.Groups[2].Value;
        if (unit.Equals("em", StringComparison.OrdinalIgnoreCase)) return em is { } size ? number * size : null;
        return PointsPer.TryGetValue(unit, out var factor) ? number * factor : null;
    }

    /// <summary>A preset name or <c>WIDTHxHEIGHT</c> with one unit, e.g. <c>7x10in</c> or <c>148x210mm</c>.</summary>
    public static (double Width, double Height)? ParsePageSize(string text)
    {
        if (PageSizes.TryGetValue(text.Trim(), out var preset)) return preset;
        var match = PagePattern().Match(text.Trim());
        if (!match.Success) return null;
        var unit = match.Groups[3].Value;
        if (!PointsPer.TryGetValue(unit, out var factor)) return null;
        return (double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) * factor,
                double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) * factor);
    }

    [GeneratedRegex(@"^(-?\d+(?:\.\d+)?|-?\.\d+)\s*([a-zA-Z]*)$")]
    private static partial Regex LengthPattern();

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*[xX×]\s*(\d+(?:\.\d+)?)\s*(pt|in|mm|cm)$")]
    private static partial Regex PagePattern();
}
