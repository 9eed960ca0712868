using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Publish.Cli.Tests.Pandoc;

/// <summary>One leaf block of a rendered page: what kind of block it is and its normalised text.</summary>
public sealed record LeafBlock(string Kind, string Text)
{
    public override string ToString() => $"{Kind}: {Text}";
}

/// <summary>
/// Reads the leaf blocks (headings, paragraphs, list items, cells, code, notes) out of an HTML
/// page, ours or pandoc's, so two renderings of one source can be aligned whatever markup each
/// writer wraps them in. Tolerant of HTML that is not XML (pandoc writes HTML5).
/// </summary>
public static partial class LeafBlocks
{
    [GeneratedRegex("""<!--.*?-->|<![^>]*>|<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9]*)(?<attrs>(?:[^>"']|"[^"]*"|'[^']*')*)>|(?<text>[^<]+)|<""", RegexOptions.Singleline)]
    private static partial Regex Token();

    // Elements that end a leaf block; text directly inside them forms one.
    private static readonly HashSet<string> BlockElements =
    [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "pre", "dt", "dd", "blockquote", "div", "section",
        "aside", "figure", "figcaption", "caption", "table", "tr", "thead", "tbody", "tfoot", "ul", "ol", "dl", "hr",
        "header", "footer", "nav", "article", "main", "body", "details", "summary", "address",
    ];

    // Elements whose content is no text of the document (pandoc and ours mark notes differently).
    private static readonly HashSet<string> Skipped = ["head", "script", "style", "title", "template", "svg"];

    private static readonly HashSet<string> Void = ["br", "hr", "img", "input", "meta", "link", "wbr", "col", "source", "area", "base", "embed", "param", "track"];

    /// <summary>The leaf blocks of <paramref name="html"/>, in reading order, from its body (or all of it).</summary>
    public static List<LeafBlock> Of(string html)
    {
        var blocks = new List<LeafBlock>();
        var stack = new List<Frame>();
        var text = new StringBuilder();
        var skipDepth = 0; // > 0 inside an element whose text is ignored
        string? skipName = null;
        var mathDepth = 0;
        var annotation = false;

        void Flush()
        {
            var normal = Normalise(text.ToString());
            text.Clear();
            if (normal.Length == 0) return;
            blocks.Add(new LeafBlock(KindOf(stack), normal));
        }

        foreach (Match m in Token().Matches(html))
        {
            if (m.Groups["text"].Success)
            {
                if (skipDepth == 0 && (mathDepth == 0 || annotation)) text.Append(WebUtility.HtmlDecode(m.Value));
                continue;
            }
            if (!m.Groups["name"].Success) { if (skipDepth == 0 && m.Value == "<") text.Append('<'); continue; }
            var name = m.Groups["name"].Value.ToLowerInvariant();
            var closing = m.Groups["close"].Success;
            var attrs = m.Groups["attrs"].Value;
            var selfClosing = attrs.EndsWith('/') || Void.Contains(name);

            if (skipDepth > 0)
            {
                if (name == skipName) skipDepth += closing ? -1 : selfClosing ? 0 : 1;
                continue;
            }
            if (!closing && !selfClosing && (Skipped.Contains(name) || IsNoteMarker(attrs) || IsTitlePage(name, attrs)))
            {
                skipDepth = 1;
                skipName = name;
                continue;
            }
            if (name == "math") { mathDepth += closing ? -1 : selfClosing ? 0 : 1; continue; }
            if (name == "annotation") { annotation = !closing; continue; }
            if (name == "br") { text.Append(' '); continue; }
            // An inline image's alt text stands for it (our writer shows an image it cannot load as
            // its alt text); a figure's caption already says it.
            if (name == "img" && !stack.Any(f => f.Name == "figure") && Alt().Match(attrs) is { Success: true } alt)
            {
                text.Append(WebUtility.HtmlDecode(alt.Groups[1].Value));
                continue;
            }
            if (!BlockElements.Contains(name)) continue;
            Flush();
            if (selfClosing) continue;
            if (closing)
            {
                var at = stack.FindLastIndex(f => f.Name == name);
                if (at >= 0) stack.RemoveRange(at, stack.Count - at);
            }
            else stack.Add(new Frame(name, IsNoteContainer(name, attrs)));
        }
        Flush();
        return blocks;
    }

    private sealed record Frame(string Name, bool Note);

    // A footnote's body is a "note" wherever each writer puts it: our <aside role="doc-footnote">,
    // pandoc's <section class="footnotes"><ol><li>.
    private static bool IsNoteContainer(string name, string attrs) =>
        attrs.Contains("doc-footnote") || attrs.Contains("doc-endnotes") || (name == "section" && attrs.Contains("footnotes"));

    // Note reference numbers and back links: each writer numbers and words them its own way.
    private static bool IsNoteMarker(string attrs) => attrs.Contains("doc-noteref") || attrs.Contains("doc-backlink") || attrs.Contains("footnote-back");

    // Our title page, and an article's byline under its headline, repeat metadata that pandoc's fragment output leaves out.
    private static bool IsTitlePage(string name, string attrs) =>
        name == "header" && (attrs.Contains("title-page") || attrs.Contains("title-block-header")) || name == "p" && attrs.Contains("\"byline\"");

    private static string KindOf(List<Frame> stack)
    {
        if (stack.Any(f => f.Note)) return stack.Count > 0 && stack[^1].Name == "pre" ? "code" : "note";
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            switch (stack[i].Name)
            {
                case "pre": return "code";
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6": return "heading";
                case "td" or "th": return "cell";
                case "li" or "dd" or "dt": return "item";
                case "caption" or "figcaption": return "caption";
            }
        }
        return "para";
    }

    [GeneratedRegex("""\balt="([^"]*)"|\balt='([^']*)'""")]
    private static partial Regex Alt();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    /// <summary>
    /// Whitespace collapsed, typographic punctuation folded to ASCII (pandoc's gfm reader has no
    /// smart punctuation while its markdown reader has), invisible characters dropped.
    /// </summary>
    public static string Normalise(string text)
    {
        var s = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u2018' or '\u2019' or '\u201A' or '\u2032': s.Append('\''); break;
                case '\u201C' or '\u201D' or '\u201E' or '\u2033': s.Append('"'); break;
                case '\u2013': s.Append("--"); break;
                case '\u2014': s.Append("---"); break;
                case '\u2026': s.Append("..."); break;
                case '\u00A0' or '\u2009' or '\u202F': s.Append(' '); break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFE0E' or '\uFE0F': break;
                default: s.Append(c); break;
            }
        }
        return Space().Replace(s.ToString(), " ").Trim();
    }
}
