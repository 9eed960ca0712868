namespace Publish.Styling.Languages;

/// <summary>
/// The writing systems a theme can name fonts for (<c>fonts: scripts:</c>), the code points
/// each covers, and the faces tried when the theme names none (Debian's fonts-noto-core,
/// fonts-noto-cjk and fonts-hosny-amiri ship them). Han characters are set in the face for the
/// book's language (Japanese, Chinese or Korean forms differ).
/// </summary>
internal static class ScriptNames
{
    public const string Latin = "latin", Greek = "greek", Cyrillic = "cyrillic", Armenian = "armenian", Hebrew = "hebrew",
        Arabic = "arabic", Devanagari = "devanagari", Bengali = "bengali", Tamil = "tamil", Thai = "thai", Georgian = "georgian",
        Ethiopic = "ethiopic", Japanese = "japanese", Chinese = "chinese", Korean = "korean", Cjk = "cjk";

    public static readonly IReadOnlyList<string> All =
        [Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Devanagari, Bengali, Tamil, Thai, Georgian, Ethiopic, Japanese, Chinese, Korean, Cjk];

    private static readonly (int From, int To, string Script)[] s_ranges =
    [
        (0x0370, 0x03FF, Greek), (0x0400, 0x052F, Cyrillic), (0x0530, 0x058F, Armenian), (0x0590, 0x05FF, Hebrew),
        (0x0600, 0x06FF, Arabic), (0x0750, 0x077F, Arabic), (0x0870, 0x08FF, Arabic), (0x0900, 0x097F, Devanagari),
        (0x0980, 0x09FF, Bengali), (0x0B80, 0x0BFF, Tamil), (0x0E00, 0x0E7F, Thai), (0x10A0, 0x10FF, Georgian),
        (0x1100, 0x11FF, Korean), (0x1200, 0x139F, Ethiopic), (0x1F00, 0x1FFF, Greek), (0x2DE0, 0x2DFF, Cyrillic),
        (0x2E80, 0x2FDF, Cjk), (0x3000, 0x303F, Cjk), (0x3040, 0x30FF, Japanese), (0x3130, 0x318F, Korean),
        (0x31F0, 0x31FF, Japanese), (0x3400, 0x4DBF, Cjk), (0x4E00, 0x9FFF, Cjk), (0xA640, 0xA69F, Cyrillic),
        (0xAC00, 0xD7AF, Korean), (0xF900, 0xFAFF, Cjk), (0xFB1D, 0xFB4F, Hebrew), (0xFB50, 0xFDFF, Arabic),
        (0xFE70, 0xFEFF, Arabic), (0xFF00, 0xFFEF, Cjk), (0x20000, 0x3FFFF, Cjk),
    ];

    /// <summary>The script of <paramref name="codepoint"/>, or null for Latin, common punctuation and symbols.</summary>
    public static string? Of(int codepoint)
    {
        if (codepoint < 0x0370) return null;
        foreach (var (from, to, script) in s_ranges)
        {
            if (codepoint < from) return null;
            if (codepoint <= to) return script;
        }
        return null;
    }

    /// <summary>A readable name for messages: "Arabic", "CJK".</summary>
    public static string Display(string script) => script == Cjk ? "CJK" : char.ToUpperInvariant(script[0]) + script[1..];

    /// <summary>
    /// The families to try for <paramref name="script"/> in a book in <paramref name="language"/>:
    /// the theme's (under the script's name, or "cjk" for Han and kana), then the built-in choice.
    /// </summary>
    public static IReadOnlyList<string> Families(string script, string? language, IReadOnlyDictionary<string, IReadOnlyList<string>> theme)
    {
        var cjk = script is Cjk or Japanese or Chinese or Korean;
        var key = script == Cjk ? CjkFor(language) : script;
        var result = new List<string>();
        if (theme.TryGetValue(key, out var own)) result.AddRange(own);
        if (cjk && theme.TryGetValue(Cjk, out var anyCjk)) result.AddRange(anyCjk);
        result.AddRange(Defaults(key, language));
        return result;
    }

    private static string CjkFor(string? language) => LanguageTag.Primary(language) switch
    {
        "zh" => Chinese,
        "ko" => Korean,
        _ => Japanese,
    };

    // Serif faces first: book text is set in a serif (Mincho, Song/Ming, Myeongjo, Naskh).
    private static IEnumerable<string> Defaults(string script, string? language) => script switch
    {
        Arabic => ["Amiri", "Noto Naskh Arabic", "Noto Sans Arabic"],
        Hebrew => ["Noto Serif Hebrew", "Noto Sans Hebrew", "DejaVu Sans"],
        Japanese => ["Noto Serif CJK JP", "Noto Sans CJK JP"],
        Chinese => (language ?? "").Contains("Hant", StringComparison.OrdinalIgnoreCase) || (language ?? "").EndsWith("TW", StringComparison.OrdinalIgnoreCase)
            ? ["Noto Serif CJK TC", "Noto Sans CJK TC"]
            : ["Noto Serif CJK SC", "Noto Sans CJK SC"],
        Korean => ["Noto Serif CJK KR", "Noto Sans CJK KR"],
        Devanagari => ["Noto Serif Devanagari", "Noto Sans Devanagari"],
        Bengali => ["Noto Serif Bengali", "Noto Sans Bengali"],
        Tamil => ["Noto Serif Tamil", "Noto Sans Tamil"],
        Thai => ["Noto Serif Thai", "Noto Sans Thai"],
        Georgian => ["Noto Serif Georgian", "Noto Sans Georgian"],
        Armenian => ["Noto Serif Armenian", "Noto Sans Armenian"],
        Ethiopic => ["Noto Serif Ethiopic", "Noto Sans Ethiopic"],
        // Greek and Cyrillic: the body face or the common fallbacks (DejaVu has both) serve.
        _ => [],
    };
}
