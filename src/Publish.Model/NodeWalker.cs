namespace Publish.Model;

/// <summary>
/// Visits every block and inline under some blocks in reading order (note contents where the
/// note stands; a figure's caption before its image, as <see cref="Rewriter"/> goes) — for passes
/// that only look, where a <see cref="Rewriter"/> would rebuild the whole tree for nothing.
/// <c>Walk</c> visits parents before their children; <c>WalkChildrenFirst</c> after them, the
/// order in which a <see cref="Rewriter"/> calls its hooks.
/// </summary>
public static class NodeWalker
{
    public static void Walk(IEnumerable<Block> blocks, Action<Node> visit) => new Visitor(visit, null).Blocks(blocks);

    public static void WalkChildrenFirst(IEnumerable<Block> blocks, Action<Node> visit) => new Visitor(null, visit).Blocks(blocks);

    private sealed class Visitor(Action<Node>? before, Action<Node>? after)
    {
        public void Blocks(IEnumerable<Block> blocks)
        {
            foreach (var block in blocks) Block(block);
        }

        private void Block(Block block)
        {
            // Readers bound nesting; should a tree still be deep enough to exhaust the stack, this
            // throws a catchable exception (reported for its input) instead of killing the process.
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            before?.Invoke(block);
            switch (block)
            {
                case Paragraph p: Inlines(p.Content); break;
                case Heading h: Inlines(h.Content); break;
                case BlockQuote q: Blocks(q.Content); break;
                case BulletList l: foreach (var item in l.Items) Blocks(item.Content); break;
                case OrderedList l: foreach (var item in l.Items) Blocks(item.Content); break;
                case DefinitionList d:
                    foreach (var item in d.Items)
                    {
                        Inlines(item.Term);
                        foreach (var definition in item.Definitions) Blocks(definition);
                    }
                    break;
                case Table t:
                    foreach (var row in t.Head.Concat(t.Body)) foreach (var cell in row.Cells) Blocks(cell.Content);
                    Inlines(t.Caption);
                    break;
                case Figure f:
                    Inlines(f.Caption);
                    Inline(f.Image);
                    break;
                case Div d: Blocks(d.Content); break;
                case Plain p: Inlines(p.Content); break;
                case HtmlBlockElement h: Blocks(h.Content); break;
            }
            after?.Invoke(block);
        }

        private void Inlines(IEnumerable<Inline> inlines)
        {
            foreach (var inline in inlines) Inline(inline);
        }

        private void Inline(Inline inline)
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            before?.Invoke(inline);
            switch (inline)
            {
                case Emphasis e: Inlines(e.Content); break;
                case Strong s: Inlines(s.Content); break;
                case Strikethrough s: Inlines(s.Content); break;
                case Superscript s: Inlines(s.Content); break;
                case Subscript s: Inlines(s.Content); break;
                case SmallCaps s: Inlines(s.Content); break;
                case Link l: Inlines(l.Content); break;
                case Quoted q: Inlines(q.Content); break;
                case Span s: Inlines(s.Content); break;
                case Note n: Blocks(n.Content); break;
                case HtmlInlineElement h: Inlines(h.Content); break;
            }
            after?.Invoke(inline);
        }
    }
}
