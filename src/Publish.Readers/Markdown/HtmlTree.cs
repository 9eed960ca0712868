using Publish.Model;

namespace Publish.Readers.Markdown;

/// <summary>A node of an HTML block as parsed, before it is checked against the model's rules.</summary>
internal abstract record HtmlNode(int Offset);

internal sealed record HtmlTextNode(string Text, int Offset) : HtmlNode(Offset);

internal sealed record HtmlElementNode(HtmlTag Tag, List<HtmlNode> Children, int Offset) : HtmlNode(Offset);

/// <summary>A reason some raw HTML is not kept: what, where (offset in the block) and a hint.</summary>
internal sealed record HtmlDrop(string What, int Offset, string Hint);

/// <summary>
/// Builds the element tree of one HTML block from its tokens. Only well-formed, known elements
/// survive: comments, processing instructions, declarations, CDATA, unknown elements and tags
/// without their partner lose their markup (their text stays, as a browser would show it);
/// scripts, styles and embedded objects go with their content. Each loss is reported.
/// </summary>
internal sealed class HtmlTreeBuilder
{
    private readonly List<HtmlDrop> _drops = [];
    private readonly Stack<HtmlElementNode> _open = new();
    private readonly List<HtmlNode> _root = [];

    public static (List<HtmlNode> Nodes, List<HtmlDrop> Drops) Build(IEnumerable<HtmlToken> tokens)
    {
        var builder = new HtmlTreeBuilder();
        string? skipping = null;
        var skipDepth = 0;
        foreach (var token in tokens)
        {
            if (skipping is not null)
            {
                if (token.Tag is { } t && t.Name == skipping) skipDepth += t.IsClosing ? -1 : t.IsSelfClosing ? 0 : 1;
                if (skipDepth == 0) skipping = null;
                continue;
            }
            skipping = builder.Add(token);
            skipDepth = skipping is null ? 0 : 1;
        }
        builder.CloseAll();
        return (builder._root, builder._drops);
    }

    private List<HtmlNode> Current => _open.Count > 0 ? _open.Peek().Children : _root;

    /// <summary>Adds one token; returns an element name when everything up to its end tag is to be skipped.</summary>
    private string? Add(HtmlToken token)
    {
        switch (token.Kind)
        {
            case HtmlTokenKind.Text: Current.Add(new HtmlTextNode(token.Text, token.Offset)); return null;
            case HtmlTokenKind.Comment: Drop("comment", token, "comments are never published"); return null;
            case HtmlTokenKind.ProcessingInstruction: Drop("processing instruction", token, "processing instructions are never published"); return null;
            case HtmlTokenKind.Declaration: Drop("declaration", token, "declarations are never published"); return null;
            case HtmlTokenKind.CData: Drop("CDATA section", token, "write the text itself"); return null;
        }
        var tag = token.Tag!;
        if (tag.IsClosing) { Close(tag, token.Offset); return null; }
        if (HtmlVocabulary.DroppedWithContent.Contains(tag.Name))
        {
            Drop($"element <{tag.Name}>", token, "scripts, styles, forms and embedded objects are never published");
            return tag.IsSelfClosing ? null : tag.Name;
        }
        if (!HtmlVocabulary.IsElement(tag.Name))
        {
            Drop($"unknown element <{tag.Name}>", token, "its text is kept; use a known HTML5 element or Markdown");
            return null;
        }
        var element = new HtmlElementNode(tag, [], token.Offset);
        Current.Add(element);
        // In HTML a '/' before '>' closes nothing except void elements, which have no content anyway.
        if (!HtmlVocabulary.IsVoid(tag.Name)) _open.Push(element);
        return null;
    }

    private void Close(HtmlTag tag, int offset)
    {
        if (!HtmlVocabulary.IsElement(tag.Name) || HtmlVocabulary.IsVoid(tag.Name) || !_open.Any(e => e.Tag.Name == tag.Name))
        {
            var why = HtmlVocabulary.IsElement(tag.Name) ? "closing tag without its opening tag" : "closing tag of an unknown element";
            _drops.Add(new HtmlDrop($"{why} </{tag.Name}>", offset, "its text is kept"));
            return;
        }
        while (_open.Peek().Tag.Name != tag.Name) Unwrap(_open.Pop());
        _open.Pop();
    }

    private void CloseAll()
    {
        while (_open.Count > 0) Unwrap(_open.Pop());
    }

    /// <summary>An element never closed loses its tag; its children take its place in the parent.</summary>
    private void Unwrap(HtmlElementNode element)
    {
        _drops.Add(new HtmlDrop($"<{element.Tag.Name}> without its closing tag", element.Offset, "its text is kept; close the element"));
        var siblings = Current;
        var at = siblings.FindIndex(n => ReferenceEquals(n, element));
        siblings.RemoveAt(at);
        siblings.InsertRange(at, element.Children);
    }

    private void Drop(string what, HtmlToken token, string hint) => _drops.Add(new HtmlDrop($"{what} {Describe(token.Text)}", token.Offset, hint));

    public static string Describe(string raw)
    {
        var text = raw.Trim().ReplaceLineEndings(" ");
        return "'" + (text.Length > 40 ? text[..40] + "…" : text) + "'";
    }
}
