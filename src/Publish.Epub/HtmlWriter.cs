using Publish.Model;
using Publish.Styling;

namespace Publish.Epub;

/// <summary>A standalone HTML5 page from the model, through the same XHTML renderers as the EPUB.</summary>
public static class HtmlWriter
{
    public static void Write(Document document, Theme theme, Stream output, DiagnosticBag diagnostics)
    {
        throw new NotSupportedException("the HTML writer is not built yet");
    }
}
