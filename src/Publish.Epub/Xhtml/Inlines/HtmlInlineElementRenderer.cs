using Publish.Model;

namespace Publish.Epub.Xhtml.Inlines;

/// <summary>An inline element kept from raw HTML (kbd, abbr, i, b, mark…), written as it was with its checked attributes.</summary>
internal sealed class HtmlInlineElementRenderer : InlineRenderer<HtmlInlineElement>
{
    protected override void Write(XhtmlRenderer renderer, HtmlInlineElement inline)
    {
        var name = inline.Name;
        if (!HtmlVocabulary.IsPhrasing(name))
        {
            renderer.Diagnostics.Report(DiagnosticCatalog.NotWrittenToXhtml, $"<{name}> is not an HTML inline element Publish writes; its content is kept", inline.Span);
            renderer.WriteInlines(inline.Content);
            return;
        }
        var attributes = HtmlElementAttributes.Of(renderer, name, inline.Attr);
        if (HtmlVocabulary.IsVoid(name))
        {
            renderer.Out.Void(name, attributes);
            return;
        }
        renderer.Out.Open(name, attributes);
        renderer.WriteInlines(inline.Content);
        renderer.Out.Close(name);
    }
}
