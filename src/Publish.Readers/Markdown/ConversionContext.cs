using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Publish.Model;
using SourceSpan = Publish.Model.SourceSpan;

namespace Publish.Readers.Markdown;

/// <summary>
/// Maps Markdig's 0-based (line, column) to our 1-based spans. Text parsed again (inline notes,
/// bracketed spans) gets a child map anchored where that text starts.
/// </summary>
internal sealed record SpanMap(string File, int FirstLine, int FirstColumn0)
{
    /// <summary>When the text was rewritten before parsing (<see cref="PandocBlockSyntax"/>): each parsed line's line in the source.</summary>
    public int[]? OriginalLine { get; init; }

    private int Line(int line0) =>
        OriginalLine is { } lines && line0 >= 0 && lines.Length > 0 ? lines[Math.Min(line0, lines.Length - 1)] : Math.Max(0, line0);

    public SourceSpan At(int line0, int column0) =>
        new(File, FirstLine + Line(line0), (Line(line0) <= 0 ? FirstColumn0 + Math.Max(0, column0) : Math.Max(0, column0)) + 1);

    public SourceSpan Of(MarkdownObject node) => At(node.Line, node.Column);

    public SpanMap Child(int line0, int column0) =>
        new(File, FirstLine + Line(line0), Line(line0) <= 0 ? FirstColumn0 + column0 : column0);
}

/// <summary>What every converter of one document shares: diagnostics, ids, pipeline and nesting depth.</summary>
internal sealed class ConversionContext(MarkdownPipeline pipeline, SourceFormat format, HeadingIds ids, DiagnosticBag diagnostics)
{
    /// <summary>
    /// Containers nested deeper than this are flattened into their parent: writers and the
    /// <see cref="Rewriter"/> recurse over the model, and no real book nests 64 levels.
    /// </summary>
    public const int MaxModelDepth = 64;

    public MarkdownPipeline Pipeline { get; } = pipeline;
    /// <summary>pandoc's Markdown: smart punctuation, implicit figures, its extensions.</summary>
    public bool Extended { get; } = format == SourceFormat.Markdown;
    /// <summary>GitHub's dialect: GitHub's heading ids, alerts.</summary>
    public bool Gfm { get; } = format == SourceFormat.Gfm;
    public HeadingIds Ids { get; } = ids;
    public DiagnosticBag Diagnostics { get; } = diagnostics;
    public int Depth { get; set; }
    /// <summary>Items of pandoc example lists <c>(@)</c> numbered so far.</summary>
    public int ExamplesSoFar { get; set; }
    /// <summary>The number of each labelled example <c>(@label)</c>, for references <c>@label</c> in the text.</summary>
    public IReadOnlyDictionary<string, int> ExampleLabels { get; init; } = new Dictionary<string, int>();
    /// <summary>Footnotes being converted right now, so a note citing itself cannot loop.</summary>
    public HashSet<Markdig.Extensions.Footnotes.Footnote> OpenFootnotes { get; } = [];
    /// <summary>TeX macros defined in raw TeX blocks so far, expanded in the math after them.</summary>
    public TexMacros Macros { get; } = new();
    /// <summary>Where each raw TeX block read so far starts, and its last line: reported together (PUB0307).</summary>
    public List<(SourceSpan Start, int LastLine)> RawTexLines { get; } = [];
    private bool _reportedDepth;

    /// <summary>
    /// One warning for all the raw TeX of a document, naming the lines of every block, since no output
    /// renders TeX and each leaves those blocks out.
    /// </summary>
    public void ReportRawTex()
    {
        if (RawTexLines.Count == 0) return;
        var where = string.Join(", ", RawTexLines.Select(r => r.LastLine > r.Start.Line ? $"{r.Start.Line}\u2013{r.LastLine}" : $"{r.Start.Line}"));
        var blocks = RawTexLines.Count == 1 ? "1 raw TeX block" : $"{RawTexLines.Count} raw TeX blocks";
        var lines = RawTexLines.Count > 1 || RawTexLines[0].LastLine > RawTexLines[0].Start.Line ? "lines" : "line";
        Diagnostics.Report(DiagnosticCatalog.RawTexLeftOut, $"{blocks} ({lines} {where}) {(RawTexLines.Count == 1 ? "is" : "are")} kept in the model but left out of every output: none renders TeX",
            RawTexLines[0].Start, "to show the text, put it in a code block or write it as Markdown");
    }

    public void ReportTooDeep(SourceSpan span)
    {
        if (_reportedDepth) return;
        _reportedDepth = true;
        Diagnostics.Report(DiagnosticCatalog.NestingFlattened, $"nesting deeper than {MaxModelDepth} levels is flattened", span,
            "quotes, lists and notes this deep are almost always a mistake in the source");
    }

    /// <summary>Generic attributes Markdig attached to a node, as our <see cref="Attr"/>.</summary>
    public static Attr AttrOf(IMarkdownObject node)
    {
        var attributes = node.TryGetAttributes();
        if (attributes is null) return Attr.Empty;
        return new Attr(attributes.Id ?? "", attributes.Classes?.ToList() ?? [],
            attributes.Properties?.Select(p => new KeyValuePair<string, string>(p.Key, p.Value ?? "")).ToList() ?? []);
    }
}
