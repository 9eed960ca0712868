using Publish.Model;

namespace Publish.Epub.Xhtml.Inlines;

/// <summary>Inlines that are one element around their content: em, strong, del, sup, sub, span.</summary>
internal sealed class WrapperRenderer<T>(string tag, Func<T, IReadOnlyList<Inline>> content, string? className = null)
    : InlineRenderer<T> where T : Inline
{
    protected override void Write(XhtmlRenderer renderer, T inline)
    {
        renderer.Out.Open(tag, renderer.Attributes(inline.Attr, className));
        renderer.WriteInlines(content(inline));
        renderer.Out.Close(tag);
    }
}
