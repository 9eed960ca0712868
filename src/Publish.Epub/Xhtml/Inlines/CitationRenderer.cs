using Publish.Model;

namespace Publish.Epub.Xhtml.Inlines;

/// <summary>
/// A citation as pandoc writes one without a bibliography: its text as written, in
/// <c>&lt;span class="citation" data-cites="doe99 smith04"&gt;</c>, so a script or a later
/// bibliography pass finds the keys.
/// </summary>
internal sealed class CitationRenderer : InlineRenderer<Citation>
{
    protected override void Write(XhtmlRenderer renderer, Citation citation)
    {
        renderer.Out.Open("span", renderer.Attributes(citation.Attr, "citation", ("data-cites", citation.Keys)));
        renderer.WriteInlines(citation.Content);
        renderer.Out.Close("span");
    }
}
