using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publish.Model;
using Block = Publish.Model.Block;
using Inline = Publish.Model.Inline;
using MdBlock = Markdig.Syntax.Block;
using MdInline = Markdig.Syntax.Inlines.Inline;

namespace Publish.Readers.Markdown;

// Publish.Readers.Text is a namespace; inside ours, Text means the model's text node.
using Text = Publish.Model.Text;
using SourceSpan = Publish.Model.SourceSpan;

/// <summary>
/// Raw HTML: the model has no raw node, so well-formed safe elements become model nodes and
/// everything else is dropped with a PUB0203 warning at its line.
/// </summary>
internal sealed partial class Converter
{
    /// <summary>Elements whose content is never text for the reader: dropped together with it.</summary>
    private static readonly HashSet<string> s_dropWithContent =
        ["script", "style", "iframe", "object", "embed", "template", "textarea", "noscript", "svg", "math", "video", "audio", "canvas", "select", "title", "head"];

    private static readonly HashSet<string> s_inlineElements =
        ["em", "i", "strong", "b", "code", "sup", "sub", "s", "del", "strike", "span", "a", "small", "u", "ins", "mark", "abbr", "cite", "q", "kbd", "var", "samp"];

    private static readonly HashSet<string> s_blockElements = ["div", "p", "blockquote", "section", "aside", "article", "hr"];

    /// <summary>Safe block elements may nest this deep inside one HTML block; deeper is not worth reading.</summary>
    private const int MaxHtmlNesting = 16;

    [GeneratedRegex("<!--.*?-->|<[^<>]*>|[^<]+|<", RegexOptions.Singleline)]
    private static partial Regex HtmlToken();

    private void DropHtml(string what, MarkdownObject node, string? hint = null) =>
        context.Diagnostics.Warning("PUB0203", $"raw HTML {what} is dropped", map.Of(node), hint ?? "write it in Markdown, or use a safe element (em, strong, code, sup, sub, span, a, div, p)");

    private static string Describe(string raw)
    {
        var text = raw.Trim().ReplaceLineEndings(" ");
        return "'" + (text.Length > 40 ? text[..40] + "…" : text) + "'";
    }

    /// <summary>Converts the tag at <paramref name="index"/> (with its content up to the matching close tag); returns the last index used.</summary>
    private int ConvertHtmlInline(IReadOnlyList<MdInline> siblings, int index, InlineList output)
    {
        var html = (HtmlInline)siblings[index];
        var tag = HtmlTag.Parse(html.Tag);
        if (tag is null) { DropUnparsed(html.Tag, html); return index; }
        if (tag.Name == "br") { output.Add(new LineBreak { Span = map.Of(html) }); return index; }
        if (tag.IsClosing) { DropHtml($"closing tag </{tag.Name}> without its opening tag", html); return index; }
        var close = tag.IsSelfClosing ? -1 : MatchingClose(siblings, index, tag.Name);
        if (s_dropWithContent.Contains(tag.Name))
        {
            DropHtml($"element <{tag.Name}>", html, "scripts, styles and embedded objects are never published");
            return close >= 0 ? close : index;
        }
        if (!s_inlineElements.Contains(tag.Name) || close < 0)
        {
            DropHtml(close < 0 ? $"tag <{tag.Name}> without its closing tag" : $"tag <{tag.Name}>", html, "its text is kept");
            return index;
        }
        if (tag.HasUnsafeAttributes) DropHtml($"event attributes on <{tag.Name}>", html, "the element is kept without them");
        var content = Deeper(html, () => Inlines(siblings.Skip(index + 1).Take(close - index - 1).ToList()));
        if (content is null) return index; // too deep: the text between the tags is read as plain siblings
        output.Add(InlineElement(tag, content, html));
        return close;
    }

    private static int MatchingClose(IReadOnlyList<MdInline> siblings, int open, string name)
    {
        var depth = 0;
        for (var i = open; i < siblings.Count; i++)
        {
            if (siblings[i] is not HtmlInline h || HtmlTag.Parse(h.Tag) is not { } t || t.Name != name || t.IsSelfClosing) continue;
            depth += t.IsClosing ? -1 : 1;
            if (depth == 0) return i;
        }
        return -1;
    }

    private Inline InlineElement(HtmlTag tag, List<Inline> content, MdInline node)
    {
        var span = map.Of(node);
        var attr = tag.ToAttr();
        Inline made = tag.Name switch
        {
            "em" or "i" or "cite" or "var" => new Emphasis(content),
            "strong" or "b" => new Strong(content),
            "code" or "kbd" or "samp" => new Code(PlainText.Of(content)),
            "sup" => new Superscript(content),
            "sub" => new Subscript(content),
            "s" or "del" or "strike" => new Strikethrough(content),
            "q" => new Quoted(QuoteKind.Double, content),
            "a" => Anchor(tag, content, node),
            "span" when attr.HasClass("smallcaps") || (tag["style"] ?? "").Contains("small-caps", StringComparison.OrdinalIgnoreCase) =>
                new SmallCaps(content) { Attr = attr with { Classes = attr.Classes.Where(c => c != "smallcaps").ToList() } },
            _ => new Span(content) { Attr = attr },
        };
        return made with { Span = span, Attr = made.Attr.IsEmpty ? attr : made.Attr };
    }

    private Inline Anchor(HtmlTag tag, List<Inline> content, MdInline node)
    {
        var href = tag["href"];
        if (href is null) return new Span(content);
        if (HtmlTag.IsSafeUrl(href)) return new Link(content, href, tag["title"]);
        DropHtml($"link to '{Describe(href)}'", node, "only http, https, mailto and relative links are kept; its text is kept");
        return new Span(content);
    }

    /// <summary>Converts an HTML block (pairing a lone <c>&lt;div&gt;</c> with its <c>&lt;/div&gt;</c>); returns the last index used.</summary>
    private int ConvertHtmlBlock(IReadOnlyList<MdBlock> siblings, int index, List<Block> output)
    {
        var block = (HtmlBlock)siblings[index];
        var raw = block.Lines.ToString().Trim();
        var span = map.Of(block);

        if (HtmlTag.Parse(raw) is { Name: "hr", IsClosing: false })
        {
            output.Add(new ThematicBreak { Span = span });
            return index;
        }

        if (HtmlTag.Parse(raw) is { Name: "div" or "section" or "aside" or "article", IsClosing: false } open && !open.IsSelfClosing)
        {
            var close = MatchingCloseBlock(siblings, index, open.Name);
            if (close > 0)
            {
                if (open.HasUnsafeAttributes) DropHtml($"event attributes on <{open.Name}>", block, "the element is kept without them");
                var inner = Deeper(block, () => Blocks(siblings.Skip(index + 1).Take(close - index - 1).ToList()));
                if (inner is null) return index;
                output.Add(new Div(inner) { Span = span, Attr = open.ToAttr() });
                return close;
            }
        }

        if (Deeper(block, () => SafeHtmlBlocks(raw, block)) is { } blocks)
        {
            output.AddRange(blocks);
            return index;
        }

        DropUnparsed(raw, block);
        return index;
    }

    private void DropUnparsed(string raw, MarkdownObject node)
    {
        if (raw.StartsWith("<!--", StringComparison.Ordinal)) DropHtml("comment " + Describe(raw), node, "comments are never published");
        else DropHtml(Describe(raw), node);
    }

    private static int MatchingCloseBlock(IReadOnlyList<MdBlock> siblings, int open, string name)
    {
        var depth = 0;
        for (var i = open; i < siblings.Count; i++)
        {
            if (siblings[i] is not HtmlBlock h || HtmlTag.Parse(h.Lines.ToString().Trim()) is not { } t || t.Name != name) continue;
            depth += t.IsClosing ? -1 : 1;
            if (depth == 0) return i;
        }
        return -1;
    }

    /// <summary>
    /// An HTML block made only of safe block elements (div, p, blockquote…) around text and safe
    /// inline tags: the elements become model blocks, the text between them is read as Markdown
    /// (so its inline tags meet the inline rules). Null when anything else is inside.
    /// </summary>
    private List<Block>? SafeHtmlBlocks(string raw, HtmlBlock block)
    {
        var stack = new Stack<(HtmlTag? Tag, List<Block> Blocks, SourceSpan Span)>();
        stack.Push((null, [], map.Of(block)));
        var pending = new System.Text.StringBuilder();
        var pendingAt = 0;
        foreach (Match token in HtmlToken().Matches(raw))
        {
            var tag = token.Value.StartsWith('<') ? HtmlTag.Parse(token.Value) : null;
            if (token.Value.StartsWith("<!--", StringComparison.Ordinal)) return null;
            if (tag is null || s_inlineElements.Contains(tag.Name) || tag.Name == "br")
            {
                if (tag is null && token.Value.StartsWith('<') && token.Value.Length > 1) return null;
                if (pending.Length == 0) pendingAt = token.Index;
                pending.Append(token.Value);
                continue;
            }
            if (!s_blockElements.Contains(tag.Name)) return null;
            Flush();
            var span = SpanAt(token.Index);
            if (tag.HasUnsafeAttributes) DropHtml($"event attributes on <{tag.Name}>", block, "the element is kept without them");
            if (tag.Name == "hr") stack.Peek().Blocks.Add(new ThematicBreak { Span = span });
            else if (!tag.IsClosing && !tag.IsSelfClosing)
            {
                if (stack.Count > MaxHtmlNesting) return null;
                stack.Push((tag, [], span));
            }
            else if (tag.IsClosing)
            {
                if (stack.Count == 1 || stack.Peek().Tag!.Name != tag.Name) return null;
                var (open, blocks, at) = stack.Pop();
                stack.Peek().Blocks.Add(BlockElement(open!, blocks, at));
            }
        }
        Flush();
        return stack.Count == 1 ? stack.Peek().Blocks : null;

        void Flush()
        {
            var text = pending.ToString();
            pending.Clear();
            if (text.Trim().Length == 0) return;
            var line0 = block.Line + raw[..pendingAt].Count(c => c == '\n');
            stack.Peek().Blocks.AddRange(At(line0, 0).ParseAgain(text.Trim()));
        }

        SourceSpan SpanAt(int offset) => map.At(block.Line + raw[..offset].Count(c => c == '\n'), block.Column);
    }

    private static Block BlockElement(HtmlTag tag, List<Block> blocks, SourceSpan span) => tag.Name switch
    {
        "p" when blocks is [Paragraph p] => p with { Span = span, Attr = tag.ToAttr() },
        "blockquote" => new BlockQuote(blocks) { Span = span, Attr = tag.ToAttr() },
        _ => new Div(blocks) { Span = span, Attr = tag.ToAttr() },
    };
}
