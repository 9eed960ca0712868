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
}

internal enum DeferredKind { InlineNote, BracketedSpan, Superscript, Subscript }

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
