using System.Text;
using AngleSharp.Dom;

namespace Publish.Readers.Html;

/// <summary>Text and link measures of DOM subtrees, with whitespace collapsed as a browser shows it.</summary>
internal static class TextMeasures
{
    public static string Text(INode node)
    {
        var sb = new StringBuilder();
        Append(sb, node);
        return Collapse(sb.ToString());
    }

    private static void Append(StringBuilder sb, INode node)
    {
        if (node is IText t) { sb.Append(t.Data); return; }
        if (node is IElement e && IsBlockBoundary(e)) sb.Append(' ');
        foreach (var child in node.ChildNodes) Append(sb, child);
        if (node is IElement e2 && IsBlockBoundary(e2)) sb.Append(' ');
    }

    private static bool IsBlockBoundary(IElement e) => HtmlNames.IsBlock(e.LocalName) || e.LocalName == "br";

    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Share of an element's text that sits inside links (in-page anchors count for less).</summary>
    public static double LinkDensity(IElement element, int? textLength = null)
    {
        var length = textLength ?? Text(element).Length;
        if (length == 0) return 0;
        double linked = 0;
        foreach (var link in element.QuerySelectorAll("a"))
        {
            var href = link.GetAttribute("href") ?? "";
            // Footnote and table-of-contents anchors point inside the article: they are its text.
            var coefficient = href.StartsWith('#') ? 0.3 : 1;
            linked += Text(link).Length * coefficient;
        }
        return Math.Min(1, linked / length);
    }

    public static int WordCount(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }
}
