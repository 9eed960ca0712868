using Publish.Infrastructure;
using Publish.Model;
namespace Publish.Styling.Binding;

/// <summary>"Did you mean" for mistyped keys and values: the closest known word within a small edit distance.</summary>
internal static class Suggestion
{
    public static string? Closest(string word, IEnumerable<string> known)
    {
        // Two edits catch the usual slips (a swapped pair, a missing hyphen, a doubled letter)
        // without proposing unrelated short keys.
        var limit = Math.Max(1, Math.Min(2, word.Length / 3));
        return known
            .Select(k => (Key: k, Distance: EditDistance.Between(word.ToLowerInvariant(), k.ToLowerInvariant())))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .Select(c => c.Key)
            .FirstOrDefault();
    }
}
