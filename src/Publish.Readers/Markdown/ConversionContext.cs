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
    public SourceSpan At(int line0, int column0) =>
        new(File, FirstLine + Math.Max(0, line0), (line0 <= 0 ? FirstColumn0 + Math.Max(0, column0) : Math.Max(0, column0)) + 1);

    public SourceSpan Of(MarkdownObject node) => At(node.Line, node.Column);

    public SpanMap Child(int line0, int column0) =>
        new(File, FirstLine + Math.Max(0, line0), line0 <= 0 ? FirstColumn0 + column0 : column0);
}

/// <summary>What every converter of one document shares: diagnostics, ids, pipeline and nesting depth.</summary>
internal sealed class ConversionContext(MarkdownPipeline pipeline, bool extended, HeadingIds ids, DiagnosticBag diagnostics)
{
    /// <summary>
    /// Containers nested deeper than this are flattened into their parent: writers and the
    /// <see cref="Rewriter"/> recurse over the model, and no real book nests 64 levels.
    /// </summary>
    public const int MaxModelDepth = 64;

    public MarkdownPipeline Pipeline { get; } = pipeline;
    public bool Extended { get; } = extended;
    public HeadingIds Ids { get; } = ids;
    public DiagnosticBag Diagnostics { get; } = diagnostics;
    public int Depth { get; set; }
    /// <summary>Footnotes being converted right now, so a note citing itself cannot loop.</summary>
    public HashSet<Markdig.Extensions.Footnotes.Footnote> OpenFootnotes { get; } = [];
    private bool _reportedDepth;

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
