using System.Text;
using System.Text.RegularExpressions;

namespace Publish.Cli.Tests.Pandoc;

/// <summary>
/// How far two renderings of one source agree: their leaf blocks aligned in order (longest common
/// subsequence of kind and normalised text), and the words of one that the other lacks.
/// </summary>
public sealed partial record BlockAgreement(int Matched, int Theirs, int Ours, IReadOnlyList<LeafBlock> OnlyTheirs, IReadOnlyList<LeafBlock> OnlyOurs, IReadOnlyList<string> MissingWords)
{
    /// <summary>Blocks matched over the larger of the two counts: extra blocks of ours cost as much as missing ones.</summary>
    public double Score => Math.Max(Theirs, Ours) == 0 ? 1 : (double)Matched / Math.Max(Theirs, Ours);

    public static BlockAgreement Compare(IReadOnlyList<LeafBlock> theirs, IReadOnlyList<LeafBlock> ours)
    {
        var (onlyTheirs, onlyOurs, matched) = Align(theirs, ours);
        var ourWords = Words(string.Join(' ', ours.Select(b => b.Text))).ToHashSet();
        var missing = Words(string.Join(' ', theirs.Select(b => b.Text))).Where(w => !ourWords.Contains(w)).Distinct().ToList();
        return new BlockAgreement(matched, theirs.Count, ours.Count, onlyTheirs, onlyOurs, missing);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    /// <summary>The words of a text, lower-cased: runs of letters and digits.</summary>
    public static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => m.Value.ToLowerInvariant());

    // Classic LCS table; the documents have a few thousand blocks, so n·m shorts fit easily.
    private static (List<LeafBlock>, List<LeafBlock>, int) Align(IReadOnlyList<LeafBlock> a, IReadOnlyList<LeafBlock> b)
    {
        var n = a.Count;
        var m = b.Count;
        var table = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
            for (var j = m - 1; j >= 0; j--)
                table[i, j] = a[i] == b[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
        var onlyA = new List<LeafBlock>();
        var onlyB = new List<LeafBlock>();
        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (a[x] == b[y]) { x++; y++; }
            else if (table[x + 1, y] >= table[x, y + 1]) onlyA.Add(a[x++]);
            else onlyB.Add(b[y++]);
        }
        onlyA.AddRange(a.Skip(x));
        onlyB.AddRange(b.Skip(y));
        return (onlyA, onlyB, table[0, 0]);
    }

    /// <summary>A readable account: the score, then the blocks each side has alone and the missing words.</summary>
    public string Report(string name, int limit = 40)
    {
        var s = new StringBuilder();
        s.AppendLine($"{name}: {Score:0.000} ({Matched} matched; pandoc {Theirs}, ours {Ours}; {MissingWords.Count} of pandoc's words missing)");
        foreach (var block in OnlyTheirs.Take(limit)) s.AppendLine($"  - pandoc {Clip(block)}");
        foreach (var block in OnlyOurs.Take(limit)) s.AppendLine($"  + ours   {Clip(block)}");
        if (MissingWords.Count > 0) s.AppendLine("  missing words: " + string.Join(' ', MissingWords.Take(60)));
        return s.ToString();
    }

    private static string Clip(LeafBlock block) => block.Text.Length > 160 ? $"{block.Kind}: {block.Text[..160]}…" : block.ToString();
}
