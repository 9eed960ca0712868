using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publish.Model;

namespace Publish.Readers.Markdown;

/// <summary>
/// Attribute blocks <c>{#id .class key=value}</c> only where pandoc takes them: at the end of a
/// heading, on a fence or div opener, right after a link, image or inline code. Anywhere else —
/// and whenever the braces do not hold pandoc's attribute syntax (Node.js docs' <c>{string}</c>,
/// <c>{Promise}</c>) — the braces stay text. Replaces Markdig's generic attributes, which take
/// <c>{…}</c> after any inline and drop words that are no attributes at all.
/// </summary>
internal sealed class PandocAttributesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<PandocAttributesParser>()) pipeline.InlineParsers.Insert(0, new PandocAttributesParser());
        foreach (var parser in pipeline.BlockParsers)
            if (parser is IAttributesParseable parseable) parseable.TryParseAttributes = TryParseBlockAttributes;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    /// <summary>The block parsers' hook: <c>{…}</c> at the end of a heading line or a fence/div opener.</summary>
    private static bool TryParseBlockAttributes(BlockProcessor processor, ref StringSlice slice, IBlock block)
    {
        var at = slice;
        if (!TryRead(ref at, out var attr)) return false;
        // Only whitespace may follow on the line.
        var rest = at;
        rest.TrimEnd();
        if (rest.Start <= rest.End && !rest.IsEmptyOrWhitespace()) return false;
        Apply(attr, (IMarkdownObject)block);
        slice = at;
        return true;
    }

    /// <summary>Reads <c>{…}</c> at the slice's start when it holds pandoc attribute syntax; advances past it.</summary>
    public static bool TryRead(ref StringSlice slice, out Attr attr)
    {
        attr = Attr.Empty;
        if (slice.CurrentChar != '{') return false;
        var text = slice.Text;
        var close = -1;
        var quote = '\0';
        for (var i = slice.Start + 1; i <= slice.End; i++)
        {
            var c = text[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            if (c is '"' or '\'') { quote = c; continue; }
            if (c is '{' or '\n') return false;
            if (c == '}') { close = i; break; }
        }
        if (close < 0) return false;
        var inner = text[(slice.Start + 1)..close];
        if (inner.Trim().Length == 0 || AttributeText.Parse(inner) is not { } parsed) return false;
        attr = parsed;
        slice.Start = close + 1;
        return true;
    }

    public static void Apply(Attr attr, IMarkdownObject target)
    {
        var attributes = target.GetAttributes();
        if (attr.Id.Length > 0) attributes.Id = attr.Id;
        foreach (var c in attr.Classes) attributes.AddClass(c);
        foreach (var (key, value) in attr.KeyValues) attributes.AddProperty(key, value);
    }
}

/// <summary>The inline half: <c>{…}</c> right after a link, image or code span, or ending a heading.</summary>
internal sealed class PandocAttributesParser : InlineParser
{
    public PandocAttributesParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var previous = processor.Inline;
        IMarkdownObject? target = previous switch
        {
            LinkInline { IsClosed: true } link => link,
            CodeInline code => code,
            _ => null,
        };
        var at = slice;
        if (!PandocAttributesExtension.TryRead(ref at, out var attr)) return false;
        if (target is null)
        {
            // A setext heading's (or an ATX heading's) attributes end its text.
            var rest = at;
            if (processor.Block is not HeadingBlock || !rest.IsEmptyOrWhitespace()) return false;
            target = processor.Block;
        }
        PandocAttributesExtension.Apply(attr, target);
        slice = at;
        return true;
    }
}
