using System.Text;
using Publish.Model;

namespace Publish.Epub.Xhtml;

/// <summary>
/// Keeps ids unique across everything written into one package, and valid as XML names
/// (epubcheck rejects ids such as <c>1-intro</c>). Generated ids (footnotes) avoid every id
/// the document itself uses, so a heading called <c>fn1</c> never collides with a note.
/// </summary>
internal sealed class IdRegistry
{
    private readonly HashSet<string> _reserved = new(StringComparer.Ordinal);
    private readonly ClaimedIds _used = new();

    /// <summary>How many ids have been claimed or generated so far.</summary>
    internal int Count => _used.Count;

    /// <summary>The ids claimed or generated since <paramref name="count"/> were.</summary>
    internal IReadOnlyList<string> ClaimedSince(int count) => _used.Since(count);

    /// <summary>Takes ids as a cached chapter claimed them, as if it had been written again.</summary>
    internal void Replay(IEnumerable<string> ids) => _used.Replay(ids);

    private bool Use(string id) => _used.TryClaim(id);

    /// <summary>Marks the document's own ids so generated ones steer clear of them.</summary>
    public void Reserve(string id) { if (id.Length > 0) _reserved.Add(Sanitize(id)); }

    /// <summary>The id to write for a node's id, or null when it is empty or already taken.</summary>
    public string? Claim(string id)
    {
        if (id.Length == 0) return null;
        var clean = Sanitize(id);
        return Use(clean) ? clean : null;
    }

    /// <summary>A fresh id <c>prefix + n</c>, suffixed until it clashes with nothing.</summary>
    public string Generate(string prefix, int n)
    {
        var candidate = prefix + n;
        for (var k = 2; _reserved.Contains(candidate) || _used.Contains(candidate); k++) candidate = $"{prefix}{n}-{k}";
        Use(candidate);
        return candidate;
    }

    /// <summary>An XML NCName for any string: invalid characters become '-', a bad start gets a prefix.</summary>
    public static string Sanitize(string id)
    {
        var sb = new StringBuilder(id.Length + 3);
        foreach (var c in id) sb.Append(IsNameChar(c) ? c : '-');
        if (sb.Length == 0 || !IsNameStart(sb[0])) sb.Insert(0, "id-");
        return sb.ToString();
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsNameChar(char c) =>
        char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '\u00B7' || char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
