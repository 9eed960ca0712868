using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Publish.Cli.Tests.Accessibility;

/// <summary>
/// A tagged PDF's structure tree as poppler prints it (<c>pdfinfo -struct-text</c>): each element
/// on a line, indented by depth, and the text of each marked-content sequence quoted under it.
/// </summary>
public sealed partial class StructureText
{
    public required IReadOnlyList<string> Lines { get; init; }

    public static StructureText Of(string pdf)
    {
        Assert.SkipUnless(Has("pdfinfo"), "pdfinfo (poppler-utils) is not installed");
        var info = new ProcessStartInfo("pdfinfo") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-struct-text");
        info.ArgumentList.Add(pdf);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new StructureText { Lines = output.Result.Split('\n') };
    }

    /// <summary>How many elements of the role (<c>P</c>, <c>H1</c>, <c>Figure</c>…) the tree has.</summary>
    public int Count(string role) => Lines.Count(l => Role(l) == role);

    /// <summary>The roles of the element lines in order, with their depth.</summary>
    public IEnumerable<(int Depth, string Role)> Elements =>
        Lines.Where(l => Role(l) is not null).Select(l => ((l.Length - l.TrimStart().Length) / 2, Role(l)!));

    /// <summary>All quoted text, in tree order, joined by spaces.</summary>
    public string Text => string.Join(" ", Lines.Select(l => Quoted().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value));

    private static string? Role(string line)
    {
        var m = ElementLine().Match(line);
        return m.Success ? m.Groups[1].Value : null;
    }

    public static bool Has(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, tool)));

    [GeneratedRegex(@"^\s*""(.*)""\s*$")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^\s*([A-Z][A-Za-z0-9]*)(?::| \(|$)")]
    private static partial Regex ElementLine();
}

/// <summary>How much of a text survives in another, in order.</summary>
public static partial class WordsInOrder
{
    /// <summary>Words of the source (lowercase letters and digits) in order.</summary>
    public static string[] Of(string text) => Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();

    /// <summary>
    /// The share of <paramref name="source"/>'s words found in <paramref name="copy"/> in the same
    /// order: a greedy walk that, at a mismatch, skips the fewest words on either side after which
    /// three words agree again (a lower bound of the longest common subsequence).
    /// </summary>
    public static double Share(string[] source, string[] copy, int window = 400)
    {
        int i = 0, j = 0, matched = 0;
        while (i < source.Length && j < copy.Length)
        {
            if (source[i] == copy[j]) { matched++; i++; j++; continue; }
            var resynced = false;
            for (var d = 1; d <= window && !resynced; d++)
            {
                if (Agree(source, i + d, copy, j)) { i += d; resynced = true; }
                else if (Agree(source, i, copy, j + d)) { j += d; resynced = true; }
            }
            if (!resynced) { i++; j++; }
        }
        return source.Length == 0 ? 1 : (double)matched / source.Length;
    }

    private static bool Agree(string[] a, int i, string[] b, int j)
    {
        for (var k = 0; k < 3; k++)
            if (i + k >= a.Length || j + k >= b.Length || a[i + k] != b[j + k]) return false;
        return true;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
