using System.Globalization;
using System.Text.RegularExpressions;
using Publish.Model;
using Publish.Styling.Yaml;

namespace Publish.Styling.Binding;

/// <summary>
/// One theme value with its key path: each reader either returns the parsed value or reports why
/// not (naming the key and the allowed values) and returns null, so binding continues past errors.
/// </summary>
internal sealed partial class ValueReader(ThemeNode node, string path, BindContext context)
{
    public ThemeNode Node => node;
    public string Path => path;

    /// <summary>A length in points; <paramref name="em"/> is what 1em means here, or null if em is not allowed.</summary>
    public double? Length(double? em = null, double min = 0, double max = 2000)
    {
        var units = em is null ? Styling.Length.Units : Styling.Length.Units + " or em";
        if (Scalar($"a length in {units} (e.g. 12pt, 0.5in, 15mm)") is not { } text) return null;
        if (Styling.Length.Parse(text, em) is not { } points)
        {
            Reject($"a length in {units} (e.g. 12pt, 0.5in, 15mm)");
            return null;
        }
        return InRange(points, min, max, "pt");
    }

    public int? Integer(int min, int max)
    {
        if (Scalar($"a whole number from {min} to {max}") is not { } text) return null;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            Reject($"a whole number from {min} to {max}");
            return null;
        }
        if (value >= min && value <= max) return value;
        Impossible(value.ToString(CultureInfo.InvariantCulture), $"from {min} to {max}");
        return null;
    }

    public bool? Bool()
    {
        if (Scalar("true or false") is not { } text) return null;
        switch (text.ToLowerInvariant())
        {
            case "true" or "yes" or "on": return true;
            case "false" or "no" or "off": return false;
            default: Reject("true or false"); return null;
        }
    }

    /// <summary>One of a fixed set of words (matched case-insensitively).</summary>
    public T? Choice<T>(params (string Name, T Value)[] choices) where T : struct
    {
        var allowed = $"one of {string.Join(", ", choices.Select(c => c.Name))}";
        if (Scalar(allowed) is not { } text) return null;
        foreach (var (name, value) in choices)
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase)) return value;
        var suggestion = Suggestion.Closest(text, choices.Select(c => c.Name));
        context.Error(DiagnosticCatalog.ThemeValueType, $"theme key '{path}': '{text}' is not allowed{(suggestion is null ? "" : $" (did you mean '{suggestion}'?)")}; expected {allowed}", node.Span);
        return null;
    }

    /// <summary>Font families in order of preference: one name, or a list of names.</summary>
    public IReadOnlyList<string>? Families()
    {
        const string expected = "a font family or a list of families, e.g. [DejaVu Serif, serif]";
        IReadOnlyList<ThemeNode> items = node is SequenceNode list ? list.Items : [node];
        var names = new List<string>();
        foreach (var item in items)
        {
            if (item is not ScalarNode { IsNull: false } scalar || scalar.Value.Trim().Length == 0)
            {
                context.Error(DiagnosticCatalog.ThemeValueType, $"theme key '{path}': expected {expected}; found {item.Kind}", item.Span);
                return null;
            }
            names.Add(scalar.Value.Trim());
        }
        if (names.Count > 0) return names;
        Impossible("an empty list", "at least one family");
        return null;
    }

    public string? Text() => Scalar("text");

    public string? Color()
    {
        const string expected = "a colour as #rgb or #rrggbb";
        if (Scalar(expected) is not { } text) return null;
        if (!ColorPattern().IsMatch(text))
        {
            Reject(expected);
            return null;
        }
        // Normalise #abc to #aabbcc so both writers see one form.
        return text.Length == 4 ? $"#{text[1]}{text[1]}{text[2]}{text[2]}{text[3]}{text[3]}".ToLowerInvariant() : text.ToLowerInvariant();
    }

    public IReadOnlyList<ValueReader>? Items(string expected)
    {
        if (node is SequenceNode list) return [.. list.Items.Select((item, i) => new ValueReader(item, $"{path}[{i}]", context))];
        context.Error(DiagnosticCatalog.ThemeValueType, $"theme key '{path}': expected {expected}; found {node.Kind}", node.Span);
        return null;
    }

    /// <summary>The value is fine but the theme as a whole cannot work with it.</summary>
    public void Impossible(string value, string allowed) =>
        context.Error(DiagnosticCatalog.ThemeValueImpossible, $"theme key '{path}': {value} is impossible; allowed: {allowed}", node.Span);

    private double? InRange(double value, double min, double max, string unit)
    {
        if (value >= min && value <= max) return value;
        var shown = value.ToString("0.##", CultureInfo.InvariantCulture) + unit;
        Impossible(shown, $"{min.ToString("0.##", CultureInfo.InvariantCulture)}{unit} to {max.ToString("0.##", CultureInfo.InvariantCulture)}{unit}");
        return null;
    }

    private string? Scalar(string expected)
    {
        if (node is ScalarNode { IsNull: false } scalar) return scalar.Value.Trim();
        context.Error(DiagnosticCatalog.ThemeValueType, $"theme key '{path}': expected {expected}; found {node.Kind}", node.Span);
        return null;
    }

    public void Reject(string expected) =>
        context.Error(DiagnosticCatalog.ThemeValueType, $"theme key '{path}': expected {expected}; found {node.Kind}", node.Span);

    [GeneratedRegex("^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex ColorPattern();
}
