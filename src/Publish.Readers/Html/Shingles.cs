using System.Text.RegularExpressions;

namespace Publish.Readers.Html;

/// <summary>Texts as multisets of 4-word shingles, to compare two texts regardless of markup.</summary>
internal static partial class Shingles
{
    /// <summary>Four words: long enough that shared shingles mean shared sentences, short enough for short paragraphs.</summary>
    private const int Size = 4;

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    public static Dictionary<string, int> Of(string text)
    {
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        var counts = new Dictionary<string, int>();
        if (words.Count < Size)
        {
            counts[string.Join(' ', words)] = 1;
            return counts;
        }
        for (var i = 0; i + Size <= words.Count; i++)
        {
            var key = string.Join(' ', words, i, Size);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    /// <summary>Shingle F1 of a prediction against a reference: the benchmark's per-page measure.</summary>
    public static double F1(Dictionary<string, int> reference, Dictionary<string, int> predicted)
    {
        var (tp, fp, fn) = Match(reference, predicted);
        if (fp == 0 && fn == 0) return 1;
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    public static (int TruePositive, int FalsePositive, int FalseNegative) Match(Dictionary<string, int> reference, Dictionary<string, int> predicted)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (key, count) in predicted)
        {
            var shared = Math.Min(count, reference.GetValueOrDefault(key));
            tp += shared;
            fp += count - shared;
        }
        foreach (var (key, count) in reference) fn += Math.Max(0, count - predicted.GetValueOrDefault(key));
        return (tp, fp, fn);
    }
}
