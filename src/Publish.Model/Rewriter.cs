namespace Publish.Model;

/// <summary>
/// Rebuilds a document bottom-up, giving a pass the chance to replace any inline or block.
/// Passes (resource resolution, id fixing) override only the hooks they need.
/// </summary>
public abstract class Rewriter
{
    public Document Rewrite(Document document) => document with { Blocks = Blocks(document.Blocks) };

    public IReadOnlyList<Block> Blocks(IReadOnlyList<Block> blocks)
    {
        // A catchable exception, reported for its input, where a deeper tree would overflow the stack.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var result = new List<Block>(blocks.Count);
        foreach (var block in blocks) result.AddRange(RewriteBlock(RebuildBlock(block)));
        return result;
    }

    public IReadOnlyList<Inline> Inlines(IReadOnlyList<Inline> inlines)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var result = new List<Inline>(inlines.Count);
        foreach (var inline in inlines) result.AddRange(RewriteInline(RebuildInline(inline)));
        return result;
    }

    /// <summary>Replace one block (its children already rewritten) by zero or more blocks.</summary>
    protected virtual IEnumerable<Block> RewriteBlock(Block block) => [block];

    /// <summary>Replace one inline (its children already rewritten) by zero or more inlines.</summary>
    protected virtual IEnumerable<Inline> RewriteInline(Inline inline) => [inline];

    private Block RebuildBlock(Block block) => block switch
    {
        Paragraph p => p with { Content = Inlines(p.Content) },
        Heading h => h with { Content = Inlines(h.Content) },
        BlockQuote q => q with { Content = Blocks(q.Content) },
        BulletList l => l with { Items = Items(l.Items) },
        OrderedList l => l with { Items = Items(l.Items) },
        DefinitionList d => d with
        {
            Items = d.Items.Select(i => i with { Term = Inlines(i.Term), Definitions = i.Definitions.Select(Blocks).ToList() }).ToList(),
        },
        Table t => t with { Head = Rows(t.Head), Body = Rows(t.Body), Caption = Inlines(t.Caption) },
        Figure f => RebuildFigure(f),
        Div d => d with { Content = Blocks(d.Content) },
        Plain p => p with { Content = Inlines(p.Content) },
        HtmlBlockElement h => h with { Content = Blocks(h.Content) },
        _ => block,
    };

    private Block RebuildFigure(Figure figure)
    {
        var caption = Inlines(figure.Caption);
        var image = Inlines([figure.Image]);
        // A pass may turn the image into something else (e.g. alt text when it cannot be embedded).
        return image is [Image img] ? figure with { Image = img, Caption = caption }
            : new Paragraph(image) { Span = figure.Span, Attr = figure.Attr };
    }

    private List<ListItem> Items(IReadOnlyList<ListItem> items) => items.Select(i => i with { Content = Blocks(i.Content) }).ToList();

    private List<TableRow> Rows(IReadOnlyList<TableRow> rows) =>
        rows.Select(r => new TableRow(r.Cells.Select(c => c with { Content = Blocks(c.Content) }).ToList())).ToList();

    private Inline RebuildInline(Inline inline) => inline switch
    {
        Emphasis e => e with { Content = Inlines(e.Content) },
        Strong s => s with { Content = Inlines(s.Content) },
        Strikethrough s => s with { Content = Inlines(s.Content) },
        Superscript s => s with { Content = Inlines(s.Content) },
        Subscript s => s with { Content = Inlines(s.Content) },
        SmallCaps s => s with { Content = Inlines(s.Content) },
        Link l => l with { Content = Inlines(l.Content) },
        Quoted q => q with { Content = Inlines(q.Content) },
        Span s => s with { Content = Inlines(s.Content) },
        HtmlInlineElement h => h with { Content = Inlines(h.Content) },
        Note n => n with { Content = Blocks(n.Content) },
        _ => inline,
    };
}
