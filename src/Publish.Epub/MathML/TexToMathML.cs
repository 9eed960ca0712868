using Publish.Epub.Xhtml;
using Publish.Mathematics;

namespace Publish.Epub.MathML;

/// <summary>
/// Converts the everyday subset of TeX math (letters, numbers, operators, scripts, fractions,
/// roots, Greek, common symbols, \left…\right, font commands) to presentation MathML. Anything
/// else — environments, alignment, unknown macros — is refused with a reason, so the caller can
/// keep the TeX source instead of printing a wrong formula. The parsing is shared with the PDF
/// layout (<see cref="TexParser"/> in Publish.Math), so both outputs accept the same TeX.
/// </summary>
internal static class TexToMathML
{
    private const string Namespace = "http://www.w3.org/1998/Math/MathML";

    public static string? TryConvert(string tex, bool display, out string reason)
    {
        var parsed = TexParser.Parse(tex);
        if (parsed.Tree is not { } tree)
        {
            reason = parsed.Error?.Message ?? "unsupported TeX";
            return null;
        }
        var body = MathMLWriter.Write(tree);
        reason = "";
        // alttext: what a reading system without MathML support reads out (the TeX source).
        return $"<math xmlns=\"{Namespace}\" display=\"{(display ? "block" : "inline")}\" alttext=\"{Markup.Escape(tex)}\"><semantics><mrow>{body}</mrow>"
            + $"<annotation encoding=\"application/x-tex\">{Markup.Escape(tex)}</annotation></semantics></math>";
    }
}
