namespace Publish.Readers.Text;

/// <summary>
/// A section heading in scraped text: a short line without closing punctuation, in Title Case or
/// ALL CAPS, standing between paragraphs. Wrapped prose cannot look like this, because a wrapped
/// line is long and a paragraph's last line ends with punctuation.
/// </summary>
internal static class SectionHeadings
{
    private const int MaxLength = 80;
    private const int MaxWords = 12;

    // Words Title Case leaves in lower case (Chicago and AP style agree on these).
    private static readonly HashSet<string> MinorWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
        "per", "to", "up", "via", "vs", "with", "from", "into", "onto", "over", "than", "that", "upon", "is", "are", "be",
    };

    public static bool HasShape(string text)
    {
        if (text.Length > MaxLength || (!char.IsUpper(text[0]) && !char.IsDigit(text[0]))) return false;
        var last = text[^1];
        if (last is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or '\u201D' or '\u2019' or ')' or '-' or '\u2026') return false;
        var words = text.Split(' ');
        if (words.Length > MaxWords || !text.Any(char.IsLetter)) return false;
        return IsAllCaps(text) || IsTitleCase(words);
    }

    public static bool IsAllCaps(string text) => text.Count(char.IsLetter) >= 2 && !text.Any(char.IsLower);

    private static bool IsTitleCase(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].TrimStart('(', '"', '\'', '\u201C', '\u2018');
            if (word.Length == 0 || !char.IsLetter(word[0])) continue;
            if (i > 0 && MinorWords.Contains(word)) continue;
            if (!char.IsUpper(word[0])) return false;
        }
        return true;
    }
}
