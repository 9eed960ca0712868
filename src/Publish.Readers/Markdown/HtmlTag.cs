using System.Text.RegularExpressions;

namespace Publish.Readers.Markdown;

/// <summary>One raw HTML tag as written in Markdown: name, whether it closes, and its attributes.</summary>
internal sealed partial record HtmlTag(string Name, bool IsClosing, bool IsSelfClosing, IReadOnlyList<KeyValuePair<string, string>> Attributes)
{
    // CommonMark's open and closing tag grammar (spec section "Raw HTML"), so we see the tags Markdig sees.
    private const string Attribute = """\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?""";

    /// <summary>One open or closing tag, unanchored; groups: closing slash, name, attributes, self-closing slash.</summary>
    internal const string Pattern = @"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:" + Attribute + @")*)\s*(/?)>";

    [GeneratedRegex("^" + Pattern + "$", RegexOptions.Singleline)]
    private static partial Regex TagPattern();

    [GeneratedRegex("""([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")]
    private static partial Regex AttributePattern();

    /// <summary>Null for comments, declarations, processing instructions and anything not a single tag.</summary>
    public static HtmlTag? Parse(string text)
    {
        var m = TagPattern().Match(text.Trim());
        if (!m.Success) return null;
        var closing = m.Groups[1].Value == "/";
        if (closing && (m.Groups[3].Length > 0 || m.Groups[4].Length > 0)) return null; // a closing tag has no attributes
        var attributes = AttributePattern().Matches(m.Groups[3].Value)
            .Select(a => new KeyValuePair<string, string>(a.Groups[1].Value.ToLowerInvariant(),
                System.Net.WebUtility.HtmlDecode(a.Groups[2].Success ? a.Groups[2].Value : a.Groups[3].Success ? a.Groups[3].Value : a.Groups[4].Value)))
            .ToList();
        return new HtmlTag(m.Groups[2].Value.ToLowerInvariant(), closing, m.Groups[4].Value == "/", attributes);
    }

    public string? this[string name] => Attributes.FirstOrDefault(a => a.Key == name).Value;

    public override string ToString() => IsClosing ? $"</{Name}>" : $"<{Name}>";
}
