using Publish.Epub.Xhtml.Blocks;
using Publish.Epub.Xhtml.Inlines;
using Publish.Model;

namespace Publish.Epub.Xhtml;

/// <summary>
/// Model → XHTML through one small renderer class per node type, registered here by type (the
/// shape of Markdig's HtmlRenderer). The EPUB writer and the HTML writer both drive it; only
/// <see cref="XhtmlSettings"/> differs between them.
/// </summary>
internal sealed class XhtmlRenderer
{
    private static readonly Dictionary<Type, IBlockRenderer> BlockRenderers = new()
    {
        [typeof(Paragraph)] = new ParagraphRenderer(),
        [typeof(Heading)] = new HeadingRenderer(),
        [typeof(BlockQuote)] = new BlockQuoteRenderer(),
        [typeof(BulletList)] = new BulletListRenderer(),
        [typeof(OrderedList)] = new OrderedListRenderer(),
        [typeof(DefinitionList)] = new DefinitionListRenderer(),
        [typeof(CodeBlock)] = new CodeBlockRenderer(),
        [typeof(Table)] = new TableRenderer(),
        [typeof(Figure)] = new FigureRenderer(),
        [typeof(ThematicBreak)] = new ThematicBreakRenderer(),
        [typeof(Div)] = new DivRenderer(),
        [typeof(Plain)] = new PlainRenderer(),
        [typeof(HtmlBlockElement)] = new HtmlBlockElementRenderer(),
        [typeof(RawBlock)] = new RawBlockRenderer(),
    };

    private static readonly Dictionary<Type, IInlineRenderer> InlineRenderers = new()
    {
        [typeof(Text)] = new TextRenderer(),
        [typeof(Emphasis)] = new WrapperRenderer<Emphasis>("em", e => e.Content),
        [typeof(Strong)] = new WrapperRenderer<Strong>("strong", e => e.Content),
        [typeof(Strikethrough)] = new WrapperRenderer<Strikethrough>("del", e => e.Content),
        [typeof(Superscript)] = new WrapperRenderer<Superscript>("sup", e => e.Content),
        [typeof(Subscript)] = new WrapperRenderer<Subscript>("sub", e => e.Content),
        [typeof(SmallCaps)] = new WrapperRenderer<SmallCaps>("span", e => e.Content, "smallcaps"),
        [typeof(Span)] = new WrapperRenderer<Span>("span", e => e.Content),
        [typeof(Citation)] = new CitationRenderer(),
        [typeof(HtmlInlineElement)] = new HtmlInlineElementRenderer(),
        [typeof(Code)] = new CodeRenderer(),
        [typeof(Link)] = new LinkRenderer(),
        [typeof(Image)] = new ImageRenderer(),
        [typeof(LineBreak)] = new LineBreakRenderer(),
        [typeof(SoftBreak)] = new SoftBreakRenderer(),
        [typeof(Note)] = new NoteRenderer(),
        [typeof(TexMath)] = new MathRenderer(),
        [typeof(Quoted)] = new QuotedRenderer(),
    };

    public XhtmlRenderer(XhtmlSettings settings, DiagnosticBag diagnostics, IdRegistry? ids = null)
    {
        Settings = settings;
        Diagnostics = diagnostics;
        Ids = ids ?? new IdRegistry();
    }

    public Markup Out { get; private set; } = new();
    public XhtmlSettings Settings { get; }
    public DiagnosticBag Diagnostics { get; }
    public IdRegistry Ids { get; }
    public NoteCollector Notes { get; } = new();

    /// <summary>Set once any formula was written as MathML (the OPF must declare it).</summary>
    public bool WroteMathML { get; internal set; }

    /// <summary>Paragraphs directly inside a tight list item are written without <c>&lt;p&gt;</c>.</summary>
    internal bool TightParagraphs { get; set; }

    /// <summary>Renders blocks as an XHTML fragment, footnotes at its end (the CommonMark test's entry point).</summary>
    public static string RenderBlocks(IReadOnlyList<Block> blocks, XhtmlSettings? settings = null, DiagnosticBag? diagnostics = null)
    {
        var renderer = new XhtmlRenderer(settings ?? XhtmlSettings.Default, diagnostics ?? new DiagnosticBag());
        renderer.WriteBlocks(blocks);
        renderer.FlushNotes();
        return renderer.TakeOutput();
    }

    /// <summary>Returns what was written so far and starts a fresh buffer (one per chapter file).</summary>
    public string TakeOutput()
    {
        var text = Out.ToString();
        Out = new Markup();
        return text;
    }

    public void FlushNotes() => Notes.Flush(this, Settings.NoteNumbering);

    public void WriteBlocks(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks) WriteBlock(block);
    }

    public void WriteBlock(Block block)
    {
        if (Settings.PageBreaksBefore?.Invoke(block) is { Count: > 0 } labels)
            foreach (var label in labels)
                Out.EnsureLine().Void("span", ("epub:type", "pagebreak"), ("role", "doc-pagebreak"), ("id", Package.PageBreaks.IdOf(label)), ("aria-label", label)).Line();
        if (BlockRenderers.TryGetValue(block.GetType(), out var renderer)) renderer.Write(this, block);
        else Diagnostics.Report(DiagnosticCatalog.NotWrittenToXhtml, $"no XHTML renderer for {block.GetType().Name}; the block is left out", block.Span);
    }

    public void WriteInlines(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines) WriteInline(inline);
    }

    public void WriteInline(Inline inline)
    {
        if (InlineRenderers.TryGetValue(inline.GetType(), out var renderer)) renderer.Write(this, inline);
        else Diagnostics.Report(DiagnosticCatalog.NotWrittenToXhtml, $"no XHTML renderer for {inline.GetType().Name}; it is left out", inline.Span);
    }

    /// <summary>Writes blocks with tight-list paragraph handling switched off (containers nested in items).</summary>
    public void WriteNestedBlocks(IEnumerable<Block> blocks)
    {
        var tight = TightParagraphs;
        TightParagraphs = false;
        WriteBlocks(blocks);
        TightParagraphs = tight;
    }

    /// <summary>An <c>epub:type</c> attribute in EPUB files, nothing in the HTML page.</summary>
    public (string, string?) EpubType(string value) => ("epub:type", Settings.EpubSemantics ? value : null);

    /// <summary>
    /// The node's attribute bag as XHTML attributes: a unique id, classes (plus <paramref name="extraClass"/>),
    /// <c>lang</c> with its <c>xml:lang</c> twin, other keys as <c>data-*</c> so nothing unchecked reaches the page.
    /// </summary>
    public (string Name, string? Value)[] Attributes(Attr attr, string? extraClass = null, params (string Name, string? Value)[] more)
    {
        var list = new List<(string, string?)> { ("id", Ids.Claim(attr.Id)) };
        var classes = attr.Classes.Where(c => c.Length > 0 && !c.Any(char.IsWhiteSpace)).ToList();
        if (extraClass is not null) classes.Add(extraClass);
        if (classes.Count > 0) list.Add(("class", string.Join(' ', classes)));
        list.AddRange(more);
        foreach (var (key, value) in attr.KeyValues)
        {
            if (key == "lang") { list.Add(("lang", value)); list.Add(("xml:lang", value)); }
            else if (key is "title" or "dir") list.Add((key, value));
            else if (DataName(key) is { } name) list.Add((name, value));
        }
        return [.. list];
    }

    private static string? DataName(string key)
    {
        var clean = new string(key.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').ToArray());
        return clean.Length == 0 ? null : "data-" + clean;
    }
}
