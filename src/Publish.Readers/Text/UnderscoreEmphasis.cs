using Publish.Model;

namespace Publish.Readers.Text;

/// <summary>
/// Project Gutenberg marks italics as <c>_word_</c>. An underscore opens emphasis at the start of a
/// word and closes it at the end of one, so identifiers like <c>snake_case</c> are left alone, and an
/// underscore without a partner stays a plain character.
/// </summary>
internal static class UnderscoreEmphasis
{
    public static List<Inline> Parse(string text, SourceSpan span)
    {
        var inlines = new List<Inline>();
        var plainFrom = 0;
        var i = 0;
        while (i < text.Length)
        {
            var close = IsOpening(text, i) ? FindClosing(text, i + 1) : -1;
            if (close < 0) { i++; continue; }
            if (i > plainFrom) inlines.Add(new Model.Text(text[plainFrom..i]) { Span = span });
            inlines.Add(new Emphasis([new Model.Text(text[(i + 1)..close]) { Span = span }]) { Span = span });
            plainFrom = i = close + 1;
        }
        if (plainFrom < text.Length) inlines.Add(new Model.Text(text[plainFrom..]) { Span = span });
        return inlines;
    }

    private static bool IsOpening(string text, int i) =>
        text[i] == '_' && (i == 0 || !char.IsLetterOrDigit(text[i - 1]) && text[i - 1] != '_')
        && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] != '_';

    private static int FindClosing(string text, int from)
    {
        for (var j = from + 1; j < text.Length; j++)
        {
            if (text[j] != '_') continue;
            var after = j + 1 < text.Length ? text[j + 1] : ' ';
            if (!char.IsWhiteSpace(text[j - 1]) && !char.IsLetterOrDigit(after) && after != '_') return j;
        }
        return -1;
    }
}
