using System.Text;
using Publish.Model;

namespace Publish.Readers;

/// <summary>
/// Hands out unique, deterministic ids after pandoc's auto_identifiers rules. One instance spans a
/// whole document (a whole book), so ids stay unique across chapters.
/// </summary>
internal sealed class HeadingIds
{
    private readonly ClaimedIds _ids = new();

    /// <summary>Every id claimed so far, in claiming order.</summary>
    internal IReadOnlyList<string> Claimed => _ids.InOrder;

    /// <summary>Takes the ids a chapter claimed when it was read before, as if it were read again.</summary>
    internal void Replay(IEnumerable<string> ids) => _ids.Replay(ids);

    private bool Use(string id) => _ids.TryClaim(id);

    /// <summary>Claims an id written in the source (<c>{#id}</c>); a duplicate is a warning and gets a suffix.</summary>
    public string ClaimExplicit(string id, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (Use(id)) return id;
        var unique = Deduplicate(id);
        diagnostics.Report(DiagnosticCatalog.DuplicateId, $"duplicate id '{id}' is renamed to '{unique}'", span, "links to this id reach its first use");
        return unique;
    }

    /// <summary>Claims an id another reader chose, renaming it silently when it is taken.</summary>
    public string ClaimQuietly(string id) => Use(id) ? id : Deduplicate(id);

    /// <summary>Derives an id from the heading text; duplicates become <c>id-1</c>, <c>id-2</c>, ...</summary>
    public string ClaimAuto(IEnumerable<Inline> content) => ClaimAuto(PlainText.Of(content));

    /// <summary>Derives an id from plain heading text (readers that have no inlines yet).</summary>
    public string ClaimAuto(string text)
    {
        var id = Slug(text);
        return Use(id) ? id : Deduplicate(id);
    }

    /// <summary>Derives an id the way GitHub does for a Markdown file's headings (for <c>--from gfm</c>).</summary>
    public string ClaimGithub(IEnumerable<Inline> content)
    {
        var id = GithubSlug(PlainText.Of(content));
        return Use(id) ? id : Deduplicate(id);
    }

    /// <summary>
    /// GitHub (and pandoc's gfm_auto_identifiers): lowercase, drop punctuation but '-' and '_',
    /// each space a hyphen — "dns.lookup(hostname[, options])" → "dnslookuphostname-options".
    /// </summary>
    public static string GithubSlug(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (c == ' ') sb.Append('-');
            else if (char.IsLetterOrDigit(c) || c is '_' or '-') sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    private string Deduplicate(string id)
    {
        for (var n = 1; ; n++)
        {
            var candidate = $"{id}-{n}";
            if (Use(candidate)) return candidate;
        }
    }

    /// <summary>
    /// pandoc: drop everything but letters, digits, '_', '-' and '.'; spaces become hyphens;
    /// lowercase; drop everything before the first letter; "section" when nothing is left.
    /// </summary>
    public static string Slug(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { pendingSpace = true; continue; }
            if (!char.IsLetterOrDigit(c) && c is not ('_' or '-' or '.')) continue;
            if (pendingSpace && sb.Length > 0) sb.Append('-');
            pendingSpace = false;
            sb.Append(char.ToLowerInvariant(c));
        }
        var first = 0;
        while (first < sb.Length && !char.IsLetter(sb[first])) first++;
        return first == sb.Length ? "section" : sb.ToString(first, sb.Length - first);
    }
}
