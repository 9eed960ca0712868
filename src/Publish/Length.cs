namespace Publish;

/// <summary>Lengths as people write them on the command line: <c>3mm</c>, <c>0.125in</c>, <c>9pt</c>, <c>0.3cm</c>.</summary>
internal static class Length
{
    /// <summary>
    /// The length in PostScript points (1/72 in), or null with the reason when it cannot be read.
    /// The units are the themes' (<see cref="Styling.Length"/>), but a command line must name one:
    /// a bare "3" could as well mean millimetres.
    /// </summary>
    public static double? TryParsePoints(string text, out string? error)
    {
        error = null;
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || char.IsDigit(trimmed[^1]))
        {
            error = $"'{text}' has no unit: write e.g. 3mm, 0.125in, 9pt or 0.3cm";
            return null;
        }
        if (Styling.Length.Parse(trimmed, em: null) is { } points && points >= 0 && double.IsFinite(points)) return points;
        error = $"'{text}' is not a length: expected a non-negative number followed by {Styling.Length.Units}";
        return null;
    }
}
