using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Parsers.Inlines;

namespace Publish.Readers.Markdown;

/// <summary>The two Markdig pipelines: pandoc-like extended Markdown, and strict CommonMark.</summary>
internal static class MarkdownPipelines
{
    /// <summary>
    /// Markdig refuses to nest deeper than this while parsing; deeper containers in the source
    /// become text. 128 keeps its recursive parsing far from the stack limit.
    /// </summary>
    public const int ParserDepthLimit = 128;

    public static readonly MarkdownPipeline Extended = BuildExtended();
    public static readonly MarkdownPipeline CommonMark = BuildCommonMark();
    public static readonly MarkdownPipeline Gfm = BuildGfm();

    public static MarkdownPipeline For(SourceFormat format) => format switch
    {
        SourceFormat.CommonMark => CommonMark,
        SourceFormat.Gfm => Gfm,
        _ => Extended,
    };

    /// <summary>Parses, or returns null when Markdig refuses the text as too deeply nested.</summary>
    public static Markdig.Syntax.MarkdownDocument? TryParse(string text, MarkdownPipeline pipeline)
    {
        try
        {
            return Markdig.Markdown.Parse(text, pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's depth limit (MaximumNestingDepth) throws rather than truncating.
            return null;
        }
    }

    private static MarkdownPipeline BuildCommonMark()
    {
        var builder = new MarkdownPipelineBuilder { MaximumNestingDepth = ParserDepthLimit };
        builder.InlineParsers.Insert(0, new ReferenceLabelFolding());
        return builder.Build();
    }

    /// <summary>
    /// GitHub's dialect as pandoc's gfm reader takes it: no smart punctuation, no attributes, no
    /// math, no definition lists; bare URLs become links, <c>> [!NOTE]</c> an alert.
    /// </summary>
    private static MarkdownPipeline BuildGfm()
    {
        var builder = new MarkdownPipelineBuilder { MaximumNestingDepth = ParserDepthLimit }
            .UsePipeTables()
            .UseFootnotes()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
            .UseTaskLists()
            .UseAutoLinks()
            .UseAlertBlocks();
        builder.InlineParsers.Insert(0, new ReferenceLabelFolding());
        return builder.Build();
    }

    private static MarkdownPipeline BuildExtended()
    {
        var builder = new MarkdownPipelineBuilder { MaximumNestingDepth = ParserDepthLimit }
            .UsePipeTables()
            // No Markdig grid tables: PandocBlockSyntax reads them as pandoc does, and Markdig's would
            // interrupt paragraphs that pandoc continues (a table drawn with spans leaves such text).
            .UseFootnotes()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
            .UseTaskLists()
            .UseDefinitionLists()
            .UseMathematics()
            .UseSmartyPants()
            .UseCustomContainers();
        builder.Extensions.Add(new PandocListsExtension());
        // Last, so it reaches every block parser that takes attributes (headings, fences, divs).
        builder.Extensions.Add(new PandocAttributesExtension());
        builder.Extensions.Add(new ImplicitHeaderReferences());
        // Ours go first so '^[' and '[...]{...}' win over superscript and links.
        builder.InlineParsers.Insert(0, new SuperSubscriptParser());
        builder.InlineParsers.Insert(0, new InlineNoteParser());
        builder.InlineParsers.Insert(0, new ReferenceLabelFolding());
        builder.InlineParsers.Insert(0, new PandocEmailAutolinkParser());
        var linkParser = builder.InlineParsers.FindIndex(p => p is LinkInlineParser);
        builder.InlineParsers.Insert(Math.Max(0, linkParser), new BracketedSpanParser());
        builder.InlineParsers.Insert(Math.Max(0, linkParser), new SpacedLinkParser());
        builder.InlineParsers.Insert(Math.Max(0, linkParser), new CitationParser());
        return builder.Build();
    }
}
