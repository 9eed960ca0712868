using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;

namespace Publish.Readers.Markdown;

/// <summary>
/// pandoc's superscript <c>^text^</c> and subscript <c>~text~</c>: the text holds no unescaped
/// space or line end (<c>a^b c^d</c> stays as written); <c>~~</c> is left to strikethrough.
/// </summary>
internal sealed class SuperSubscriptParser : InlineParser
{
    public SuperSubscriptParser() => OpeningCharacters = ['^', '~'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var mark = text[start];
        if (start + 1 > slice.End || text[start + 1] == mark || (mark == '^' && text[start + 1] == '[')) return false;
        if (mark == '~' && start > 0 && text[start - 1] == '~') return false;
        for (var i = start + 1; i <= slice.End; i++)
        {
            var c = text[i];
            if (c == '\\') { i++; continue; }
            if (char.IsWhiteSpace(c)) return false;
            if (c != mark) continue;
            if (i == start + 1) return false;
            processor.Inline = new DeferredInline
            {
                Kind = mark == '^' ? DeferredKind.Superscript : DeferredKind.Subscript,
                Content = text[(start + 1)..i],
                ContentColumnOffset = 1,
                Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(i)),
                Line = line,
                Column = column,
            };
            slice.Start = i + 1;
            return true;
        }
        return false;
    }
}

/// <summary>
/// pandoc's citations: <c>[see @doe99, p. 33; @smith04]</c> in brackets, or <c>@doe99</c> in the
/// text (not inside an e-mail address). Kept as written, marked as a citation with its keys.
/// </summary>
internal sealed partial class CitationParser : InlineParser
{
    public CitationParser() => OpeningCharacters = ['[', '@'];

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])-?@(?<key>[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_]|[\p{L}\p{N}_])")]
    private static partial Regex Key();

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (text[start] == '@')
        {
            if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '.' or '-')) return false; // an e-mail address
            var m = Key().Match(text, start, slice.End - start + 1);
            if (!m.Success || m.Index != start) return false;
            return Emit(processor, ref slice, start, start + m.Length - 1, [m.Groups["key"].Value]);
        }
        if (start + 1 <= slice.End && text[start + 1] == '^') return false;
        var close = Brackets.FindClose(text, start, slice.End);
        if (close < 0) return false;
        // "[@key](url)" or "[@key][ref]" or "[@key]{.x}" is a link or span, not a citation.
        if (close + 1 <= slice.End && text[close + 1] is '(' or '[' or '{') return false;
        var inner = text[(start + 1)..close];
        var keys = inner.Split(';').Select(part => Key().Match(part)).ToList();
        if (keys.Count == 0 || keys.Any(k => !k.Success)) return false;
        return Emit(processor, ref slice, start, close, keys.Select(k => k.Groups["key"].Value).ToList());
    }

    private static bool Emit(InlineProcessor processor, ref StringSlice slice, int start, int end, IReadOnlyList<string> keys)
    {
        processor.Inline = new DeferredInline
        {
            Kind = DeferredKind.Citation,
            Content = slice.Text[start..(end + 1)],
            ContentColumnOffset = 0,
            AttributeText = string.Join(' ', keys),
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(end)),
            Line = line,
            Column = column,
        };
        slice.Start = end + 1;
        return true;
    }
}
