using System.Collections.Concurrent;
using System.Reflection;

namespace Publish.Layout.Hyphenation;

/// <summary>
/// Liang's hyphenation: every pattern that occurs in ".word." votes a digit between two letters;
/// odd maxima are break points. Patterns are TeX's US English set and the LibreOffice sets that
/// Debian's hyphen-* packages ship (see Patterns/NOTICE.md). Thread-safe; results are cached per word.
/// </summary>
internal sealed class Hyphenator
{
    /// <summary>TeX's rules for English: no break leaving fewer than 2 letters before or 3 after.</summary>
    public const int LeftMin = 2, RightMin = 3, MinWordLength = 5;

    // Languages with bundled patterns: primary subtag → pattern file (converted to UTF-8, levels merged).
    private static readonly Dictionary<string, string> s_files = new(StringComparer.OrdinalIgnoreCase)
    {
        ["de"] = "hyph_de.dic", ["fr"] = "hyph_fr.dic", ["es"] = "hyph_es.dic", ["it"] = "hyph_it.dic",
        ["nl"] = "hyph_nl.dic", ["pl"] = "hyph_pl.dic", ["pt"] = "hyph_pt.dic", ["ru"] = "hyph_ru.dic",
    };
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Hyphenator>> s_others = new(StringComparer.OrdinalIgnoreCase);

    // TeX's hyph-en-us exception list: words the patterns get wrong.
    private static readonly string[] s_enUsExceptions =
    [
        "as-so-ciate", "as-so-ciates", "dec-li-na-tion", "oblig-a-tory", "phil-an-thropic", "present", "presents",
        "project", "projects", "reci-procity", "re-cog-ni-zance", "ref-or-ma-tion", "ret-ri-bu-tion", "ta-ble",
    ];

    private static readonly Lazy<Hyphenator> s_enUs = new(() => FromResource("hyph_en_US.dic", s_enUsExceptions));

    private readonly Dictionary<string, byte[]> _patterns;
    private readonly Dictionary<string, int[]> _exceptions;
    private readonly ConcurrentDictionary<string, int[]> _cache = new();
    private readonly int _maxPatternLength;
    private readonly int _leftMin, _rightMin;

    public Hyphenator(IEnumerable<string> patterns, IEnumerable<string> exceptions, int leftMin = LeftMin, int rightMin = RightMin)
    {
        _leftMin = leftMin;
        _rightMin = rightMin;
        _patterns = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var p in patterns)
        {
            var letters = new string(p.Where(c => !char.IsAsciiDigit(c)).ToArray());
            var points = new byte[letters.Length + 1];
            var k = 0;
            foreach (var c in p)
            {
                if (char.IsAsciiDigit(c)) points[k] = (byte)(c - '0');
                else k++;
            }
            // Sets merged from two levels may name a pattern twice: each position keeps the higher vote.
            if (_patterns.TryGetValue(letters, out var earlier))
                for (var j = 0; j < points.Length; j++) points[j] = Math.Max(points[j], earlier[j]);
            _patterns[letters] = points;
            _maxPatternLength = Math.Max(_maxPatternLength, letters.Length);
        }
        _exceptions = exceptions.ToDictionary(e => e.Replace("-", ""), e =>
        {
            var positions = new List<int>();
            var letters = 0;
            foreach (var c in e) { if (c == '-') positions.Add(letters); else letters++; }
            return positions.ToArray();
        }, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Patterns for a BCP 47 language, or null when none are bundled.</summary>
    public static Hyphenator? ForLanguage(string language)
    {
        var primary = Styling.Languages.LanguageTag.Primary(language);
        if (primary == "en") return s_enUs.Value;
        return s_files.TryGetValue(primary, out var file)
            ? s_others.GetOrAdd(primary, _ => new Lazy<Hyphenator>(() => FromResource(file, []))).Value
            : null;
    }

    /// <summary>True when patterns for the language are bundled.</summary>
    public static bool HasPatterns(string language) =>
        Styling.Languages.LanguageTag.Primary(language) is var p && (p == "en" || s_files.ContainsKey(p));

    /// <summary>
    /// Indices where <paramref name="word"/> (letters only) may break: a break at i puts
    /// <c>word[..i]</c> before the hyphen. Empty for words shorter than <see cref="MinWordLength"/>.
    /// </summary>
    public int[] Hyphenate(string word) => Hyphenate(word.AsSpan());

    /// <inheritdoc cref="Hyphenate(string)"/>
    public int[] Hyphenate(ReadOnlySpan<char> word)
    {
        if (word.Length < MinWordLength) return [];
        // Looked up by span: a word seen before costs no allocation.
        if (_cache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var cached)) return cached;
        var key = word.ToString();
        return _cache.GetOrAdd(key, Compute(key.ToLowerInvariant()));
    }

    private int[] Compute(string word)
    {
        if (_exceptions.TryGetValue(word, out var exception)) return exception;
        var dotted = "." + word + ".";
        var points = new byte[dotted.Length + 1];
        var lookup = _patterns.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var start = 0; start < dotted.Length; start++)
            for (var len = 1; len <= Math.Min(_maxPatternLength, dotted.Length - start); len++)
                if (lookup.TryGetValue(dotted.AsSpan(start, len), out var p))
                    for (var j = 0; j < p.Length; j++)
                        if (p[j] > points[start + j]) points[start + j] = p[j];

        // points[i + 1] sits between word[i - 1] and word[i] (the leading dot shifts by one).
        var result = new List<int>();
        for (var i = _leftMin; i <= word.Length - _rightMin; i++)
            if ((points[i + 1] & 1) == 1) result.Add(i);
        return result.ToArray();
    }

    private static Hyphenator FromResource(string name, IEnumerable<string> exceptions)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Publish.Layout.Hyphenation.{name}")
            ?? throw new InvalidOperationException($"Hyphenation patterns {name} are not embedded.");
        using var reader = new StreamReader(stream);
        var patterns = new List<string>();
        int leftMin = LeftMin, rightMin = RightMin;
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.StartsWith("LEFTHYPHENMIN ", StringComparison.Ordinal)) { leftMin = int.Parse(line[14..], System.Globalization.CultureInfo.InvariantCulture); continue; }
            if (line.StartsWith("RIGHTHYPHENMIN ", StringComparison.Ordinal)) { rightMin = int.Parse(line[15..], System.Globalization.CultureInfo.InvariantCulture); continue; }
            // The header names the charset; lines with other characters (ligatures, apostrophes)
            // serve libhyphen's own handling and never match the letter runs we hyphenate.
            if (line.Length == 0 || line.StartsWith('%') || !line.All(c => c is '.' || char.IsAsciiDigit(c) || char.IsLower(c)))
                continue;
            patterns.Add(line);
        }
        return new Hyphenator(patterns, exceptions, leftMin, rightMin);
    }
}
