using System.Text.RegularExpressions;

namespace Publish.Readers.Markdown;

internal enum HtmlTokenKind { Text, Tag, Comment, ProcessingInstruction, Declaration, CData, Malformed }

/// <summary>A piece of an HTML block: text, a tag, or one of the constructs the model never keeps.</summary>
internal sealed record HtmlToken(HtmlTokenKind Kind, string Text, int Offset, HtmlTag? Tag = null);

/// <summary>
/// Splits HTML into tokens with CommonMark's raw-HTML grammar (a tolerant tokenizer: a broken tag
/// up to its '&gt;' is malformed markup; whatever is not a tag, comment, processing instruction,
/// declaration or CDATA section is text, a lone <c>&lt;</c> included).
/// </summary>
internal static partial class HtmlTokenizer
{
    [GeneratedRegex(@"\G(?:<!-->|<!--->|<!--.*?-->)", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\G<\?.*?\?>", RegexOptions.Singleline)]
    private static partial Regex ProcessingInstruction();

    [GeneratedRegex(@"\G<!\[CDATA\[.*?\]\]>", RegexOptions.Singleline)]
    private static partial Regex CData();

    [GeneratedRegex(@"\G<![A-Za-z][^>]*>", RegexOptions.Singleline)]
    private static partial Regex Declaration();

    [GeneratedRegex(@"\G" + HtmlTag.Pattern, RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\G</?[A-Za-z][^>]*>?", RegexOptions.Singleline)]
    private static partial Regex MalformedTag();

    public static List<HtmlToken> Tokenize(string html)
    {
        var tokens = new List<HtmlToken>();
        var textStart = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            var token = At(html, i);
            if (token is null) { i++; continue; }
            if (i > textStart) tokens.Add(new HtmlToken(HtmlTokenKind.Text, html[textStart..i], textStart));
            tokens.Add(token);
            i += token.Text.Length;
            textStart = i;
        }
        if (textStart < html.Length) tokens.Add(new HtmlToken(HtmlTokenKind.Text, html[textStart..], textStart));
        return tokens;
    }

    private static HtmlToken? At(string html, int i)
    {
        if (Comment().Match(html, i) is { Success: true } c) return new(HtmlTokenKind.Comment, c.Value, i);
        if (CData().Match(html, i) is { Success: true } d) return new(HtmlTokenKind.CData, d.Value, i);
        if (Declaration().Match(html, i) is { Success: true } e) return new(HtmlTokenKind.Declaration, e.Value, i);
        if (ProcessingInstruction().Match(html, i) is { Success: true } p) return new(HtmlTokenKind.ProcessingInstruction, p.Value, i);
        if (Tag().Match(html, i) is { Success: true } t && HtmlTag.Parse(t.Value) is { } tag) return new(HtmlTokenKind.Tag, t.Value, i, tag);
        // '<' before a letter starts a tag for an HTML parser even when it is broken: up to '>' it is markup, not text.
        if (MalformedTag().Match(html, i) is { Success: true } m) return new(HtmlTokenKind.Malformed, m.Value, i);
        return null;
    }
}
