namespace Publish.Model;

/// <summary>
/// Writes every node of a subtree into a <see cref="ContentHashBuilder"/>: a tag per kind, then
/// its fields and children (the node list of <see cref="Rewriter"/>). Returns false on a node kind
/// it does not know, so that a new kind can never make two different documents look equal.
/// </summary>
internal sealed class NodeHasher(ContentHashBuilder b)
{
    public bool Hash(Block block)
    {
        Attr(block.Attr);
        switch (block)
        {
            case Paragraph p: b.Add(1); return Inlines(p.Content);
            case Heading h: b.Add(2).Add(h.Level); return Inlines(h.Content);
            case BlockQuote q: b.Add(3); return Blocks(q.Content);
            case BulletList l: b.Add(4).Add(l.Tight); return Items(l.Items);
            case OrderedList l: b.Add(5).Add(l.Tight).Add(l.Start).Add((int)l.Style); return Items(l.Items);
            case DefinitionList d:
                b.Add(6).Add(d.Items.Count);
                foreach (var item in d.Items)
                {
                    if (!Inlines(item.Term)) return false;
                    b.Add(item.Definitions.Count);
                    foreach (var definition in item.Definitions) if (!Blocks(definition)) return false;
                }
                return true;
            case CodeBlock c: b.Add(7).Add(c.Language).Add(c.Text); return true;
            case Table t:
                b.Add(8).Add(t.Columns.Count);
                foreach (var column in t.Columns) b.Add((int)column.Alignment).Add(column.RelativeWidth);
                return Rows(t.Head) && Rows(t.Body) && Inlines(t.Caption);
            case Figure f: b.Add(9); return Hash(f.Image) && Inlines(f.Caption);
            case ThematicBreak: b.Add(10); return true;
            case Div d: b.Add(11); return Blocks(d.Content);
            case Plain p: b.Add(12); return Inlines(p.Content);
            case HtmlBlockElement h: b.Add(13).Add(h.Name); return Blocks(h.Content);
            default: return false;
        }
    }

    private bool Hash(Inline inline)
    {
        Attr(inline.Attr);
        switch (inline)
        {
            case Text t: b.Add(101).Add(t.Value); return true;
            case Emphasis e: b.Add(102); return Inlines(e.Content);
            case Strong s: b.Add(103); return Inlines(s.Content);
            case Strikethrough s: b.Add(104); return Inlines(s.Content);
            case Superscript s: b.Add(105); return Inlines(s.Content);
            case Subscript s: b.Add(106); return Inlines(s.Content);
            case SmallCaps s: b.Add(107); return Inlines(s.Content);
            case Code c: b.Add(108).Add(c.Value); return true;
            case Link l: b.Add(109).Add(l.Target).Add(l.Title); return Inlines(l.Content);
            case Image i: b.Add(110).Add(i.Source).Add(i.Alt).Add(i.Title); return true;
            case LineBreak: b.Add(111); return true;
            case SoftBreak: b.Add(112); return true;
            case Note n: b.Add(113); return Blocks(n.Content);
            case TexMath m: b.Add(114).Add(m.Tex).Add(m.Display); return true;
            case Quoted q: b.Add(115).Add((int)q.Kind); return Inlines(q.Content);
            case Span s: b.Add(116); return Inlines(s.Content);
            case HtmlInlineElement h: b.Add(117).Add(h.Name); return Inlines(h.Content);
            default: return false;
        }
    }

    private bool Blocks(IReadOnlyList<Block> blocks)
    {
        b.Add(blocks.Count);
        foreach (var block in blocks) if (!Hash(block)) return false;
        return true;
    }

    private bool Inlines(IReadOnlyList<Inline> inlines)
    {
        b.Add(inlines.Count);
        foreach (var inline in inlines) if (!Hash(inline)) return false;
        return true;
    }

    private bool Items(IReadOnlyList<ListItem> items)
    {
        b.Add(items.Count);
        foreach (var item in items)
        {
            b.Add(item.Checked is { } c ? (c ? 1 : 0) : -1);
            if (!Blocks(item.Content)) return false;
        }
        return true;
    }

    private bool Rows(IReadOnlyList<TableRow> rows)
    {
        b.Add(rows.Count);
        foreach (var row in rows)
        {
            b.Add(row.Cells.Count);
            foreach (var cell in row.Cells)
            {
                b.Add(cell.ColSpan).Add(cell.RowSpan);
                if (!Blocks(cell.Content)) return false;
            }
        }
        return true;
    }

    private void Attr(Attr attr)
    {
        if (attr.IsEmpty) { b.Add(0); return; }
        b.Add(1).Add(attr.Id).Add(attr.Classes.Count);
        foreach (var c in attr.Classes) b.Add(c);
        b.Add(attr.KeyValues.Count);
        foreach (var (key, value) in attr.KeyValues) b.Add(key).Add(value);
    }
}
