using Publish.Epub.MathML;
using Publish.Model;

namespace Publish.Epub.Xhtml.Inlines;

/// <summary>TeX as MathML when the converter understands all of it, else the TeX source as code.</summary>
internal sealed class MathRenderer : InlineRenderer<TexMath>
{
    protected override void Write(XhtmlRenderer renderer, TexMath inline)
    {
        var mathml = TexToMathML.TryConvert(inline.Tex, inline.Display, out var reason);
        if (mathml is not null)
        {
            renderer.Out.Raw(mathml);
            renderer.WroteMathML = true;
            return;
        }
        renderer.Diagnostics.Report(DiagnosticCatalog.MathKeptAsSource, $"TeX math is kept as source, not MathML: {reason}", inline.Span);
        renderer.Out.Open("code", ("class", inline.Display ? "tex display" : "tex")).Text(inline.Tex).Close("code");
    }
}
