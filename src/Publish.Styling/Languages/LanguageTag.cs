namespace Publish.Styling.Languages;

/// <summary>What the layout and the EPUB need to know about a BCP 47 language tag.</summary>
internal static class LanguageTag
{
    // Languages written right to left in their usual script (Arabic, Hebrew, Persian, Urdu,
    // Yiddish, Pashto, Sindhi, Uyghur, Dhivehi, Kurdish Sorani, Syriac, N'Ko).
    private static readonly HashSet<string> s_rightToLeft = new(StringComparer.OrdinalIgnoreCase)
        { "ar", "he", "iw", "fa", "ur", "yi", "ji", "ps", "sd", "ug", "dv", "ckb", "syr", "nqo" };

    // Scripts whose typography has no hyphenation: words are not broken (Arabic justifies by
    // kashida or spacing, Hebrew by spacing) or there are no words to break (Chinese, Japanese,
    // Korean, Thai): no patterns are needed and none are missed.
    private static readonly HashSet<string> s_unhyphenated = new(StringComparer.OrdinalIgnoreCase)
        { "ar", "he", "iw", "fa", "ur", "yi", "ji", "ps", "sd", "ug", "dv", "ckb", "syr", "nqo", "ja", "zh", "ko", "th", "lo", "km", "my", "bo" };

    /// <summary>The primary language subtag, lower case: "pt-BR" → "pt".</summary>
    public static string Primary(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return "en";
        var t = tag.Trim();
        var dash = t.IndexOfAny(['-', '_']);
        return (dash < 0 ? t : t[..dash]).ToLowerInvariant();
    }

    /// <summary>A script tag given in the language tag ("az-Arab", "zh-Hant"), or null.</summary>
    public static string? Script(string? tag) =>
        tag?.Split('-', '_').Skip(1).FirstOrDefault(p => p.Length == 4 && char.IsLetter(p[0]));

    /// <summary>True for languages set right to left (an explicit script subtag decides: "az-Arab" is, "ku-Latn" is not).</summary>
    public static bool IsRightToLeft(string? tag) => Script(tag) is { } script
        ? script.ToLowerInvariant() is "arab" or "hebr" or "syrc" or "thaa" or "nkoo" or "adlm" or "rohg"
        : s_rightToLeft.Contains(Primary(tag));

    /// <summary>The document's direction: its <c>dir</c> when given ("rtl"/"ltr"), else its language's.</summary>
    public static bool IsRightToLeft(string? language, string? direction) =>
        direction is null ? IsRightToLeft(language) : direction.Equals("rtl", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the language's typography does not hyphenate (so no patterns are missed).</summary>
    public static bool IsUnhyphenated(string? tag) => s_unhyphenated.Contains(Primary(tag));
}
