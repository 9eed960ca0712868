using System.Reflection;
using System.Text;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Publish.Readers.Markdown;

/// <summary>
/// CommonMark matches reference labels after Unicode case folding, so <c>[ẞ]</c> finds
/// <c>[SS]: /url</c>. Markdig compares labels case-insensitively per character, which misses the
/// folds that change length (ß → ss, ligatures). This parser opens no inline; it stands first for
/// '[' and, once per document (all definitions are read before any inline), gives Markdig's label
/// table a comparer that folds fully.
/// </summary>
internal sealed class ReferenceLabelFolding : InlineParser
{
    // Markdig exposes the table but not its comparer; the property has no setter, so its backing field is replaced.
    private static readonly FieldInfo? LinksField =
        typeof(LinkReferenceDefinitionGroup).GetField("<Links>k__BackingField", BindingFlags.Instance | BindingFlags.NonPublic);

    public ReferenceLabelFolding() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (LinksField is null || processor.Document.GetData(typeof(LinkReferenceDefinitionGroup)) is not LinkReferenceDefinitionGroup group
            || group.Links.Comparer is CaseFoldingComparer) return false;
        var folded = new Dictionary<string, LinkReferenceDefinition>(CaseFoldingComparer.Instance);
        // The first definition of a label wins (CommonMark); the table enumerates in the order it was filled.
        foreach (var (label, definition) in group.Links) folded.TryAdd(label, definition);
        LinksField.SetValue(group, folded);
        return false;
    }
}

/// <summary>Compares strings after Unicode full case folding (the simple folding plus the mappings .NET lacks).</summary>
internal sealed class CaseFoldingComparer : IEqualityComparer<string>
{
    public static readonly CaseFoldingComparer Instance = new();

    // The full case-folding mappings of CaseFolding.txt that turn one character into several
    // (status F) for the Latin script; Greek and Armenian ones are rarer than a reference label.
    private static readonly Dictionary<char, string> Multiple = new()
    {
        ['ß'] = "ss", ['ẞ'] = "ss", ['ŉ'] = "ʼn", ['İ'] = "i\u0307", ['ǰ'] = "j\u030C",
        ['ﬀ'] = "ff", ['ﬁ'] = "fi", ['ﬂ'] = "fl", ['ﬃ'] = "ffi", ['ﬄ'] = "ffl", ['ﬅ'] = "st", ['ﬆ'] = "st",
    };

    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Multiple.TryGetValue(c, out var many)) sb.Append(many);
            else sb.Append(char.ToLowerInvariant(char.ToUpperInvariant(c)));
        }
        return sb.ToString();
    }

    public bool Equals(string? x, string? y) => x is null || y is null ? x == y : Fold(x) == Fold(y);

    public int GetHashCode(string obj) => StringComparer.Ordinal.GetHashCode(Fold(obj));
}
