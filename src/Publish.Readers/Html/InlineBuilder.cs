using System.Text;
using AngleSharp.Dom;
using Publish.Model;
using TextRun = Publish.Model.Text;
using Attr = Publish.Model.Attr;

namespace Publish.Readers.Html;

/// <summary>
/// Turns phrasing markup into the model's inlines, with whitespace collapsed as a browser shows it.
/// Links keep absolute targets (relative ones are resolved against the page's address); images go
/// through <see cref="PageImages"/>.
/// </summary>
internal sealed class InlineBuilder(string path, PageImages images, Uri? pageAddress)
{
    public SourceSpan SpanOf(INode? node)
    {
        for (var n = node; n is not null; n = n.Parent)
            if (n is IElement { SourceReference: { } source }) return new SourceSpan(path, source.Position.Line, source.Position.Column);
        return new SourceSpan(path, 1, 1);
    }

    /// <summary>Inlines of the nodes, trimmed at both ends and with runs of spaces collapsed; empty when only whitespace.</summary>
    public IReadOnlyList<Inline> Inlines(IEnumerable<INode> nodes)
    {
        var raw = new List<Inline>();
        foreach (var node in nodes) raw.AddRange(Convert(node));
        var spaced = true;
        var result = Whitespace.Collapse(raw, ref spaced);
        Whitespace.TrimEnd(result);
        return result.Count == 0 || PlainText.Of(result).Trim().Length == 0 && !ContainsImage(result) ? [] : result;
    }

    private static bool ContainsImage(IEnumerable<Inline> inlines) => inlines.Any(i => i switch
    {
        Image => true,
        Link l => ContainsImage(l.Content),
        Span s => ContainsImage(s.Content),
        _ => false,
    });

    private IEnumerable<Inline> Children(INode node) => node.ChildNodes.SelectMany(Convert);

    private IEnumerable<Inline> Convert(INode node)
    {
        if (node is IText text) return [new TextRun(text.Data) { Span = SpanOf(node) }];
        if (node is not IElement e) return [];
        var span = SpanOf(e);
        switch (e.LocalName)
        {
            case "em" or "i" or "cite" or "dfn" or "var":
                return Wrap(Children(e), c => new Emphasis(c) { Span = span });
            case "strong" or "b":
                return Wrap(Children(e), c => new Strong(c) { Span = span });
            case "s" or "del" or "strike":
                return Wrap(Children(e), c => new Strikethrough(c) { Span = span });
            case "sup":
                return Wrap(Children(e), c => new Superscript(c) { Span = span });
            case "sub":
                return Wrap(Children(e), c => new Subscript(c) { Span = span });
            case "code" or "kbd" or "samp" or "tt":
                return [new Code(TextMeasures.Collapse(e.TextContent)) { Span = span }];
            case "q":
                return [new Quoted(QuoteKind.Double, [.. Children(e)]) { Span = span }];
            case "br":
                return [new LineBreak { Span = span }];
            case "a":
                return LinkOf(e, span);
            case "img":
                var (fate, source) = images.Decide(e);
                return fate == ImageFate.Used ? [new Image(source, TextMeasures.Collapse(e.GetAttribute("alt") ?? "")) { Span = span }] : [];
            case "picture":
                return e.QuerySelector("img") is { } img ? Convert(img) : [];
            case "wbr":
                return [];
            default:
                // Block elements met inside phrasing (a div in a link) still separate words.
                return HtmlNames.IsBlock(e.LocalName) ? [new TextRun(" "), .. Children(e), new TextRun(" ")] : Children(e);
        }
    }

    private static IEnumerable<Inline> Wrap(IEnumerable<Inline> content, Func<IReadOnlyList<Inline>, Inline> make)
    {
        var list = content.ToList();
        return list.Count == 0 ? [] : [make(list)];
    }

    private IEnumerable<Inline> LinkOf(IElement a, SourceSpan span)
    {
        var content = Children(a).ToList();
        var href = a.GetAttribute("href")?.Trim();
        if (content.Count == 0 || string.IsNullOrEmpty(href) || href.StartsWith('#')
            || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)) return content;
        Uri? target = null;
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "mailto") target = absolute;
        else if (pageAddress is not null && Uri.TryCreate(pageAddress, href, out var resolved)) target = resolved;
        return target is null ? content : [new Link(content, target.AbsoluteUri, a.GetAttribute("title")) { Span = span }];
    }
}

/// <summary>Browser whitespace rules on the model: runs collapse to one space, none at the start or end.</summary>
internal static class Whitespace
{
    public static List<Inline> Collapse(IEnumerable<Inline> inlines, ref bool spaced)
    {
        var result = new List<Inline>();
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun t:
                    var value = Squeeze(t.Value, ref spaced);
                    if (value.Length == 0) continue;
                    if (result.Count > 0 && result[^1] is TextRun previous) result[^1] = previous with { Value = previous.Value + value };
                    else result.Add(t with { Value = value });
                    break;
                case LineBreak:
                    Whitespace.TrimEnd(result);
                    result.Add(inline);
                    spaced = true;
                    break;
                case Emphasis e: Add(result, e.Content, ref spaced, c => e with { Content = c }); break;
                case Strong s: Add(result, s.Content, ref spaced, c => s with { Content = c }); break;
                case Strikethrough s: Add(result, s.Content, ref spaced, c => s with { Content = c }); break;
                case Superscript s: Add(result, s.Content, ref spaced, c => s with { Content = c }); break;
                case Subscript s: Add(result, s.Content, ref spaced, c => s with { Content = c }); break;
                case Quoted q: Add(result, q.Content, ref spaced, c => q with { Content = c }); break;
                case Link l: Add(result, l.Content, ref spaced, c => l with { Content = c }); break;
                case Code c:
                    result.Add(c);
                    spaced = false;
                    break;
                default:
                    result.Add(inline);
                    spaced = false;
                    break;
            }
        }
        return result;
    }

    private static void Add(List<Inline> result, IReadOnlyList<Inline> content, ref bool spaced, Func<IReadOnlyList<Inline>, Inline> make)
    {
        var inner = Collapse(content, ref spaced);
        if (inner.Count > 0) result.Add(make(inner));
    }

    private static string Squeeze(string text, ref bool spaced)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (!spaced) sb.Append(' ');
                spaced = true;
                continue;
            }
            sb.Append(c);
            spaced = false;
        }
        return sb.ToString();
    }

    /// <summary>Drops trailing spaces, reaching into the last container.</summary>
    public static void TrimEnd(List<Inline> inlines)
    {
        while (inlines.Count > 0)
        {
            switch (inlines[^1])
            {
                case TextRun t:
                    var trimmed = t.Value.TrimEnd(' ');
                    if (trimmed.Length == 0) { inlines.RemoveAt(inlines.Count - 1); continue; }
                    inlines[^1] = t with { Value = trimmed };
                    return;
                case LineBreak:
                    inlines.RemoveAt(inlines.Count - 1);
                    continue;
                default:
                    return;
            }
        }
    }
}
