namespace Publish.Model;

/// <summary>The text of inlines without markup: for titles, tables of contents, alt text and ids.</summary>
public static class PlainText
{
    public static string Of(IEnumerable<Inline> inlines)
    {
        var sb = new System.Text.StringBuilder();
        Append(sb, inlines);
        return sb.ToString();
    }

    private static void Append(System.Text.StringBuilder sb, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text t: sb.Append(t.Value); break;
                case Code c: sb.Append(c.Value); break;
                case TexMath m: sb.Append(m.Tex); break;
                case SoftBreak or LineBreak: sb.Append(' '); break;
                case Image i: sb.Append(i.Alt); break;
                case Note: break;
                case Quoted q:
                    var (open, close) = q.Kind == QuoteKind.Double ? ('\u201C', '\u201D') : ('\u2018', '\u2019');
                    sb.Append(open); Append(sb, q.Content); sb.Append(close); break;
                case Emphasis e: Append(sb, e.Content); break;
                case Strong s: Append(sb, s.Content); break;
                case Strikethrough s: Append(sb, s.Content); break;
                case Superscript s: Append(sb, s.Content); break;
                case Subscript s: Append(sb, s.Content); break;
                case SmallCaps s: Append(sb, s.Content); break;
                case Link l: Append(sb, l.Content); break;
                case Span s: Append(sb, s.Content); break;
                case HtmlInlineElement h: Append(sb, h.Content); break;
            }
        }
    }
}
