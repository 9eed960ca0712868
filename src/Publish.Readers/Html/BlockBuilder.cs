using AngleSharp.Dom;
using Publish.Model;
using TextRun = Publish.Model.Text;
using Attr = Publish.Model.Attr;

namespace Publish.Readers.Html;

/// <summary>
/// Turns article markup into the model's blocks: paragraphs, headings, lists, quotes, code,
/// tables and figures; wrappers (div, section, …) only group and leave no node of their own.
/// Loose inline content between blocks becomes a paragraph.
/// </summary>
internal sealed class BlockBuilder(InlineBuilder inlines, HeadingIds ids)
{
    public List<Block> Blocks(IEnumerable<INode> nodes)
    {
        var blocks = new List<Block>();
        var run = new List<INode>();
        foreach (var node in nodes)
        {
            if (node is IElement e && (HtmlNames.IsBlock(e.LocalName) || IsFigureImage(e)))
            {
                Flush(run, blocks);
                blocks.AddRange(Block(e));
            }
            else if (node is IElement { LocalName: "br" } && EndsWithBreak(run))
            {
                // A blank line made of two <br>s parts paragraphs in pages written without <p>.
                run.RemoveAt(LastVisible(run));
                Flush(run, blocks);
            }
            else if (node is IText or IElement) run.Add(node);
        }
        Flush(run, blocks);
        return blocks;
    }

    private static bool EndsWithBreak(List<INode> run) => LastVisible(run) is var i and >= 0 && run[i] is IElement { LocalName: "br" };

    private static int LastVisible(List<INode> run)
    {
        for (var i = run.Count - 1; i >= 0; i--)
            if (run[i] is not IText t || t.Data.Trim().Length > 0) return i;
        return -1;
    }

    /// <summary>An image standing alone between blocks is a figure, not part of a paragraph.</summary>
    private static bool IsFigureImage(IElement e) => e.LocalName is "img" or "picture" && e.ParentElement is { } p && p.LocalName is not "p" and not "a";

    private void Flush(List<INode> run, List<Block> blocks)
    {
        if (run.Count == 0) return;
        var span = inlines.SpanOf(run[0]);
        var content = inlines.Inlines(run);
        run.Clear();
        if (content.Count > 0) blocks.Add(ParagraphOrFigure(content, span));
    }

    private Block ParagraphOrFigure(IReadOnlyList<Inline> content, SourceSpan span)
    {
        var visible = content.Where(i => i is not TextRun { Value: var v } || !string.IsNullOrWhiteSpace(v)).ToList();
        if (visible is [Image image]) return new Figure(image, []) { Span = span };
        if (visible is [Link { Content: var linked }] && linked.Where(i => i is not TextRun { Value: var v } || !string.IsNullOrWhiteSpace(v)).ToList() is [Image linkedImage])
            return new Figure(linkedImage, []) { Span = span };
        return new Paragraph(content) { Span = span };
    }

    private IEnumerable<Block> Block(IElement e)
    {
        var span = inlines.SpanOf(e);
        switch (e.LocalName)
        {
            case "p":
                var content = inlines.Inlines(e.ChildNodes);
                return content.Count == 0 ? [] : [ParagraphOrFigure(content, span)];
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                var heading = inlines.Inlines(e.ChildNodes);
                if (heading.Count == 0) return [];
                // Level 1 opens a chapter in every writer; the page's headline is the metadata title.
                var level = Math.Max(2, e.LocalName[1] - '0');
                return [new Heading(level, heading) { Span = span, Attr = Attr.Empty.WithId(ids.ClaimAuto(heading)) }];
            case "ul" or "ol":
                return List(e, span);
            case "dl":
                return DefinitionList(e, span);
            case "blockquote":
                var quoted = Blocks(e.ChildNodes);
                return quoted.Count == 0 ? [] : [new BlockQuote(quoted) { Span = span }];
            case "pre":
                return [Code(e, span)];
            case "table":
                return TableBuilder.Build(e, this, inlines, span);
            case "figure":
                return Figure(e, span);
            case "img" or "picture":
                return inlines.Inlines([e]) is { Count: > 0 } image ? [ParagraphOrFigure(image, span)] : [];
            case "hr":
                return [new ThematicBreak { Span = span }];
            default:
                return Blocks(e.ChildNodes);
        }
    }

    private IEnumerable<Block> List(IElement e, SourceSpan span)
    {
        var items = new List<ListItem>();
        foreach (var child in e.Children)
        {
            var blocks = Blocks(child.LocalName == "li" ? child.ChildNodes : [child]);
            if (blocks.Count > 0) items.Add(new ListItem(blocks));
        }
        if (items.Count == 0) return [];
        var tight = items.All(i => i.Content is [Paragraph]);
        if (tight) items = [.. items.Select(i => new ListItem([new Plain(((Paragraph)i.Content[0]).Content) { Span = i.Content[0].Span }]))];
        if (e.LocalName == "ul") return [new BulletList(items, tight) { Span = span }];
        var start = int.TryParse(e.GetAttribute("start"), out var n) ? n : 1;
        return [new OrderedList(items, tight, start) { Span = span }];
    }

    private IEnumerable<Block> DefinitionList(IElement e, SourceSpan span)
    {
        var items = new List<DefinitionItem>();
        List<Inline>? term = null;
        var definitions = new List<IReadOnlyList<Block>>();
        void Close()
        {
            if (term is not null) items.Add(new DefinitionItem(term, definitions.Count > 0 ? [.. definitions] : [[]]));
            term = null;
            definitions.Clear();
        }
        foreach (var child in e.QuerySelectorAll("dt, dd"))
        {
            if (child.LocalName == "dt") { Close(); term = [.. inlines.Inlines(child.ChildNodes)]; }
            else { term ??= []; definitions.Add(Blocks(child.ChildNodes)); }
        }
        Close();
        return items.Count == 0 ? [] : [new DefinitionList(items) { Span = span }];
    }

    private static CodeBlock Code(IElement pre, SourceSpan span)
    {
        var code = pre.QuerySelector("code");
        var language = (code?.ClassName ?? pre.ClassName ?? "").Split(' ')
            .Select(c => c.StartsWith("language-", StringComparison.Ordinal) ? c[9..] : c.StartsWith("lang-", StringComparison.Ordinal) ? c[5..] : null)
            .FirstOrDefault(l => !string.IsNullOrEmpty(l));
        return new CodeBlock(language, pre.TextContent.Trim('\n').TrimEnd()) { Span = span };
    }

    private IEnumerable<Block> Figure(IElement e, SourceSpan span)
    {
        var caption = e.QuerySelector("figcaption");
        var images = inlines.Inlines(e.ChildNodes.Where(n => n != caption)).SelectMany(Images).ToList();
        var captionInlines = caption is null ? [] : inlines.Inlines(caption.ChildNodes);
        if (images.Count == 0)
        {
            // The picture was left out (remote or decorative); its caption would describe nothing.
            var rest = Blocks(e.ChildNodes.Where(n => n != caption && n is not IElement { LocalName: "img" or "picture" }));
            return rest;
        }
        return [new Figure(images[0], captionInlines) { Span = span }];
    }

    private static IEnumerable<Image> Images(Inline inline) => inline switch
    {
        Image i => [i],
        Link l => l.Content.SelectMany(Images),
        Span s => s.Content.SelectMany(Images),
        _ => [],
    };
}
