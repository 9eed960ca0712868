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
