using Markdig;
using Markdig.Syntax;
using Publish.Model;
using Block = Publish.Model.Block;

namespace Publish.Readers.Markdown;

/// <summary>
/// Turns a Markdig syntax tree into model nodes. Split by family: blocks, inlines, tables and
/// raw HTML each live in their own part of this class.
/// </summary>
internal sealed partial class Converter(ConversionContext context, SpanMap map)
{
    public List<Block> Document(MarkdownDocument document) => Blocks(document);

    /// <summary>Parses text found inside a node (an inline note, a bracketed span) with the same pipeline.</summary>
    private List<Block> ParseAgain(string text)
    {
        if (MarkdownPipelines.TryParse(text, context.Pipeline) is { } syntax) return Blocks(syntax);
        var span = map.At(0, 0);
        context.ReportTooDeep(span);
        return [new Paragraph([new Publish.Model.Text(text) { Span = span }]) { Span = span }];
    }

    private Converter At(int line0, int column0) => new(context, map.Child(line0, column0));

    /// <summary>Runs <paramref name="convert"/> one level deeper, or returns null when the model is deep enough already.</summary>
    private T? Deeper<T>(MarkdownObject node, Func<T?> convert) where T : class
    {
        if (context.Depth >= ConversionContext.MaxModelDepth)
        {
            context.ReportTooDeep(map.Of(node));
            return null;
        }
        context.Depth++;
        try { return convert(); }
        finally { context.Depth--; }
    }
}
