using System.Globalization;
using System.Text;
using Publish.Epub.Xhtml;
using Publish.Mathematics;

namespace Publish.Epub.MathML;

/// <summary>
/// Presentation MathML for a parsed formula (the tree the PDF layout typesets too): one small
/// element per node, in MathML Core's vocabulary so reading systems without a math engine of
/// their own still show something sensible.
/// </summary>
internal static class MathMLWriter
{
    public static string Write(MathNode node)
    {
        var sb = new StringBuilder();
        Node(sb, node);
        return sb.ToString();
    }

    private static void Node(StringBuilder sb, MathNode node)
    {
        switch (node)
        {
            case MathRow r:
                foreach (var child in r.Children) Wrapped(sb, child);
                break;
            case MathIdentifier i: Token(sb, "mi", i.Text); break;
            case MathNumber n: Token(sb, "mn", n.Text); break;
            case MathOperator o: Token(sb, "mo", o.Text); break;
            case MathFunction f: sb.Append("<mi mathvariant=\"normal\">").Append(Markup.Escape(f.Name)).Append("</mi>"); break;
            case MathText t: Token(sb, "mtext", t.Text); break;
            case MathSpace s: sb.Append("<mspace width=\"").Append(s.Em.ToString("0.###", CultureInfo.InvariantCulture)).Append("em\" />"); break;
            case MathScripts s: Scripts(sb, s); break;
            case MathFraction f:
                if (f.Display is { } display) sb.Append("<mstyle displaystyle=\"").Append(display ? "true" : "false").Append("\">");
                Element(sb, "mfrac", f.Numerator, f.Denominator);
                if (f.Display is not null) sb.Append("</mstyle>");
                break;
            case MathRoot { Index: null } r: sb.Append("<msqrt>"); Node(sb, r.Body); sb.Append("</msqrt>"); break;
            case MathRoot r: Element(sb, "mroot", r.Body, r.Index!); break;
            case MathFenced f:
                sb.Append("<mrow>");
                Fence(sb, f.Open);
                Wrapped(sb, f.Body);
                Fence(sb, f.Close);
                sb.Append("</mrow>");
                break;
            case MathAccent a: Over(sb, a.Body, a.Accent); break;
            case MathOverline o: Over(sb, o.Body, "\u00AF"); break;
            case MathStyled s:
                sb.Append("<mstyle mathvariant=\"").Append(Variant(s.Variant)).Append("\">");
                Wrapped(sb, s.Body);
                sb.Append("</mstyle>");
                break;
        }
    }

    /// <summary>A node as one element: rows of several children get an <c>mrow</c>.</summary>
    private static void Wrapped(StringBuilder sb, MathNode node)
    {
        if (node is MathRow { Children.Count: not 1 } row)
        {
            sb.Append("<mrow>");
            Node(sb, row);
            sb.Append("</mrow>");
        }
        else Node(sb, node);
    }

    private static void Element(StringBuilder sb, string name, params MathNode[] children)
    {
        sb.Append('<').Append(name).Append('>');
        foreach (var child in children) Wrapped(sb, child);
        sb.Append("</").Append(name).Append('>');
    }

    private static void Scripts(StringBuilder sb, MathScripts s)
    {
        if (s.Sub is not null && s.Sup is not null) Element(sb, "msubsup", s.Base, s.Sub, s.Sup);
        else if (s.Sub is not null) Element(sb, "msub", s.Base, s.Sub);
        else Element(sb, "msup", s.Base, s.Sup!);
    }

    private static void Over(StringBuilder sb, MathNode body, string accent)
    {
        sb.Append("<mover accent=\"true\">");
        Wrapped(sb, body);
        Token(sb, "mo", accent);
        sb.Append("</mover>");
    }

    private static void Fence(StringBuilder sb, string delimiter)
    {
        if (delimiter.Length > 0) sb.Append("<mo fence=\"true\" stretchy=\"true\">").Append(Markup.Escape(delimiter)).Append("</mo>");
    }

    private static void Token(StringBuilder sb, string name, string text) =>
        sb.Append('<').Append(name).Append('>').Append(Markup.Escape(text)).Append("</").Append(name).Append('>');

    private static string Variant(MathVariant variant) => variant switch
    {
        MathVariant.Italic => "italic",
        MathVariant.Bold => "bold",
        MathVariant.BoldItalic => "bold-italic",
        MathVariant.SansSerif => "sans-serif",
        MathVariant.Monospace => "monospace",
        MathVariant.DoubleStruck => "double-struck",
        MathVariant.Script => "script",
        MathVariant.Fraktur => "fraktur",
        _ => "normal",
    };
}
