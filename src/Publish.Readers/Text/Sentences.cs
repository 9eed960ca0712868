namespace Publish.Readers.Text;

/// <summary>The shape of sentences at line edges: where one ends, where one can start.</summary>
internal static class Sentences
{
    // Titles that end with a period but never end a sentence in running prose.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Mt.", "Gen.", "Col.", "Capt.", "Lt.", "Sgt.", "Rev.", "Hon.", "Sen.", "Rep.", "Gov.",
        "vs.", "e.g.", "i.e.", "cf.", "etc.,", "No.",
    };

    private const string Closers = "\"'\u201D\u2019)]";
    private static readonly char[] CloserChars = Closers.ToCharArray();

    /// <summary>True when the text ends with sentence punctuation, maybe inside closing quotes or brackets.</summary>
    public static bool Ends(string text)
    {
        var end = text.Length;
        while (end > 0 && Closers.Contains(text[end - 1])) end--;
        if (end == 0) return false;
        var last = text[end - 1];
        if (last is not ('.' or '!' or '?' or '\u2026')) return false;
        if (last == '.')
        {
            var lastWord = text[(text.LastIndexOf(' ', end - 1) + 1)..end];
            if (Abbreviations.Contains(lastWord)) return false;
        }
        return true;
    }

    /// <summary>Like <see cref="Ends"/>, but also accepts a colon: a paragraph may end leading into a quote.</summary>
    public static bool EndsClause(string text) => Ends(text) || text.TrimEnd(CloserChars).EndsWith(':');

    /// <summary>True when the text can open a sentence: a capital, a digit or an opening quote or bracket.</summary>
    public static bool CanStart(string text)
    {
        foreach (var c in text)
        {
            if (c is '"' or '\'' or '\u201C' or '\u2018' or '(' or '[' or '\u2014' or '-') continue;
            return char.IsUpper(c) || char.IsDigit(c) || !char.IsLetter(c);
        }
        return false;
    }

    /// <summary>Counts the sentences in a run of text (sentence punctuation followed by a space or the end).</summary>
    public static int Count(string text)
    {
        var count = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (Ends(word)) count++;
        return Math.Max(count, 1);
    }
}
