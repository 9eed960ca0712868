using Publish.Model;

namespace Publish.Readers.Markdown;

/// <summary>A node of raw HTML as parsed, before it is checked against the model's rules.</summary>
internal abstract record HtmlNode(SourceSpan Span);

internal sealed record HtmlTextNode(string Text, SourceSpan Span) : HtmlNode(Span);

internal sealed record HtmlElementNode(HtmlTag Tag, List<HtmlNode> Children, SourceSpan Span) : HtmlNode(Span);

/// <summary>Markdown blocks standing between the tags of an element (CommonMark ends an HTML block at a blank line).</summary>
internal sealed record HtmlBlocksNode(List<Block> Blocks, SourceSpan Span) : HtmlNode(Span);

/// <summary>A reason some raw HTML is not kept: what, where and a hint.</summary>
internal sealed record HtmlDrop(string What, SourceSpan Span, string Hint);

/// <summary>
/// Builds an element tree from the tokens of one HTML block, or of several with Markdown blocks
/// between them. Only well-formed, known elements survive: comments, processing instructions,
/// declarations, CDATA, unknown elements and tags without their partner lose their markup (their
/// text stays, as a browser would show it); scripts, styles and embedded objects go with their
/// content. Each loss is reported.
/// </summary>
internal sealed class HtmlTreeBuilder
{
    /// <summary>
    /// Elements nested deeper lose their tags (their text stays), as Markdown containers are
    /// flattened at the same depth: every later pass walks the tree recursively, and 20,000
    /// nested &lt;div&gt; overflowed the stack.
    /// </summary>
    public const int MaxDepth = 64;

    private readonly List<HtmlDrop> _drops = [];
    private readonly Stack<HtmlElementNode> _open = new();
    // Names of elements opened past MaxDepth, whose tags are dropped; their end tags pop them.
    private readonly Stack<string> _flattened = new();
    private readonly Dictionary<string, int> _flattenedByName = new(StringComparer.Ordinal);
    private readonly List<HtmlNode> _root = [];
    private string? _skipping;
    private int _skipDepth;

    public static (List<HtmlNode> Nodes, List<HtmlDrop> Drops) Build(IEnumerable<(HtmlToken Token, SourceSpan Span)> tokens)
    {
        var builder = new HtmlTreeBuilder();
        builder.Feed(tokens);
        return builder.Finish();
    }

    /// <summary>The innermost element still open, where blocks added now will stand.</summary>
    public string? OpenElement => _open.Count > 0 ? _open.Peek().Tag.Name : null;

    public void Feed(IEnumerable<(HtmlToken Token, SourceSpan Span)> tokens)
    {
        foreach (var (token, span) in tokens)
        {
            if (_skipping is not null)
            {
                if (token.Tag is { } t && t.Name == _skipping) _skipDepth += t.IsClosing ? -1 : t.IsSelfClosing ? 0 : 1;
                if (_skipDepth == 0) _skipping = null;
                continue;
            }
            _skipping = Add(token, span);
            _skipDepth = _skipping is null ? 0 : 1;
        }
    }

    public void AddBlocks(List<Block> blocks, SourceSpan span)
    {
        if (_skipping is null && blocks.Count > 0) Current.Add(new HtmlBlocksNode(blocks, span));
    }

    /// <summary>Closes what is still open (each such element loses its tags) and returns the tree.</summary>
    public (List<HtmlNode> Nodes, List<HtmlDrop> Drops) Finish()
    {
        while (_open.Count > 0) Unwrap(_open.Pop());
        return (_root, _drops);
    }

    private List<HtmlNode> Current => _open.Count > 0 ? _open.Peek().Children : _root;

    /// <summary>Adds one token; returns an element name when everything up to its end tag is to be skipped.</summary>
    private string? Add(HtmlToken token, SourceSpan span)
    {
        switch (token.Kind)
        {
            case HtmlTokenKind.Text: Current.Add(new HtmlTextNode(token.Text, span)); return null;
            case HtmlTokenKind.Comment: Drop("comment", token, span, "comments are never published"); return null;
            case HtmlTokenKind.ProcessingInstruction: Drop("processing instruction", token, span, "processing instructions are never published"); return null;
            case HtmlTokenKind.Declaration: Drop("declaration", token, span, "declarations are never published"); return null;
            case HtmlTokenKind.CData: Drop("CDATA section", token, span, "write the text itself"); return null;
            case HtmlTokenKind.Malformed: Drop("malformed tag", token, span, "check its quotes and its closing '>'"); return null;
        }
        var tag = token.Tag!;
        if (tag.IsClosing) { Close(tag, span); return null; }
        if (HtmlVocabulary.DroppedWithContent.Contains(tag.Name))
        {
            Drop($"element <{tag.Name}>", token, span, "scripts, styles, forms and embedded objects are never published");
            return tag.IsSelfClosing ? null : tag.Name;
        }
        if (!HtmlVocabulary.IsElement(tag.Name))
        {
            _drops.Add(new HtmlDrop($"unknown element <{tag.Name}>", span, "its text is kept; use a known HTML5 element or Markdown"));
            return null;
        }
        if (_open.Count >= MaxDepth && !HtmlVocabulary.IsVoid(tag.Name))
        {
            if (_flattened.Count == 0)
                _drops.Add(new HtmlDrop($"elements nested deeper than {MaxDepth} levels (from <{tag.Name}> on)", span, "their text is kept; nest less deeply"));
            _flattened.Push(tag.Name);
            _flattenedByName[tag.Name] = _flattenedByName.GetValueOrDefault(tag.Name) + 1;
            return null;
        }
        var element = new HtmlElementNode(tag, [], span);
        Current.Add(element);
        // In HTML a '/' before '>' closes nothing except void elements, which have no content anyway.
        if (!HtmlVocabulary.IsVoid(tag.Name)) _open.Push(element);
        return null;
    }

    private void Close(HtmlTag tag, SourceSpan span)
    {
        if (_flattenedByName.GetValueOrDefault(tag.Name) > 0)
        {
            string popped;
            do
            {
                popped = _flattened.Pop();
                _flattenedByName[popped]--;
            } while (popped != tag.Name);
            return;
        }
        if (!HtmlVocabulary.IsElement(tag.Name) || HtmlVocabulary.IsVoid(tag.Name) || !_open.Any(e => e.Tag.Name == tag.Name))
        {
            var what = HtmlVocabulary.IsElement(tag.Name) ? $"closing tag </{tag.Name}> without its opening tag" : $"closing tag </{tag.Name}> of an unknown element";
            _drops.Add(new HtmlDrop(what, span, "its text is kept"));
            return;
        }
        while (_open.Peek().Tag.Name != tag.Name) Unwrap(_open.Pop());
        _open.Pop();
    }

    /// <summary>An element never closed loses its tag; its children take its place in the parent.</summary>
    private void Unwrap(HtmlElementNode element)
    {
        _drops.Add(new HtmlDrop($"<{element.Tag.Name}> without its closing tag", element.Span, "its text is kept; close the element"));
        var siblings = Current;
        var at = siblings.FindIndex(n => ReferenceEquals(n, element));
        siblings.RemoveAt(at);
        siblings.InsertRange(at, element.Children);
    }

    private void Drop(string what, HtmlToken token, SourceSpan span, string hint) => _drops.Add(new HtmlDrop($"{what} {Describe(token.Text)}", span, hint));

    public static string Describe(string raw)
    {
        var text = raw.Trim().ReplaceLineEndings(" ");
        return "'" + (text.Length > 40 ? text[..40] + "…" : text) + "'";
    }
}
