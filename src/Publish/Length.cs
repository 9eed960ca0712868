using System.Globalization;

namespace Publish;

/// <summary>Lengths as people write them on the command line: <c>3mm</c>, <c>0.125in</c>, <c>9pt</c>, <c>0.3cm</c>.</summary>
public static class Length
{
    /// <summary>The length in PostScript points (1/72 in), or null with the reason when it cannot be read.</summary>
    public static double? TryParsePoints(string text, out string? error)
    {
        error = null;
        var s = text.Trim().ToLowerInvariant();
        (string unit, double perUnit)[] units = [("pt", 1), ("mm", 72 / 25.4), ("cm", 72 / 2.54), ("in", 72)];
        foreach (var (unit, perUnit) in units)
        {
            if (!s.EndsWith(unit, StringComparison.Ordinal)) continue;
            if (double.TryParse(s[..^unit.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && value >= 0 && double.IsFinite(value))
                return value * perUnit;
            error = $"'{text}' is not a length: expected a non-negative number followed by pt, mm, cm or in";
            return null;
        }
        error = $"'{text}' has no unit: write e.g. 3mm, 0.125in, 9pt or 0.3cm";
        return null;
    }
}
