using System.Globalization;
using System.Text;

namespace Publish.Epub.Css;

/// <summary>Writes CSS rules one declaration per line; a null value leaves its declaration out.</summary>
internal sealed class CssSheet
{
    private readonly StringBuilder _text = new();

    public CssSheet Comment(string text)
    {
        _text.Append("/* ").Append(text).Append(" */\n");
        return this;
    }

    public CssSheet Rule(string selector, params (string Property, string? Value)[] declarations)
    {
        var present = declarations.Where(d => d.Value is not null).ToList();
        if (present.Count == 0) return this;
        _text.Append(selector).Append(" {\n");
        foreach (var (property, value) in present) _text.Append("  ").Append(property).Append(": ").Append(value).Append(";\n");
        _text.Append("}\n");
        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>A ratio as em, rounded to 3 places so the file is stable and readable.</summary>
    public static string Em(double ratio) => ratio == 0 ? "0" : Number(ratio) + "em";

    public static string Number(double value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A font stack: the theme's families quoted, then the generic family readers fall back to.</summary>
    public static string FontStack(IReadOnlyList<string> families)
    {
        var generic = families.Any(f => f.Contains("Mono", StringComparison.OrdinalIgnoreCase)) ? "monospace"
            : families.Count > 0 && families[0].Contains("Sans", StringComparison.OrdinalIgnoreCase) ? "sans-serif"
            : "serif";
        var named = families.Where(f => f is not ("serif" or "sans-serif" or "monospace"))
            .Select(f => $"\"{f.Replace("\"", "", StringComparison.Ordinal)}\"");
        return string.Join(", ", named.Append(generic));
    }
}
