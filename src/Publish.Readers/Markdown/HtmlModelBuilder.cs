using System.Net;
using Publish.Model;

namespace Publish.Readers.Markdown;

// Publish.Readers.Text is a namespace; inside ours, Text means the model's text node.
using Text = Publish.Model.Text;
using SourceSpan = Publish.Model.SourceSpan;

/// <summary>
/// Checked HTML → model nodes. An element the model has a node for becomes that node (p, div,
/// blockquote, h1–h6, hr, em, strong, sup, sub, span, code, a, img, br); every other allowed
/// element becomes an <see cref="HtmlBlockElement"/> or <see cref="HtmlInlineElement"/>. The
/// content models of <see cref="HtmlVocabulary"/> are enforced so that the XHTML written from
/// the model is valid: an element where it may not stand loses its tags (its content stays), and
/// what a table, row or list may not hold is dropped. Every loss is a PUB0203 warning.
/// </summary>
internal sealed class HtmlModelBuilder(ConversionContext context)
{
    public void Warn(string what, SourceSpan span, string hint) =>
        context.Diagnostics.Report(DiagnosticCatalog.RawHtmlDropped, $"raw HTML {what} is dropped", span, hint);

    /// <summary>Flow content inside <paramref name="parent"/> (null: the document or a Markdown container).</summary>
    public List<Block> Blocks(IReadOnlyList<HtmlNode> nodes, string? parent)
    {
        var output = new List<Block>();
        var run = new List<HtmlNode>();
        var allowed = parent is null ? null : HtmlVocabulary.AllowedChildren(parent);
        foreach (var node in nodes)
        {
            if (allowed is not null) { Structured(node, parent!, allowed, output); continue; }
            if (node is HtmlTextNode || (node is HtmlElementNode e && HtmlVocabulary.IsPhrasing(e.Tag.Name) && !HoldsBlocks(e)))
            {
                run.Add(node);
                continue;
            }
            Flush();
            output.AddRange(node is HtmlBlocksNode markdown ? markdown.Blocks : Block((HtmlElementNode)node, parent));
        }
        Flush();
        return output;

        void Flush()
        {
            if (run.Count == 0) return;
            var inlines = Trim(Inlines(run, parent ?? "div", verbatim: false));
            if (inlines.Count > 0) output.Add(new Plain(inlines) { Span = run[0].Span });
            run.Clear();
        }
    }

    /// <summary>A child of a table, row or list: only the elements it may hold; blank text is layout.</summary>
    private void Structured(HtmlNode node, string parent, IReadOnlyList<string> allowed, List<Block> output)
    {
        switch (node)
        {
            case HtmlTextNode t when string.IsNullOrWhiteSpace(t.Text): return;
            case HtmlElementNode e when allowed.Contains(e.Tag.Name): output.AddRange(Block(e, parent)); return;
            case HtmlBlocksNode markdown: output.AddRange(markdown.Blocks.Where(b => b is HtmlBlockElement h && allowed.Contains(h.Name) || Refuse(b, parent, allowed))); return;
            case HtmlTextNode t: Warn($"text '{Shorten(t.Text)}' inside <{parent}>", t.Span, $"a <{parent}> holds only {string.Join(", ", allowed.Select(a => $"<{a}>"))}"); return;
            case HtmlElementNode e: Warn($"<{e.Tag.Name}> inside <{parent}> (with its content)", e.Span, $"a <{parent}> holds only {string.Join(", ", allowed.Select(a => $"<{a}>"))}"); return;
        }
    }

    private bool Refuse(Block block, string parent, IReadOnlyList<string> allowed)
    {
        Warn($"{block.GetType().Name.ToLowerInvariant()} inside <{parent}> (with its content)", block.Span,
            $"a <{parent}> holds only {string.Join(", ", allowed.Select(a => $"<{a}>"))}");
        return false;
    }

    private IEnumerable<Block> Block(HtmlElementNode node, string? parent)
    {
        var (tag, span) = (node.Tag, node.Span);
        if (!FitsIn(tag.Name, parent, span)) return Blocks(node.Children, parent);
        // Only flow containers, and del/ins around them, may hold blocks. A link around blocks is refused
        // too: only Link nodes have their targets checked and mapped to chapter files.
        var holdsFlow = HtmlVocabulary.ContentOf(tag.Name) is HtmlContent.Flow or HtmlContent.Structured || tag.Name is "del" or "ins";
        if (!holdsFlow && HoldsBlocks(node))
        {
            Warn($"tag <{tag.Name}> around blocks", span, $"<{tag.Name}> holds only text and inline elements; its content is kept");
            return Blocks(node.Children, parent);
        }
        var content = HtmlVocabulary.ContentOf(tag.Name) switch
        {
            HtmlContent.Void => [],
            HtmlContent.Phrasing => PlainOf(node, tag.Name == "pre"),
            _ => Blocks(node.Children, tag.Name),
        };
        return [Element(tag, content, span)];
    }

    private List<Block> PlainOf(HtmlElementNode node, bool verbatim)
    {
        var inlines = Inlines(node.Children, node.Tag.Name, verbatim);
        if (!verbatim) inlines = Trim(inlines);
        return inlines.Count == 0 ? [] : [new Plain(inlines) { Span = node.Span }];
    }

    private Block Element(HtmlTag tag, List<Block> content, SourceSpan span)
    {
        var attr = CheckedAttr(tag, span);
        content = HtmlStructure.CaptionsInPlace(tag.Name, HtmlStructure.Ordered(tag.Name, content),
            caption => Warn("tag <figcaption> between other children of its <figure>", caption.Span, "a figure's caption stands first or last; its content is kept"));
        if (HtmlStructure.NestsForbidden(tag.Name, content))
        {
            Warn($"tag <{tag.Name}> around another like it", span, $"HTML does not nest them; the content is kept in a div");
            return new Div(content) { Span = span, Attr = attr with { KeyValues = [] } };
        }
        var inlines = content is [Plain plain] ? plain.Content : [];
        Block made = tag.Name switch
        {
            "hr" => new ThematicBreak(),
            "p" => new Paragraph(inlines),
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => Heading(tag.Name[1] - '0', inlines, attr, span),
            "div" => new Div(content),
            "blockquote" when attr.KeyValues.Count == 0 => new BlockQuote(content),
            _ => new HtmlBlockElement(tag.Name, content),
        };
        return made with { Span = span, Attr = made is Heading ? made.Attr : attr };
    }

    private Heading Heading(int level, IReadOnlyList<Inline> content, Attr attr, SourceSpan span)
    {
        var id = attr.Id.Length > 0 ? context.Ids.ClaimExplicit(attr.Id, span, context.Diagnostics) : context.Ids.ClaimAuto(content);
        return new Heading(level, content) { Attr = attr.WithId(id) };
    }

    /// <summary>Phrasing content: text (entities decoded, line ends as soft breaks unless verbatim) and inline elements.</summary>
    public List<Inline> Inlines(IReadOnlyList<HtmlNode> nodes, string parent, bool verbatim)
    {
        var output = new List<Inline>();
        foreach (var node in nodes)
        {
            if (node is HtmlTextNode text) { AddText(output, WebUtility.HtmlDecode(text.Text), text.Span, verbatim); continue; }
            if (node is not HtmlElementNode element) continue; // blocks never reach phrasing content: Block unwraps their holder

            var (tag, span) = (element.Tag, element.Span);
            if (!HtmlVocabulary.IsPhrasing(tag.Name))
            {
                Warn($"tag <{tag.Name}> inside <{parent}>", span, $"<{parent}> holds only text and inline elements; the text is kept");
                output.AddRange(Inlines(element.Children, parent, verbatim));
            }
            else if (!FitsIn(tag.Name, parent, span)) output.AddRange(Inlines(element.Children, parent, verbatim));
            else output.Add(Inline(tag, Inlines(element.Children, tag.Name, verbatim), span));
        }
        return output;
    }

    private static void AddText(List<Inline> output, string text, SourceSpan span, bool verbatim)
    {
        if (verbatim) { output.Add(new Text(text) { Span = span }); return; }
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0 && output is not [.., LineBreak]) output.Add(new SoftBreak { Span = span }); // <br> ended the line already
            if (lines[i].Length > 0) output.Add(new Text(lines[i]) { Span = span });
        }
    }

    /// <summary>One inline element around its (already read) content.</summary>
    public Inline Inline(HtmlTag tag, IReadOnlyList<Inline> content, SourceSpan span)
    {
        var attr = CheckedAttr(tag, span);
        if (HtmlStructure.NestsForbidden(tag.Name, content))
        {
            Warn($"tag <{tag.Name}> around another <{tag.Name}>", span, "HTML does not nest them; the inner one is kept");
            return new Span(content) { Span = span, Attr = attr with { KeyValues = [] } };
        }
        // What the model node carries in its own fields (a link's target, an image's source) leaves the attribute bag.
        (Inline made, Attr kept) = tag.Name switch
        {
            "br" => (new LineBreak(), attr),
            "img" => (Image(tag, attr, span), Without(attr, "src", "alt", "title")),
            "a" when attr["href"] is { } href => (new Link(content, href, attr["title"]), Without(attr, "href", "title")),
            "em" => (new Emphasis(content), attr),
            "strong" => (new Strong(content), attr),
            "sup" => (new Superscript(content), attr),
            "sub" => (new Subscript(content), attr),
            "code" when content.All(i => i is Text) => (new Code(string.Concat(content.Cast<Text>().Select(t => t.Value))), attr),
            "span" when attr.HasClass("smallcaps") => (new SmallCaps(content), attr with { Classes = attr.Classes.Where(c => c != "smallcaps").ToList() }),
            "span" => (new Span(content), attr),
            "ruby" when !content.Any(i => i is HtmlInlineElement { Name: "rt" }) => (Incomplete("<ruby> without an <rt>", content, span), attr),
            "bdo" when attr["dir"] is null => (Incomplete("<bdo> without a dir", content, span), attr),
            "data" when attr["value"] is null => (Incomplete("<data> without a value", content, span), attr),
            _ => (new HtmlInlineElement(tag.Name, content), attr),
        };
        return made with { Span = span, Attr = made is Text ? Attr.Empty : kept };
    }

    /// <summary>An element missing what HTML requires of it (ruby its rt, bdo its dir, data its value) is a plain span.</summary>
    private Span Incomplete(string what, IReadOnlyList<Inline> content, SourceSpan span)
    {
        Warn("tag " + what, span, "its text is kept; complete the element");
        return new Span(content);
    }

    private Inline Image(HtmlTag tag, Attr attr, SourceSpan span)
    {
        var alt = tag["alt"] ?? "";
        if (attr["src"] is not { Length: > 0 } src)
        {
            Warn("<img> without a safe src", span, "only http, https and relative image paths are kept; its alt text is kept");
            return new Text(alt);
        }
        return new Image(src, alt, attr["title"]);
    }

    /// <summary>
    /// The tag's attributes the vocabulary allows on it, as our attribute bag (id, classes, the rest as
    /// key-values). Event handlers, styles, unknown attributes and unsafe URLs are dropped with a warning.
    /// </summary>
    public Attr CheckedAttr(HtmlTag tag, SourceSpan span)
    {
        var (id, classes, pairs, dropped) = ("", new List<string>(), new List<KeyValuePair<string, string>>(), new List<string>());
        foreach (var (key, value) in tag.Attributes)
        {
            if (key == "id" && id.Length > 0 || key != "id" && pairs.Any(p => p.Key == key)) continue; // HTML keeps the first
            if (!HtmlVocabulary.IsAllowedAttribute(tag.Name, key)) dropped.Add(key);
            else if (key is "href" or "src" or "cite" && !HtmlVocabulary.IsSafeUrl(value)) dropped.Add($"{key}='{Shorten(value)}'");
            else if (HtmlVocabulary.CheckedValue(key, value) is not { } valid) dropped.Add($"{key}='{Shorten(value)}'");
            else if (key == "id") id = valid.Trim();
            else if (key == "class") classes.AddRange(valid.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            else pairs.Add(new(key, valid));
        }
        if (dropped.Count > 0)
            context.Diagnostics.Report(DiagnosticCatalog.RawHtmlDropped, $"raw HTML {(dropped.Count > 1 ? "attributes" : "attribute")} {string.Join(", ", dropped)} on <{tag.Name}> {(dropped.Count > 1 ? "are" : "is")} dropped", span,
                "the element is kept without them: event handlers, styles, javascript: URLs, invalid values and attributes HTML5 does not define for the element are never published");
        return id.Length == 0 && classes.Count == 0 && pairs.Count == 0 ? Attr.Empty : new Attr(id, classes, pairs);
    }

    /// <summary>Whether an element that needs a particular parent (li, td, dt…) has it; if not, its tags go.</summary>
    public bool FitsIn(string name, string? parent, SourceSpan span)
    {
        if (HtmlVocabulary.RequiredParents(name) is not { } parents || (parent is not null && parents.Contains(parent))) return true;
        Warn($"tag <{name}> outside {string.Join(" or ", parents.Select(p => $"<{p}>"))}", span, "its content is kept");
        return false;
    }

    /// <summary>Whether blocks stand anywhere inside the element, through its inline descendants.</summary>
    private static bool HoldsBlocks(HtmlElementNode element) =>
        element.Children.Any(c => c is HtmlBlocksNode || (c is HtmlElementNode e && (!HtmlVocabulary.IsPhrasing(e.Tag.Name) || HoldsBlocks(e))));

    private static Attr Without(Attr attr, params string[] keys) => attr with { KeyValues = attr.KeyValues.Where(kv => !keys.Contains(kv.Key)).ToList() };

    /// <summary>Blank text and breaks at either end of a run carry nothing (HTML collapses them).</summary>
    private static List<Inline> Trim(List<Inline> inlines)
    {
        static bool Blank(Inline i) => i is SoftBreak || (i is Text t && string.IsNullOrWhiteSpace(t.Value));
        var start = 0;
        var end = inlines.Count;
        while (start < end && Blank(inlines[start])) start++;
        while (end > start && Blank(inlines[end - 1])) end--;
        var trimmed = inlines.GetRange(start, end - start);
        if (trimmed is [Text first, ..]) trimmed[0] = first with { Value = first.Value.TrimStart() };
        if (trimmed is [.., Text last]) trimmed[^1] = last with { Value = last.Value.TrimEnd() };
        return trimmed;
    }

    private static string Shorten(string text)
    {
        var t = text.Trim().ReplaceLineEndings(" ");
        return t.Length > 30 ? t[..30] + "…" : t;
    }
}
