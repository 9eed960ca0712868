namespace Publish.Model;

/// <summary>
/// Visits every block and inline under some blocks, parents before children, in reading order
/// (note contents where the note stands) — for passes that only look, where a
/// <see cref="Rewriter"/> would rebuild the whole tree for nothing.
/// </summary>
public static class NodeWalker
{
    public static void Walk(IEnumerable<Block> blocks, Action<Node> visit)
    {
        foreach (var block in blocks) Walk(block, visit);
    }

    public static void Walk(Block block, Action<Node> visit)
    {
        visit(block);
        switch (block)
        {
            case Paragraph p: Walk(p.Content, visit); break;
            case Heading h: Walk(h.Content, visit); break;
            case BlockQuote q: Walk(q.Content, visit); break;
            case BulletList l: foreach (var item in l.Items) Walk(item.Content, visit); break;
            case OrderedList l: foreach (var item in l.Items) Walk(item.Content, visit); break;
            case DefinitionList d:
                foreach (var item in d.Items)
                {
                    Walk(item.Term, visit);
                    foreach (var definition in item.Definitions) Walk(definition, visit);
                }
                break;
            case Table t:
                foreach (var cell in t.Head.Concat(t.Body).SelectMany(r => r.Cells)) Walk(cell.Content, visit);
                Walk(t.Caption, visit);
                break;
            case Figure f:
                Walk(f.Image, visit);
                Walk(f.Caption, visit);
                break;
            case Div d: Walk(d.Content, visit); break;
        }
    }

    public static void Walk(IEnumerable<Inline> inlines, Action<Node> visit)
    {
        foreach (var inline in inlines) Walk(inline, visit);
    }

    public static void Walk(Inline inline, Action<Node> visit)
    {
        visit(inline);
        switch (inline)
        {
            case Emphasis e: Walk(e.Content, visit); break;
            case Strong s: Walk(s.Content, visit); break;
            case Strikethrough s: Walk(s.Content, visit); break;
            case Superscript s: Walk(s.Content, visit); break;
            case Subscript s: Walk(s.Content, visit); break;
            case SmallCaps s: Walk(s.Content, visit); break;
            case Link l: Walk(l.Content, visit); break;
            case Quoted q: Walk(q.Content, visit); break;
            case Span s: Walk(s.Content, visit); break;
            case Note n: Walk(n.Content, visit); break;
        }
    }
}
