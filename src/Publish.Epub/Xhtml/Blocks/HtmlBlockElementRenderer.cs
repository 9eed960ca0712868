using Publish.Model;

namespace Publish.Epub.Xhtml.Blocks;

/// <summary>
/// A block element kept from raw HTML (table, ul, section, details, pre…), written as the element
/// it was with its checked attributes. An element the vocabulary does not know (a model built by
/// hand) loses its tags, never its content.
/// </summary>
internal sealed class HtmlBlockElementRenderer : BlockRenderer<HtmlBlockElement>
{
    protected override void Write(XhtmlRenderer renderer, HtmlBlockElement block)
    {
        var name = block.Name;
        if (!HtmlVocabulary.IsElement(name) || (HtmlVocabulary.IsPhrasing(name) && HtmlVocabulary.ContentOf(name) != HtmlContent.Transparent))
        {
            renderer.Diagnostics.Report(DiagnosticCatalog.NotWrittenToXhtml, $"<{name}> is not an HTML block element Publish writes; its content is kept", block.Span);
            renderer.WriteNestedBlocks(block.Content);
            return;
        }
        var o = renderer.Out.EnsureLine();
        var attributes = HtmlElementAttributes.Of(renderer, name, block.Attr);
        if (HtmlVocabulary.IsVoid(name))
        {
            o.Void(name, attributes).Line();
            return;
        }
        o.Open(name, attributes);
        // Text directly in the element (a cell, a <pre>) is written as it stands, without line breaks around it.
        if (block.Content is [Plain plain]) renderer.WriteInlines(plain.Content);
        else
        {
            o.Line();
            renderer.WriteNestedBlocks(block.Content);
            o.EnsureLine();
        }
        o.Close(name).Line();
    }
}
