namespace Publish.Readers.Html;

/// <summary>The HTML element names the reader treats alike.</summary>
internal static class HtmlNames
{
    private static readonly HashSet<string> s_block =
    [
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
        "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul",
        "summary", "body", "html", "picture", "video", "audio",
    ];

    /// <summary>Never content: removed from the page before anything is measured.</summary>
    public static readonly HashSet<string> Junk =
    [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "button", "input",
        "select", "textarea", "option", "link", "meta", "head", "dialog", "map", "area", "math-fallback",
    ];

    public static bool IsBlock(string name) => s_block.Contains(name);

    public static bool IsHeading(string name) => name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';
}
