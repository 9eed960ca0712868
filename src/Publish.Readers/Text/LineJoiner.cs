using System.Text;

namespace Publish.Readers.Text;

/// <summary>
/// Joins the lines of one paragraph. A hyphen at a line end is usually part of a compound
/// ("well-" + "known"), since text wrappers break after hyphens but never add them; it is dropped
/// only when the text itself spells the word without it elsewhere and neither half is a word of
/// its own ("exam-" + "ple" when "example" occurs; never "co-" + "operation").
/// </summary>
internal sealed class LineJoiner(IReadOnlyList<SourceLine> text)
{
    // Counted only when a line first ends with a hyphen: most texts never need it.
    private IReadOnlyDictionary<string, int>? _vocabulary;

    // Heads that make compounds ("co-operation", "re-elected"): the text may spell the same word
    // both ways, so seeing the solid form elsewhere does not prove the hyphen was the wrap's.
    private static readonly HashSet<string> CompoundPrefixes = new(StringComparer.Ordinal)
    {
        "co", "re", "pre", "non", "anti", "ex", "self", "post", "sub", "multi", "semi", "mid", "pro", "inter", "over", "under", "well", "cross",
    };

    /// <summary>How often each word (lower case, without outer punctuation) occurs in the text.</summary>
    private static IReadOnlyDictionary<string, int> VocabularyOf(IEnumerable<SourceLine> lines)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
            foreach (var word in line.Text.Split(' '))
            {
                var bare = Bare(word);
                words[bare] = words.GetValueOrDefault(bare) + 1;
            }
        return words;
    }

    public string Join(IReadOnlyList<SourceLine> lines)
    {
        var sb = new StringBuilder(lines[0].Text);
        for (var i = 1; i < lines.Count; i++)
        {
            var next = lines[i].Text;
            if (EndsWithDash(sb)) { /* an em dash written as "--" binds both sides */ }
            else if (EndsWithWrapHyphen(sb, next, out var dropHyphen)) { if (dropHyphen) sb.Length--; }
            else sb.Append(' ');
            sb.Append(next);
        }
        return sb.ToString();
    }

    private static bool EndsWithDash(StringBuilder sb) => sb.Length > 2 && sb[^1] == '-' && sb[^2] == '-' && sb[^3] != ' ';

    private bool EndsWithWrapHyphen(StringBuilder sb, string next, out bool dropHyphen)
    {
        dropHyphen = false;
        if (sb.Length < 2 || sb[^1] != '-' || !char.IsLetterOrDigit(sb[^2]) || !char.IsLetterOrDigit(next[0])) return false;
        var start = sb.Length - 1;
        while (start > 0 && sb[start - 1] != ' ') start--;
        var head = sb.ToString(start, sb.Length - start - 1);
        var tail = next.Split(' ', 2)[0];
        var hyphenated = Bare(head + "-" + tail);
        var solid = Bare(head + tail);
        // The tail was counted once where it starts the next line; a word of its own occurs again.
        var vocabulary = _vocabulary ??= VocabularyOf(text);
        dropHyphen = char.IsLower(next[0]) && vocabulary.ContainsKey(solid) && !vocabulary.ContainsKey(hyphenated)
            && !CompoundPrefixes.Contains(Bare(head)) && !vocabulary.ContainsKey(Bare(head))
            && vocabulary.GetValueOrDefault(Bare(tail)) < 2;
        return true;
    }

    private static string Bare(string word) =>
        word.Trim('"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '(', ')', '[', ']', ',', '.', ';', ':', '!', '?').ToLowerInvariant();
}
