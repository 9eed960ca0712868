using System.Text;

namespace Publish.Benchmarks;

/// <summary>
/// A deterministic book of about 1,000 pages at 6×9 in: 100 chapters of varied paragraphs with
/// the features a real book has (emphasis, footnotes, lists, a table, code), from a fixed seed.
/// </summary>
public static class SyntheticBook
{
    private static readonly string[] Words =
    [
        "the", "of", "and", "a", "to", "in", "is", "was", "that", "for", "it", "with", "as", "his", "on", "be",
        "at", "by", "had", "this", "not", "but", "from", "or", "have", "an", "they", "which", "one", "you",
        "were", "her", "all", "she", "there", "would", "their", "we", "him", "been", "has", "when", "who",
        "will", "more", "no", "if", "out", "so", "said", "what", "up", "its", "about", "into", "than", "them",
        "can", "only", "other", "new", "some", "could", "time", "these", "two", "may", "then", "do", "first",
        "any", "my", "now", "such", "like", "our", "over", "man", "me", "even", "most", "made", "after",
        "also", "did", "many", "before", "must", "through", "back", "years", "where", "much", "your", "way",
        "well", "down", "should", "because", "each", "just", "those", "people", "how", "too", "little",
        "state", "good", "very", "make", "world", "still", "own", "see", "men", "work", "long", "get", "here",
        "between", "both", "life", "being", "under", "never", "day", "same", "another", "know", "while",
        "last", "might", "us", "great", "old", "year", "off", "come", "since", "against", "go", "came",
        "right", "used", "take", "three", "extraordinary", "circumstances", "neighbourhood", "acquaintance",
        "consideration", "understanding", "correspondence", "establishment", "disappointment", "particularly",
    ];

    public static string Generate(int chapters = 100, int seed = 1342)
    {
        var random = new Random(seed);
        var sb = new StringBuilder();
        sb.AppendLine("---").AppendLine("title: A Synthetic Thousand Pages").AppendLine("author: Publish Benchmarks").AppendLine("---").AppendLine();
        for (var c = 1; c <= chapters; c++)
        {
            sb.AppendLine($"# Chapter {c}").AppendLine();
            for (var p = 0; p < 38; p++)
            {
                if (p == 12) sb.AppendLine($"## Part {c}.{p}").AppendLine();
                if (p == 20) sb.AppendLine("- one point\n- another point\n  - nested\n- a last point\n");
                if (p == 30 && c % 5 == 0) sb.AppendLine("| a | b | c |\n|---|:-:|--:|\n| 1 | 2 | 3 |\n| 4 | 5 | 6 |\n");
                sb.AppendLine(Paragraph(random, p % 7 == 3)).AppendLine();
            }
        }
        return sb.ToString();
    }

    private static string Paragraph(Random random, bool withNote)
    {
        var sb = new StringBuilder();
        var sentences = random.Next(3, 9);
        for (var s = 0; s < sentences; s++)
        {
            var length = random.Next(8, 28);
            for (var w = 0; w < length; w++)
            {
                var word = Words[random.Next(Words.Length)];
                if (w == 0) word = char.ToUpperInvariant(word[0]) + word[1..];
                if (w > 0) sb.Append(random.Next(12) == 0 ? ", " : " ");
                sb.Append(random.Next(40) == 0 ? $"*{word}*" : word);
            }
            sb.Append(s == sentences - 1 && withNote ? ".^[A note on this, with a few more words to set.] " : ". ");
        }
        return sb.ToString().TrimEnd();
    }
}
