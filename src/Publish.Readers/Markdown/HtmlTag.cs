using System.Text.RegularExpressions;

namespace Publish.Readers.Markdown;

/// <summary>One raw HTML tag as written in Markdown: name, whether it closes, and its attributes.</summary>
internal sealed partial record HtmlTag(string Name, bool IsClosing, bool IsSelfClosing, IReadOnlyList<KeyValuePair<string, string>> Attributes)
{
    [GeneratedRegex(@"^<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^<>]*?)?)\s*(/?)>$", RegexOptions.Singleline)]
    private static partial Regex TagPattern();

    [GeneratedRegex("""([A-Za-z_:@][-A-Za-z0-9_:.@]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")]
    private static partial Regex AttributePattern();

    /// <summary>Null for comments, declarations, processing instructions and anything not a single tag.</summary>
    public static HtmlTag? Parse(string text)
    {
        var m = TagPattern().Match(text.Trim());
        if (!m.Success) return null;
        var attributes = AttributePattern().Matches(m.Groups[3].Value)
            .Select(a => new KeyValuePair<string, string>(a.Groups[1].Value.ToLowerInvariant(),
                System.Net.WebUtility.HtmlDecode(a.Groups[2].Success ? a.Groups[2].Value : a.Groups[3].Success ? a.Groups[3].Value : a.Groups[4].Value)))
            .ToList();
        return new HtmlTag(m.Groups[2].Value.ToLowerInvariant(), m.Groups[1].Value == "/", m.Groups[4].Value == "/", attributes);
    }

    public string? this[string name] => Attributes.FirstOrDefault(a => a.Key == name).Value;

    /// <summary>Event handlers (<c>onclick</c>…) and inline styles are never carried into the model.</summary>
    public bool HasUnsafeAttributes => Attributes.Any(a => a.Key.StartsWith("on", StringComparison.Ordinal) || a.Key == "srcdoc");

    /// <summary>The element's id and classes as our attribute bag; everything else is left behind.</summary>
    public Publish.Model.Attr ToAttr() => new(this["id"] ?? "",
        (this["class"] ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries), []);

    /// <summary>Only links a reader can follow safely: web, mail, or inside the book.</summary>
    public static bool IsSafeUrl(string url)
    {
        var colon = url.IndexOf(':');
        var slash = url.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon)) return true; // relative
        var scheme = url[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }
}
