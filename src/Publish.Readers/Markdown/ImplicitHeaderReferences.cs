using System.Text.RegularExpressions;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Publish.Readers.Markdown;

/// <summary>
/// pandoc's implicit_header_references: <c>[Heading text]</c> (or <c>[text][Heading text]</c>)
/// links to the heading with that text, unless a reference definition of that label exists. The
/// headings are known once the blocks are parsed, so the references are added just before Markdig
/// reads the inlines, pointing at the id the heading will get (its <c>{#id}</c> or pandoc's
/// auto identifier; the first heading of a text wins, as in pandoc).
/// </summary>
internal sealed partial class ImplicitHeaderReferences : IMarkdownExtension
{
    private static readonly object s_key = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        foreach (var parser in pipeline.BlockParsers)
            if (parser is HeadingBlockParser or ParagraphBlockParser) parser.Closed += OnClosed;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is not HeadingBlock) return;
        var document = processor.Document;
        if (document.GetData(s_key) is not null) return;
        document.SetData(s_key, true);
        document.ProcessInlinesBegin += (_, _) => AddReferences(document);
    }

    private static void AddReferences(MarkdownDocument document)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var label = heading.Lines.ToString().Trim();
            var explicitId = heading.TryGetAttributes()?.Id;
            // A setext heading still holds its '{#id}' here (it is read with the inlines).
            if (TrailingAttributes().Match(label) is { Success: true } trailing && AttributeText.Parse(trailing.Groups[1].Value) is { } attr)
            {
                label = label[..trailing.Index].TrimEnd();
                if (attr.Id.Length > 0) explicitId = attr.Id;
            }
            if (label.Length == 0 || document.ContainsLinkReferenceDefinition(label)) continue;
            var id = explicitId is { Length: > 0 } ? explicitId : HeadingIds.Slug(Plain(label));
            document.SetLinkReferenceDefinition(label, new LinkReferenceDefinition(label, "#" + id, null), false);
        }
    }

    [GeneratedRegex(@"\s*\{([^{}]*)\}\s*$")]
    private static partial Regex TrailingAttributes();

    [GeneratedRegex(@"\]\([^)]*\)|[*_`\[\]\\]")]
    private static partial Regex Markup();

    // The heading's words without emphasis marks, code ticks and link targets: what the id is made of.
    private static string Plain(string markdown) => Markup().Replace(markdown, "");
}
