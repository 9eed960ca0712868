using System.Text;

namespace Publish.Readers.Text;

/// <summary>Unique, deterministic heading ids: "Further Consolidation" → <c>further-consolidation</c>.</summary>
internal sealed class HeadingIds
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string For(string text)
    {
        var slug = Slug(text);
        if (slug.Length == 0) slug = "section";
        var id = slug;
        for (var n = 1; !_used.Add(id); n++) id = $"{slug}-{n}";
        return id;
    }

    private static string Slug(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && c < 128) sb.Append(char.ToLowerInvariant(c));
            else if ((c == ' ' || c == '-' || c == '_') && sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }
}
