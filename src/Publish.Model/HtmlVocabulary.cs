using System.Text.RegularExpressions;

namespace Publish.Model;

/// <summary>What an HTML element may hold, after the HTML5 content models (kept to what matters for valid XHTML).</summary>
internal enum HtmlContent
{
    /// <summary>No content: br, wbr, hr, img, col.</summary>
    Void,
    /// <summary>Text and phrasing elements only: span, em, p, h1, pre, dt, summary…</summary>
    Phrasing,
    /// <summary>Blocks or phrasing: div, li, td, blockquote, section…</summary>
    Flow,
    /// <summary>What its parent may hold: a, del, ins.</summary>
    Transparent,
    /// <summary>Only the elements <see cref="HtmlVocabulary.AllowedChildren"/> names: table, tr, ul, dl…</summary>
    Structured,
}

/// <summary>
/// The raw HTML the model may carry: HTML5 elements valid in EPUB 3 XHTML that neither script,
/// embed, submit nor style anything, and per element the attributes that are safe to keep.
/// Readers check raw HTML against it; writers check again before they write.
/// </summary>
internal static class HtmlVocabulary
{
    private sealed record Rule(HtmlContent Content, bool IsPhrasing, string[] Attributes, string[]? Children = null, string[]? Parents = null);

    private static readonly string[] None = [];
    // No 'headers': it must name header cells of the same table, which a reader cannot promise.
    private static readonly string[] Cell = ["colspan", "rowspan"];
    private static readonly string[] TableParts = ["caption", "colgroup", "thead", "tbody", "tfoot", "tr"];
    private static readonly string[] RowGroups = ["table", "thead", "tbody", "tfoot"];

    private static readonly Dictionary<string, Rule> Rules = new()
    {
        // Phrasing elements (inline).
        ["abbr"] = new(HtmlContent.Phrasing, true, None), ["b"] = new(HtmlContent.Phrasing, true, None),
        ["bdi"] = new(HtmlContent.Phrasing, true, None), ["bdo"] = new(HtmlContent.Phrasing, true, None),
        ["cite"] = new(HtmlContent.Phrasing, true, None), ["code"] = new(HtmlContent.Phrasing, true, None),
        ["data"] = new(HtmlContent.Phrasing, true, ["value"]), ["dfn"] = new(HtmlContent.Phrasing, true, None),
        ["em"] = new(HtmlContent.Phrasing, true, None), ["i"] = new(HtmlContent.Phrasing, true, None),
        ["kbd"] = new(HtmlContent.Phrasing, true, None), ["mark"] = new(HtmlContent.Phrasing, true, None),
        ["q"] = new(HtmlContent.Phrasing, true, ["cite"]), ["s"] = new(HtmlContent.Phrasing, true, None),
        ["samp"] = new(HtmlContent.Phrasing, true, None), ["small"] = new(HtmlContent.Phrasing, true, None),
        ["span"] = new(HtmlContent.Phrasing, true, None), ["strong"] = new(HtmlContent.Phrasing, true, None),
        ["sub"] = new(HtmlContent.Phrasing, true, None), ["sup"] = new(HtmlContent.Phrasing, true, None),
        ["time"] = new(HtmlContent.Phrasing, true, ["datetime"]), ["u"] = new(HtmlContent.Phrasing, true, None),
        ["var"] = new(HtmlContent.Phrasing, true, None), ["ruby"] = new(HtmlContent.Phrasing, true, None),
        ["rt"] = new(HtmlContent.Phrasing, true, None, Parents: ["ruby"]),
        ["rp"] = new(HtmlContent.Phrasing, true, None, Parents: ["ruby"]),
        ["a"] = new(HtmlContent.Transparent, true, ["href", "hreflang"]),
        ["del"] = new(HtmlContent.Transparent, true, ["cite", "datetime"]),
        ["ins"] = new(HtmlContent.Transparent, true, ["cite", "datetime"]),
        ["br"] = new(HtmlContent.Void, true, None), ["wbr"] = new(HtmlContent.Void, true, None),
        ["img"] = new(HtmlContent.Void, true, ["src", "alt", "width", "height"]),
        // Blocks.
        ["p"] = new(HtmlContent.Phrasing, false, None), ["pre"] = new(HtmlContent.Phrasing, false, None),
        ["h1"] = new(HtmlContent.Phrasing, false, None), ["h2"] = new(HtmlContent.Phrasing, false, None),
        ["h3"] = new(HtmlContent.Phrasing, false, None), ["h4"] = new(HtmlContent.Phrasing, false, None),
        ["h5"] = new(HtmlContent.Phrasing, false, None), ["h6"] = new(HtmlContent.Phrasing, false, None),
        ["hr"] = new(HtmlContent.Void, false, None),
        ["div"] = new(HtmlContent.Flow, false, None), ["blockquote"] = new(HtmlContent.Flow, false, ["cite"]),
        ["section"] = new(HtmlContent.Flow, false, None), ["article"] = new(HtmlContent.Flow, false, None),
        ["aside"] = new(HtmlContent.Flow, false, None), ["header"] = new(HtmlContent.Flow, false, None),
        ["footer"] = new(HtmlContent.Flow, false, None), ["nav"] = new(HtmlContent.Flow, false, None),
        ["address"] = new(HtmlContent.Flow, false, None), ["main"] = new(HtmlContent.Flow, false, None),
        ["figure"] = new(HtmlContent.Flow, false, None),
        ["figcaption"] = new(HtmlContent.Flow, false, None, Parents: ["figure"]),
        ["details"] = new(HtmlContent.Flow, false, ["open"]),
        ["summary"] = new(HtmlContent.Phrasing, false, None, Parents: ["details"]),
        ["ul"] = new(HtmlContent.Structured, false, None, Children: ["li"]),
        ["ol"] = new(HtmlContent.Structured, false, ["start", "reversed", "type"], Children: ["li"]),
        ["li"] = new(HtmlContent.Flow, false, ["value"], Parents: ["ul", "ol"]),
        ["dl"] = new(HtmlContent.Structured, false, None, Children: ["dt", "dd"]),
        ["dt"] = new(HtmlContent.Phrasing, false, None, Parents: ["dl"]),
        ["dd"] = new(HtmlContent.Flow, false, None, Parents: ["dl"]),
        ["table"] = new(HtmlContent.Structured, false, None, Children: TableParts),
        ["caption"] = new(HtmlContent.Flow, false, None, Parents: ["table"]),
        ["colgroup"] = new(HtmlContent.Structured, false, ["span"], Children: ["col"], Parents: ["table"]),
        ["col"] = new(HtmlContent.Void, false, ["span"], Parents: ["colgroup"]),
        ["thead"] = new(HtmlContent.Structured, false, None, Children: ["tr"], Parents: ["table"]),
        ["tbody"] = new(HtmlContent.Structured, false, None, Children: ["tr"], Parents: ["table"]),
        ["tfoot"] = new(HtmlContent.Structured, false, None, Children: ["tr"], Parents: ["table"]),
        ["tr"] = new(HtmlContent.Structured, false, None, Children: ["td", "th"], Parents: RowGroups),
        ["td"] = new(HtmlContent.Flow, false, Cell, Parents: ["tr"]),
        ["th"] = new(HtmlContent.Flow, false, [.. Cell, "scope", "abbr"], Parents: ["tr"]),
    };

    /// <summary>Attributes every kept element may carry. No <c>style</c>: themes style the book, not the source.</summary>
    private static readonly HashSet<string> Global = ["id", "class", "title", "lang", "dir"];

    /// <summary>Elements never published, whose content goes with them (it is code or form state, not text).</summary>
    public static readonly IReadOnlySet<string> DroppedWithContent = new HashSet<string>
    {
        "script", "style", "iframe", "object", "embed", "template", "textarea", "noscript", "svg", "math", "video",
        "audio", "canvas", "select", "title", "head", "option", "button", "applet", "frameset", "noembed", "xmp",
    };

    public static bool IsElement(string name) => Rules.ContainsKey(name);

    /// <summary>True for elements that stand inside a line of text (span, em, a, img…).</summary>
    public static bool IsPhrasing(string name) => Rules.TryGetValue(name, out var r) && r.IsPhrasing;

    public static HtmlContent ContentOf(string name) => Rules.TryGetValue(name, out var r) ? r.Content : HtmlContent.Void;

    public static bool IsVoid(string name) => ContentOf(name) == HtmlContent.Void;

    /// <summary>For structured elements (table, tr, ul, dl…) the only children allowed; null for all others.</summary>
    public static IReadOnlyList<string>? AllowedChildren(string name) => Rules.TryGetValue(name, out var r) ? r.Children : null;

    /// <summary>The parents an element needs (li in ul/ol, td in tr…); null when any flow parent will do.</summary>
    public static IReadOnlyList<string>? RequiredParents(string name) => Rules.TryGetValue(name, out var r) ? r.Parents : null;

    /// <summary>
    /// Whether <paramref name="attribute"/> may be kept on <paramref name="element"/>. Event handlers,
    /// <c>style</c> and anything the element does not define are not; URLs are checked by <see cref="IsSafeUrl"/>.
    /// </summary>
    public static bool IsAllowedAttribute(string element, string attribute) =>
        !attribute.StartsWith("on", StringComparison.Ordinal) && Rules.TryGetValue(element, out var r)
        && (Global.Contains(attribute) || r.Attributes.Contains(attribute));

    /// <summary>
    /// The value as it may be written, or null when the attribute's value is not valid XHTML
    /// (epubcheck refuses a non-numeric colspan, an unknown dir, a malformed language tag or date…).
    /// Boolean attributes (open, reversed) are written empty, which is what their presence means.
    /// URLs are checked by <see cref="IsSafeUrl"/>.
    /// </summary>
    public static string? CheckedValue(string attribute, string value)
    {
        var v = value.Trim();
        return attribute switch
        {
            "colspan" or "rowspan" or "span" => Regex.IsMatch(v, "^[1-9][0-9]{0,3}$") ? v : null,
            "width" or "height" => Regex.IsMatch(v, "^[0-9]{1,5}$") ? v : null,
            "start" or "value" => Regex.IsMatch(v, "^-?[0-9]{1,9}$") ? v : null,
            "type" => v is "1" or "a" or "A" or "i" or "I" ? v : null,
            "open" or "reversed" => v.Length == 0 || v.Equals(attribute, StringComparison.OrdinalIgnoreCase) ? "" : null,
            "scope" => v.ToLowerInvariant() is "row" or "col" or "rowgroup" or "colgroup" ? v.ToLowerInvariant() : null,
            "dir" => v.ToLowerInvariant() is "ltr" or "rtl" or "auto" ? v.ToLowerInvariant() : null,
            "lang" or "hreflang" => v.Length == 0 || Regex.IsMatch(v, "^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$") ? v : null,
            "datetime" => Regex.IsMatch(v, DateTime) ? v : null,
            _ => value,
        };
    }

    // The date and time forms HTML's datetime attribute takes (a year, a month, a date, a time, or a date and time with a zone).
    private const string DateTime = @"^([0-9]{4,}(-[0-9]{2}(-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,3})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?)?)?|[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,3})?)?)$";

    /// <summary>Only URLs a reader can follow safely: web, mail, or relative (inside the book). No javascript:, no data:.</summary>
    public static bool IsSafeUrl(string url)
    {
        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':');
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon)) return true;
        var scheme = trimmed[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }
}
