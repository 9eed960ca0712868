using System.Text;

namespace Publish.Model;

/// <summary>The text of inlines without markup: for titles, tables of contents, alt text and ids.</summary>
public static class PlainText
{
    public static string Of(IEnumerable<Inline> inlines)
    {
        var text = new StringBuilder();
        Walk.Visit(inlines as IReadOnlyList<Inline> ?? [.. inlines], node => Enter(text, node), node => Leave(text, node));
        return text.ToString();
    }

    // Only the nodes whose text is not simply their children's name themselves here; every
    // container (emphasis, links, spans, ...) contributes its children's text through Walk.
    private static bool Enter(StringBuilder text, Node node)
    {
        switch (node)
        {
            case Text t: text.Append(t.Value); break;
            case Code c: text.Append(c.Value); break;
            case TexMath m: text.Append(m.Tex); break;
            case SoftBreak or LineBreak: text.Append(' '); break;
            case Image i: text.Append(i.Alt); break;
            case Note: return false;
            // What a citation shows is its Content; its items' prefixes and suffixes repeat words of it.
            case Citation c: Walk.Visit(c.Content, n => Enter(text, n), n => Leave(text, n)); return false;
            case Quoted q: text.Append(q.Kind == QuoteKind.Double ? '\u201C' : '\u2018'); break;
        }
        return true;
    }

    private static void Leave(StringBuilder text, Node node)
    {
        if (node is Quoted q) text.Append(q.Kind == QuoteKind.Double ? '\u201D' : '\u2019');
    }
}
