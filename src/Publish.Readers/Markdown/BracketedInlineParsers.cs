using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Publish.Readers.Markdown;

/// <summary>
/// Text Markdig does not know how to parse (pandoc extensions) kept raw with its position; the
/// converter parses <see cref="Content"/> again as Markdown, so the syntax inside stays complete.
/// </summary>
internal sealed class DeferredInline : LeafInline
{
    public required DeferredKind Kind { get; init; }
    public required string Content { get; init; }
    /// <summary>Offset of <see cref="Content"/> from the inline's own column.</summary>
    public required int ContentColumnOffset { get; init; }
    public string AttributeText { get; init; } = "";
    /// <summary>A spaced link's title (<see cref="SpacedLinkParser"/>); its address is <see cref="AttributeText"/>.</summary>
    public string Title { get; init; } = "";
}

internal enum DeferredKind { InlineNote, BracketedSpan, Superscript, Subscript, SpacedLink }

/// <summary>pandoc's inline footnote <c>^[text]</c>.</summary>
internal sealed class InlineNoteParser : InlineParser
{
    public InlineNoteParser() => OpeningCharacters = ['^'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekCharExtra(1) != '[') return false;
        var close = Brackets.FindClose(slice.Text, slice.Start + 1, slice.End);
        if (close < 0) return false;
        var start = slice.Start;
        processor.Inline = new DeferredInline
        {
            Kind = DeferredKind.InlineNote,
            Content = slice.Text[(start + 2)..close],
            ContentColumnOffset = 2,
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(close)),
            Line = line,
            Column = column,
        };
        slice.Start = close + 1;
        return true;
    }
}

/// <summary>pandoc's bracketed span <c>[text]{.smallcaps}</c>.</summary>
internal sealed class BracketedSpanParser : InlineParser
{
    public BracketedSpanParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (start + 1 <= slice.End && text[start + 1] == '^') return false; // a footnote reference
        var close = Brackets.FindClose(text, start, slice.End);
        if (close < 0 || close + 1 > slice.End || text[close + 1] != '{') return false;
        var attrEnd = text.IndexOf('}', close + 2);
        if (attrEnd < 0 || attrEnd > slice.End) return false;
        var attributes = text[(close + 2)..attrEnd];
        if (AttributeText.Parse(attributes) is null) return false;
        processor.Inline = new DeferredInline
        {
            Kind = DeferredKind.BracketedSpan,
            Content = text[(start + 1)..close],
            ContentColumnOffset = 1,
            AttributeText = attributes,
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(attrEnd)),
            Line = line,
            Column = column,
        };
        slice.Start = attrEnd + 1;
        return true;
    }
}

/// <summary>
/// pandoc's inline link whose address has spaces in it, <c>[foo](/bar and baz "title")</c>, which
/// CommonMark does not take as a link. As pandoc 2.17 reads it: after <c>(</c> and any spaces, the
/// address runs over balanced parentheses, escaped characters, line ends (as spaces) and runs of
/// spaces not followed by a quote or <c>)</c>; then an optional quoted title, which ends at the quote
/// mark followed by <c>)</c> (so it may hold quote marks, <c>"title with "quotes" in it"</c>), and
/// <c>)</c>. Its words are joined by <c>%20</c>. A link CommonMark reads the same is left to Markdig.
/// </summary>
internal sealed class SpacedLinkParser : InlineParser
{
    public SpacedLinkParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var end = Math.Min(slice.End, text.Length - 1);
        if (start + 1 <= end && text[start + 1] == '^') return false; // a footnote reference
        var close = Brackets.FindClose(text, start, end);
        if (close < 0 || close + 1 > end || text[close + 1] != '(') return false;
        var k = close + 2;
        while (k <= end && text[k] is ' ' or '\t') k++;
        if (k > end || text[k] == '<') return false;
        var address = new System.Text.StringBuilder();
        while (k <= end && text[k] != ')')
        {
            var c = text[k];
            if (c == '(' && ClosingParenthesis(text, k, end) is { } closing) { address.Append(text, k, closing + 1 - k); k = closing + 1; }
            else if (c == '\\' && k + 1 <= end && char.IsAsciiLetterOrDigit(text[k + 1]) is false && text[k + 1] != '\n') { address.Append(text[k + 1]); k += 2; }
            else if (c is ' ' or '\t' or '\n' or '\r')
            {
                var run = k;
                while (run <= end && text[run] is ' ' or '\t' or '\n' or '\r') run++;
                if (run > end || text[run] is '"' or '\'' or ')') { k = run; break; }
                address.Append(' ');
                k = run;
            }
            else { address.Append(c); k++; }
        }
        var title = "";
        var quote = '\0';
        if (k <= end && text[k] is '"' or '\'')
        {
            quote = text[k];
            var closeQuote = k + 1;
            // The title ends at its quote mark followed by spaces and ')'.
            while (closeQuote <= end && !(text[closeQuote] == quote && RestIsClose(text, closeQuote + 1, end))) closeQuote++;
            if (closeQuote > end) return false;
            title = text[(k + 1)..closeQuote];
            k = closeQuote + 1;
            while (k <= end && text[k] is ' ' or '\t' or '\n' or '\r') k++;
        }
        if (k > end || text[k] != ')') return false;
        var words = address.ToString().Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        // No space in the address and no quote mark inside the title: a CommonMark link, Markdig's to read.
        if (words.Length < 2 && !(quote != '\0' && title.Contains(quote))) return false;
        processor.Inline = new DeferredInline
        {
            Kind = DeferredKind.SpacedLink,
            Content = text[(start + 1)..close],
            ContentColumnOffset = 1,
            AttributeText = string.Join("%20", words),
            Title = title,
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(k)),
            Line = line,
            Column = column,
        };
        slice.Start = k + 1;
        return true;
    }

    private static bool RestIsClose(string text, int from, int end)
    {
        var k = from;
        while (k <= end && text[k] is ' ' or '\t' or '\n' or '\r') k++;
        return k <= end && text[k] == ')';
    }

    private static int? ClosingParenthesis(string text, int open, int end)
    {
        var depth = 0;
        for (var k = open; k <= end; k++)
        {
            if (text[k] == '\\') { k++; continue; }
            if (text[k] == '(') depth++;
            else if (text[k] == ')' && --depth == 0) return k;
        }
        return null;
    }
}

internal static class Brackets
{
    /// <summary>The index of the ']' matching the '[' at <paramref name="open"/>, honouring backslash escapes and code spans; -1 if none.</summary>
    public static int FindClose(string text, int open, int end)
    {
        var depth = 0;
        for (var i = open; i <= end && i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\': i++; break;
                case '`':
                    var run = 1;
                    while (i + run < text.Length && text[i + run] == '`') run++;
                    var closeTicks = text.IndexOf(new string('`', run), i + run, StringComparison.Ordinal);
                    if (closeTicks > 0 && closeTicks <= end) i = closeTicks + run - 1;
                    else i += run - 1;
                    break;
                case '[': depth++; break;
                case ']': if (--depth == 0) return i; break;
            }
        }
        return -1;
    }
}
