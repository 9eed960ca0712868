namespace Publish.Readers.Text;

/// <summary>
/// Gives an ALL CAPS headline its natural case back, word by word, from how the article itself
/// writes each word: "RODDICK TO FACE SAULNIER" → "Roddick to face Saulnier". A word the body
/// never uses is lower-cased, unless it is three letters or fewer: those are acronyms (UK, FA, SA),
/// since short common words would have turned up in the body.
/// </summary>
internal static class TitleCasing
{
    private const int AcronymLength = 3;

    public static string Recover(string title, IEnumerable<SourceLine> body)
    {
        if (!SectionHeadings.IsAllCaps(title)) return title;
        var forms = FormsInBody(body);
        var words = title.Split(' ');
        for (var i = 0; i < words.Length; i++)
            words[i] = Recase(words[i], forms, first: i == 0);
        return string.Join(' ', words);
    }

    private static string Recase(string word, Dictionary<string, Dictionary<string, int>> forms, bool first)
    {
        var (lead, core, trail) = Split(word);
        if (core.Length == 0) return word;
        var cased = CaseOf(core, forms);
        if (first) cased = char.ToUpperInvariant(cased[0]) + cased[1..];
        return lead + cased + trail;
    }

    private static string CaseOf(string core, Dictionary<string, Dictionary<string, int>> forms)
    {
        if (forms.TryGetValue(core.ToLowerInvariant(), out var seen))
            return seen.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
        // A possessive takes the case of its noun: "UK'S" → "UK's" when the body writes "UK".
        if (core.Length > 2 && (core.EndsWith("'S") || core.EndsWith("\u2019S")))
            return CaseOf(core[..^2], forms) + core[^2] + "s";
        return core.Count(char.IsLetter) <= AcronymLength ? core : core.ToLowerInvariant();
    }

    // How each word is spelled in the body, leaving out sentence starts (which capitalise anything).
    private static Dictionary<string, Dictionary<string, int>> FormsInBody(IEnumerable<SourceLine> body)
    {
        var forms = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var sentenceStart = true;
        foreach (var line in body)
            foreach (var token in line.Text.Split(' '))
            {
                var (_, core, _) = Split(token);
                if (core.Length > 0 && !sentenceStart)
                {
                    var key = core.ToLowerInvariant();
                    if (!forms.TryGetValue(key, out var counts)) forms[key] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
                    counts[core] = counts.GetValueOrDefault(core) + 1;
                }
                sentenceStart = Sentences.Ends(token);
            }
        return forms;
    }

    private static (string Lead, string Core, string Trail) Split(string token)
    {
        const string Outer = "\"'\u201C\u201D\u2018\u2019()[],.;:!?";
        var start = 0;
        var end = token.Length;
        while (start < end && Outer.Contains(token[start])) start++;
        while (end > start && Outer.Contains(token[end - 1])) end--;
        return (token[..start], token[start..end], token[end..]);
    }
}
