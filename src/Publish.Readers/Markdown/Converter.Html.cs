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
    private HtmlModelBuilder HtmlAt(MarkdownObject node, string raw = "") => new(context, offset => OffsetSpan(node, raw, offset));

    private SourceSpan OffsetSpan(MarkdownObject node, string raw, int offset)
    {
        offset = Math.Clamp(offset, 0, raw.Length);
        var lines = raw.AsSpan(0, offset).Count('\n');
        var column = lines == 0 ? node.Column + offset : offset - raw.LastIndexOf('\n', offset - 1) - 1;
        return map.At(node.Line + lines, column);
    }

    /// <summary>Converts the tag at <paramref name="index"/> (with its content up to the matching close tag); returns the last index used.</summary>
    private int ConvertHtmlInline(IReadOnlyList<MdInline> siblings, int index, InlineList output)
    {
        var html = (HtmlInline)siblings[index];
        var span = map.Of(html);
        var builder = HtmlAt(html);
        var tokens = HtmlTokenizer.Tokenize(html.Tag);
        if (tokens is not [{ Kind: HtmlTokenKind.Tag, Tag: { } tag }])
        {
            // A comment, processing instruction, declaration or CDATA section: never published.
            var (_, drops) = HtmlTreeBuilder.Build(tokens);
            if (drops.Count == 0) builder.Warn(HtmlTreeBuilder.Describe(html.Tag), span, "write it in Markdown");
            foreach (var drop in drops) builder.Warn(drop.What, span, drop.Hint);
            return index;
        }
        if (tag.IsClosing)
        {
            builder.Warn($"closing tag </{tag.Name}> without its opening tag", span, "its text is kept");
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
            return index;
        }
        if (close < 0)
        {
            builder.Warn($"<{name}> without its closing tag in the same paragraph", span, "its text is kept; close the element");
            return index;
        }
        var content = Deeper(html, () => Inlines(siblings.Skip(index + 1).Take(close - index - 1).ToList()));
        if (content is null) return index; // too deep: the text between the tags is read as plain siblings
        if (!HtmlVocabulary.IsPhrasing(name))
            builder.Warn($"tag <{name}> inside a paragraph", span, "a paragraph holds only text and inline elements; the text is kept");
        if (!HtmlVocabulary.IsPhrasing(name) || !builder.FitsIn(name, null, span)) output.AddRange(content);
        else output.Add(builder.Inline(tag, content, span));
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

    /// <summary>
    /// Converts an HTML block; an opening tag standing alone in its block is paired with its closing
    /// tag in a later sibling block, the Markdown between read as the element's blocks. Returns the last index used.
    /// </summary>
    private int ConvertHtmlBlock(IReadOnlyList<MdBlock> siblings, int index, List<Block> output, string? htmlParent)
    {
        var block = (HtmlBlock)siblings[index];
        var raw = block.Lines.ToString();
        var builder = HtmlAt(block, raw);

        if (HtmlTag.Parse(raw) is { IsClosing: false, IsSelfClosing: false } open && HoldsBlocks(open.Name)
            && MatchingCloseBlock(siblings, index, open.Name) is var close and > 0)
        {
            var inner = Deeper(block, () => Blocks(siblings.Skip(index + 1).Take(close - index - 1).ToList(), open.Name));
            if (inner is null) return index;
            output.AddRange(builder.Wrap(open, inner, htmlParent, map.Of(block)));
            return close;
        }

        var (nodes, drops) = HtmlTreeBuilder.Build(HtmlTokenizer.Tokenize(raw));
        foreach (var drop in drops) builder.Warn(drop.What, OffsetSpan(block, raw, drop.Offset), drop.Hint);
        if (Deeper(block, () => builder.Blocks(nodes, htmlParent)) is { } blocks) output.AddRange(blocks);
        return index;
    }

    /// <summary>Elements whose content may be blocks, so their tags can stand in blocks of their own.</summary>
    private static bool HoldsBlocks(string name) =>
        HtmlVocabulary.ContentOf(name) is HtmlContent.Flow or HtmlContent.Transparent or HtmlContent.Structured
        && !HtmlVocabulary.DroppedWithContent.Contains(name);

    private static int MatchingCloseBlock(IReadOnlyList<MdBlock> siblings, int open, string name)
    {
        var depth = 0;
        for (var i = open; i < siblings.Count; i++)
        {
            if (siblings[i] is not HtmlBlock h || HtmlTag.Parse(h.Lines.ToString()) is not { } t || t.Name != name || t.IsSelfClosing) continue;
            depth += t.IsClosing ? -1 : 1;
            if (depth == 0) return i;
        }
        return -1;
    }
}
