namespace Publish.Layout.Pages;

/// <summary>Shortening a running head that does not fit: whole words, then an ellipsis.</summary>
internal static class RunningHeadText
{
    public const string Ellipsis = "\u2026";

    // Punctuation that would dangle before the ellipsis ("Coup, …").
    private static readonly char[] Dangling = [',', ';', ':', '.', '-', '\u2013', '\u2014', ' ', '(', '\u2018', '\u201C', '\'', '"'];

    /// <summary>
    /// <paramref name="text"/> when <paramref name="fits"/> says so; otherwise the longest run of
    /// its leading words that fits with an ellipsis after it (at least the first word).
    /// </summary>
    public static string Shorten(string text, Func<string, bool> fits)
    {
        if (text.Length == 0 || fits(text)) return text;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Binary search on the number of words kept: fitting is monotonic in it.
        int low = 1, high = words.Length - 1, best = 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (fits(Candidate(words, mid))) { best = mid; low = mid + 1; }
            else high = mid - 1;
        }
        return Candidate(words, best);
    }

    private static string Candidate(string[] words, int count) =>
        string.Join(' ', words.Take(count)).TrimEnd(Dangling) + Ellipsis;
}
