namespace Publish.Model;

/// <summary>
/// The one traversal of the model (after pandoc's <c>Walk</c>): <see cref="Children(Block, INodeVisitor)"/>
/// is the only place that knows where each node type keeps its children and its values. Walkers,
/// rewriters, the fingerprint and plain-text extraction are all built on it, so a new node type
/// is added to its definition and to the two switches here — a test fails, naming the type, until it is.
/// </summary>
public static partial class Walk
{
    /// <summary>
    /// Hands the block's values and child lists to <paramref name="v"/> in reading order and returns the
    /// block rebuilt from the lists it gave back (the same instance when it gave back every list unchanged).
    /// </summary>
    public static Block Children(Block block, INodeVisitor v)
    {
        // Readers bound nesting; should a tree still be deep enough to exhaust the stack, every
        // traversal throws a catchable exception here (PUB0000 for its input) instead of killing the process.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (block)
        {
            case Paragraph p: return Same(v.Inlines(p.Content), p.Content, out var pc) ? p : p with { Content = pc };
            case Heading h: v.Value(h.Level); return Same(v.Inlines(h.Content), h.Content, out var hc) ? h : h with { Content = hc };
            case BlockQuote q: return Same(v.Blocks(q.Content), q.Content, out var qc) ? q : q with { Content = qc };
            case BulletList l: v.Value(l.Tight ? 1 : 0); return Same(Items(l.Items, v), l.Items, out var bi) ? l : l with { Items = bi };
            case OrderedList l:
                v.Value(l.Tight ? 1 : 0); v.Value(l.Start); v.Value((int)l.Style);
                return Same(Items(l.Items, v), l.Items, out var oi) ? l : l with { Items = oi };
            case DefinitionList d: return Same(Definitions(d.Items, v), d.Items, out var di) ? d : d with { Items = di };
            case CodeBlock c: v.Value(c.Language); v.Value(c.Text); return c;
            case Table t: return TableChildren(t, v);
            case Figure f: return FigureChildren(f, v);
            case ThematicBreak: return block;
            case RawBlock r: v.Value(r.Format); v.Value(r.Text); return r;
            case Div d: return Same(v.Blocks(d.Content), d.Content, out var dc) ? d : d with { Content = dc };
            case Plain p: return Same(v.Inlines(p.Content), p.Content, out var pl) ? p : p with { Content = pl };
            case HtmlBlockElement h: v.Value(h.Name); return Same(v.Blocks(h.Content), h.Content, out var hb) ? h : h with { Content = hb };
            default: throw Unknown(block);
        }
    }

    /// <summary>The inline counterpart of <see cref="Children(Block, INodeVisitor)"/>.</summary>
    public static Inline Children(Inline inline, INodeVisitor v)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (inline)
        {
            case Text t: v.Value(t.Value); return t;
            case Emphasis e: return Same(v.Inlines(e.Content), e.Content, out var ec) ? e : e with { Content = ec };
            case Strong s: return Same(v.Inlines(s.Content), s.Content, out var sc) ? s : s with { Content = sc };
            case Strikethrough s: return Same(v.Inlines(s.Content), s.Content, out var kc) ? s : s with { Content = kc };
            case Superscript s: return Same(v.Inlines(s.Content), s.Content, out var uc) ? s : s with { Content = uc };
            case Subscript s: return Same(v.Inlines(s.Content), s.Content, out var bc) ? s : s with { Content = bc };
            case SmallCaps s: return Same(v.Inlines(s.Content), s.Content, out var mc) ? s : s with { Content = mc };
            case Code c: v.Value(c.Value); return c;
            case Link l: v.Value(l.Target); v.Value(l.Title); return Same(v.Inlines(l.Content), l.Content, out var lc) ? l : l with { Content = lc };
            case Image i: v.Value(i.Source); v.Value(i.Alt); v.Value(i.Title); return i;
            case LineBreak or SoftBreak: return inline;
            case Note n: return Same(v.Blocks(n.Content), n.Content, out var nc) ? n : n with { Content = nc };
            case TexMath m: v.Value(m.Tex); v.Value(m.Display ? 1 : 0); return m;
            case Quoted q: v.Value((int)q.Kind); return Same(v.Inlines(q.Content), q.Content, out var qc) ? q : q with { Content = qc };
            case Span s: return Same(v.Inlines(s.Content), s.Content, out var xc) ? s : s with { Content = xc };
            case HtmlInlineElement h: v.Value(h.Name); return Same(v.Inlines(h.Content), h.Content, out var hc) ? h : h with { Content = hc };
            case Citation c: return CitationChildren(c, v);
            default: throw Unknown(inline);
        }
    }

    private static NotSupportedException Unknown(Node node) =>
        new($"Walk.Children does not know the node type {node.GetType().Name}: add it to src/Publish.Model/Traversal/Walk.cs");

    private static bool Same<T>(T given, T original, out T result) where T : class
    {
        result = given;
        return ReferenceEquals(given, original);
    }

    private static IReadOnlyList<ListItem> Items(IReadOnlyList<ListItem> items, INodeVisitor v)
    {
        v.Value(items.Count);
        return Rebuilt(items, item =>
        {
            v.Value(item.Checked is { } c ? (c ? 1 : 0) : -1);
            return Same(v.Blocks(item.Content), item.Content, out var content) ? item : item with { Content = content };
        });
    }

    private static IReadOnlyList<DefinitionItem> Definitions(IReadOnlyList<DefinitionItem> items, INodeVisitor v)
    {
        v.Value(items.Count);
        return Rebuilt(items, item =>
        {
            var term = v.Inlines(item.Term);
            v.Value(item.Definitions.Count);
            var definitions = Rebuilt(item.Definitions, v.Blocks);
            return ReferenceEquals(term, item.Term) && ReferenceEquals(definitions, item.Definitions)
                ? item : item with { Term = term, Definitions = definitions };
        });
    }

    private static Block TableChildren(Table t, INodeVisitor v)
    {
        v.Value(t.Columns.Count);
        foreach (var column in t.Columns) { v.Value((int)column.Alignment); v.Value(column.RelativeWidth); }
        // The caption first, where the EPUB's <caption> and the PDF put it.
        var caption = v.Inlines(t.Caption);
        var head = Rows(t.Head, v);
        var body = Rows(t.Body, v);
        return ReferenceEquals(head, t.Head) && ReferenceEquals(body, t.Body) && ReferenceEquals(caption, t.Caption)
            ? t : t with { Head = head, Body = body, Caption = caption };
    }

    private static IReadOnlyList<TableRow> Rows(IReadOnlyList<TableRow> rows, INodeVisitor v)
    {
        v.Value(rows.Count);
        return Rebuilt(rows, row =>
        {
            v.Value(row.Cells.Count);
            var cells = Rebuilt(row.Cells, cell =>
            {
                v.Value(cell.ColSpan); v.Value(cell.RowSpan);
                return Same(v.Blocks(cell.Content), cell.Content, out var content) ? cell : cell with { Content = content };
            });
            return ReferenceEquals(cells, row.Cells) ? row : row with { Cells = cells };
        });
    }

    // Each item (key, mode, prefix, suffix), then the text that stands for them: passes see every
    // inline of the node; PlainText and the writers read only Content, which is what is shown.
    private static Citation CitationChildren(Citation c, INodeVisitor v)
    {
        v.Value(c.Items.Count);
        var items = Rebuilt(c.Items, item =>
        {
            v.Value(item.Id); v.Value((int)item.Mode);
            var prefix = v.Inlines(item.Prefix);
            var suffix = v.Inlines(item.Suffix);
            return ReferenceEquals(prefix, item.Prefix) && ReferenceEquals(suffix, item.Suffix) ? item : item with { Prefix = prefix, Suffix = suffix };
        });
        var content = v.Inlines(c.Content);
        return ReferenceEquals(items, c.Items) && ReferenceEquals(content, c.Content) ? c : c with { Items = items, Content = content };
    }

    // The caption, then the image (as an inline list of one, so passes see it like any image). A
    // pass may turn the image into something else (its alt text when it cannot be embedded): the
    // figure then becomes a paragraph of whatever replaced it.
    private static Block FigureChildren(Figure f, INodeVisitor v)
    {
        var caption = v.Inlines(f.Caption);
        IReadOnlyList<Inline> original = [f.Image];
        var image = v.Inlines(original);
        if (ReferenceEquals(image, original) || image is [Image same] && ReferenceEquals(same, f.Image))
            return ReferenceEquals(caption, f.Caption) ? f : f with { Caption = caption };
        return image is [Image replaced] ? f with { Image = replaced, Caption = caption }
            : new Paragraph(image) { Span = f.Span, Attr = f.Attr };
    }

    // Maps a list, keeping the original instance when every element maps to itself.
    private static IReadOnlyList<T> Rebuilt<T>(IReadOnlyList<T> items, Func<T, T> map) where T : class
    {
        List<T>? changed = null;
        for (var i = 0; i < items.Count; i++)
        {
            var mapped = map(items[i]);
            if (changed is null && !ReferenceEquals(mapped, items[i])) { changed = new List<T>(items.Count); for (var j = 0; j < i; j++) changed.Add(items[j]); }
            changed?.Add(mapped);
        }
        return changed is null ? items : changed;
    }
}
