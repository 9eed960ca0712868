using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publish.Model;
using Block = Publish.Model.Block;
using MdBlock = Markdig.Syntax.Block;
using MdInline = Markdig.Syntax.Inlines.Inline;
using SourceSpan = Publish.Model.SourceSpan;

namespace Publish.Readers.Markdown;

/// <summary>
/// Raw HTML: the model has no raw node. Well-formed, safe HTML (known HTML5 elements, allowed
/// attributes, tags balanced within their paragraph or block) becomes model nodes through
/// <see cref="HtmlModelBuilder"/>; everything else loses its markup with a PUB0203 warning at its
/// line. Where CommonMark reads Markdown between tags (inline tags, or block tags standing alone
/// with blank lines around the content), the content stays Markdown; inside one HTML block it is text.
/// </summary>
internal sealed partial class Converter
{
    private SourceSpan OffsetSpan(MarkdownObject node, string raw, int offset)
    {
        offset = Math.Clamp(offset, 0, raw.Length);
        var lines = raw.AsSpan(0, offset).Count('\n');
        var column = lines == 0 ? node.Column + offset : offset - raw.LastIndexOf('\n', offset - 1) - 1;
        return map.At(node.Line + lines, column);
    }

    /// <summary>The inline HTML element whose content is being read (rt and rp need their ruby).</summary>
    private string? _inlineHtmlParent;

    /// <summary>Converts the tag at <paramref name="index"/> (with its content up to the matching close tag); returns the last index used.</summary>
    private int ConvertHtmlInline(IReadOnlyList<MdInline> siblings, int index, InlineList output)
    {
        var html = (HtmlInline)siblings[index];
        var span = map.Of(html);
        var builder = new HtmlModelBuilder(context);
        var tokens = HtmlTokenizer.Tokenize(html.Tag);
        if (tokens is not [{ Kind: HtmlTokenKind.Tag, Tag: { } tag }])
        {
            // A comment, processing instruction, declaration or CDATA section: never published.
            var (_, drops) = HtmlTreeBuilder.Build(tokens.Select(t => (t, span)));
            if (drops.Count == 0) builder.Warn(HtmlTreeBuilder.Describe(html.Tag), span, "write it in Markdown");
            foreach (var drop in drops) builder.Warn(drop.What, span, drop.Hint);
            return index;
        }
        if (tag.IsClosing)
        {
            var what = HtmlVocabulary.IsElement(tag.Name) ? "without its opening tag" : "of an unknown element";
            builder.Warn($"closing tag </{tag.Name}> {what}", span, "its text is kept");
            return index;
        }
        var name = tag.Name;
        var close = tag.IsSelfClosing || HtmlVocabulary.IsVoid(name) ? -1 : MatchingClose(siblings, index, name);
        if (HtmlVocabulary.DroppedWithContent.Contains(name))
        {
            builder.Warn($"element <{name}>", span, "scripts, styles, forms and embedded objects are never published");
            return close >= 0 ? close : index;
        }
        if (!HtmlVocabulary.IsElement(name))
        {
            builder.Warn($"unknown element <{name}>", span, "its text is kept; use a known HTML5 element or Markdown");
            return index;
        }
        if (HtmlVocabulary.IsVoid(name))
        {
            if (!HtmlVocabulary.IsPhrasing(name)) builder.Warn($"tag <{name}> inside a paragraph", span, "write it on a line of its own");
            else output.Add(builder.Inline(tag, [], span));
            // <br> ends the line itself; the line end after it in the source is no further space.
            return name == "br" && index + 1 < siblings.Count && siblings[index + 1] is LineBreakInline { IsHard: false } ? index + 1 : index;
        }
        if (close < 0)
        {
            builder.Warn($"<{name}> without its closing tag in the same paragraph", span, "its text is kept; close the element");
            return index;
        }
        var parent = _inlineHtmlParent;
        _inlineHtmlParent = name;
        var content = Deeper(html, () => Inlines(siblings.Skip(index + 1).Take(close - index - 1).ToList()));
        _inlineHtmlParent = parent;
        if (content is null)
        {
            // Too deep (reported once): the content keeps its text and loses every tag inside,
            // in one pass, so 20,000 nested <span> cost no more than 20,000 words.
            for (var i = index + 1; i < close; i++)
                if (siblings[i] is not HtmlInline) output.AddRange(Inline(siblings[i]));
            return close;
        }
        if (!HtmlVocabulary.IsPhrasing(name))
            builder.Warn($"tag <{name}> inside a paragraph", span, "a paragraph holds only text and inline elements; the text is kept");
        if (!HtmlVocabulary.IsPhrasing(name) || !builder.FitsIn(name, parent, span)) output.AddRange(content);
        else output.Add(builder.Inline(tag, content, span));
        return close;
    }

    /// <summary>The index of the tag that closes the one at <paramref name="open"/>, or -1.</summary>
    private int MatchingClose(IReadOnlyList<MdInline> siblings, int open, string name)
    {
        if (!_closes.TryGetValue(siblings, out var closes)) _closes[siblings] = closes = Closes(siblings);
        return closes.GetValueOrDefault(open, -1);
    }

    // Every open tag of a run of siblings matched with its close tag (the nearest one of its name
    // that balances) in one pass: matching each tag by scanning ahead was quadratic in nested tags.
    private static Dictionary<int, int> Closes(IReadOnlyList<MdInline> siblings)
    {
        var closes = new Dictionary<int, int>();
        var open = new Dictionary<string, Stack<int>>(StringComparer.Ordinal);
        for (var i = 0; i < siblings.Count; i++)
        {
            if (siblings[i] is not HtmlInline h || HtmlTag.Parse(h.Tag) is not { } t || t.IsSelfClosing) continue;
            if (!open.TryGetValue(t.Name, out var stack)) open[t.Name] = stack = new Stack<int>();
            if (!t.IsClosing) stack.Push(i);
            else if (stack.Count > 0) closes[stack.Pop()] = i;
        }
        return closes;
    }

    private readonly Dictionary<IReadOnlyList<MdInline>, Dictionary<int, int>> _closes = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Converts an HTML block. When it leaves elements open and a later sibling HTML block closes
    /// them, the blocks between (read as Markdown) become their content, as in
    /// <c>&lt;div&gt;</c>, blank line, Markdown, blank line, <c>&lt;/div&gt;</c>. Returns the last index used.
    /// </summary>
    private int ConvertHtmlBlock(IReadOnlyList<MdBlock> siblings, int index, List<Block> output, string? htmlParent)
    {
        var last = LastBlockOfElement(siblings, index);
        var tree = new HtmlTreeBuilder();
        var blocks = Deeper(siblings[index], () =>
        {
            for (var i = index; i <= last; i++)
            {
                if (siblings[i] is HtmlBlock html) { tree.Feed(Tokens(html)); continue; }
                var end = i;
                while (end < last && siblings[end + 1] is not HtmlBlock) end++;
                var markdown = Blocks(siblings.Skip(i).Take(end - i + 1).ToList(), tree.OpenElement);
                tree.AddBlocks(markdown, map.Of(siblings[i]));
                i = end;
            }
            var (nodes, drops) = tree.Finish();
            var builder = new HtmlModelBuilder(context);
            foreach (var drop in drops) builder.Warn(drop.What, drop.Span, drop.Hint);
            return builder.Blocks(nodes, htmlParent);
        });
        if (blocks is not null) output.AddRange(blocks);
        return blocks is null ? index : last;
    }

    /// <summary>The tokens of an HTML block, each with its place in the source.</summary>
    private IEnumerable<(HtmlToken, SourceSpan)> Tokens(HtmlBlock block)
    {
        var raw = block.Lines.ToString();
        return TokensOf(block).Select(t => (t, OffsetSpan(block, raw, t.Offset)));
    }

    /// <summary>Blocks are tokenized once: looking for the block that closes an element reads the blocks after it again.</summary>
    private List<HtmlToken> TokensOf(HtmlBlock block)
    {
        if (!_tokens.TryGetValue(block, out var tokens)) _tokens[block] = tokens = HtmlTokenizer.Tokenize(block.Lines.ToString());
        return tokens;
    }

    private readonly Dictionary<HtmlBlock, List<HtmlToken>> _tokens = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The sibling whose HTML closes every element the block at <paramref name="first"/> leaves
    /// open, or <paramref name="first"/> itself when it leaves none open or nothing later closes them.
    /// </summary>
    private int LastBlockOfElement(IReadOnlyList<MdBlock> siblings, int first)
    {
        var open = new List<string>();
        for (var i = first; i < siblings.Count; i++)
        {
            if (siblings[i] is not HtmlBlock html) continue;
            foreach (var token in TokensOf(html))
            {
                if (token.Tag is not { } tag || !HtmlVocabulary.IsElement(tag.Name) || HtmlVocabulary.IsVoid(tag.Name)) continue;
                if (!tag.IsClosing) open.Add(tag.Name);
                else if (open.LastIndexOf(tag.Name) is var at and >= 0) open.RemoveRange(at, open.Count - at);
            }
            if (open.Count == 0) return i;
        }
        return first;
    }
}
