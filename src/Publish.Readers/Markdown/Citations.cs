using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;
using Publish.Model;
using Inline = Publish.Model.Inline;

namespace Publish.Readers.Markdown;

// Publish.Readers.Text is a namespace; inside ours, Text means the model's text node.
using Text = Publish.Model.Text;

/// <summary>A stretch of a citation's source to be parsed as Markdown: a prefix or a suffix, and where it starts.</summary>
internal readonly record struct CitationPart(string Text, int Line, int Column)
{
    public static readonly CitationPart None = new("", 0, 0);
}

/// <summary>One cited key as the parser found it; its prefix and suffix are parsed by the converter.</summary>
internal sealed record RawCitationItem(string Id, CitationMode Mode, CitationPart Prefix, CitationPart Suffix, bool SpaceBeforeSuffix);

/// <summary>A citation found by <see cref="CitationParser"/>, converted into a <see cref="Citation"/> node.</summary>
internal sealed class CitationInline : LeafInline
{
    public required IReadOnlyList<RawCitationItem> Items { get; init; }
    /// <summary>What pandoc shows without a bibliography: the bracketed source, or <c>@key</c> and its locator.</summary>
    public required string Fallback { get; init; }
    /// <summary>For <c>@key [p. 3]</c>: the text after the key (an example label's number keeps it).</summary>
    public CitationPart? Tail { get; init; }
}

/// <summary>
/// pandoc's citations (its <c>citations</c> extension, as pandoc 2.17 reads them):
/// <list type="bullet">
/// <item><c>[see @doe99, pp. 33-35; also -@smith04, chap. 1]</c>: items separated by <c>;</c>, each
/// a prefix, a key (<c>-@</c> suppresses the author), a suffix; every item needs a key, and a
/// bracket followed by <c>(</c>, <c>[</c> or <c>{</c> is a link or span instead.</item>
/// <item><c>@doe99</c> in the text names the author in the sentence; <c>@doe99 [p. 33]</c> adds a
/// locator (and may go on <c>; @other</c>). An <c>@</c> right after a letter or digit is an e-mail address.</item>
/// <item>A key starts with a letter, digit or <c>_</c>, and goes on with those and with
/// <c>:.#$%&amp;-+?&lt;&gt;~/</c> when a letter, digit or <c>_</c> follows (<c>@Foo_bar:baz.2</c>);
/// <c>@{…}</c> takes any key without spaces (<c>@{https://example.com/key}</c>).</item>
/// </list>
/// </summary>
internal sealed class CitationParser : InlineParser
{
    public CitationParser() => OpeningCharacters = ['[', '@'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var end = slice.End + 1; // exclusive
        return text[start] == '@' ? Textual(processor, ref slice, text, start, end) : Bracketed(processor, ref slice, text, start, end);
    }

    private static bool Textual(InlineProcessor processor, ref StringSlice slice, string text, int start, int end)
    {
        // pandoc takes no key right after a word: "john@example.com" is an address.
        if (start > 0 && IsWordChar(text[start - 1])) return false;
        if (Key(text, start, end) is not var (id, keyEnd)) return false;
        IReadOnlyList<RawCitationItem> items = [new(id, CitationMode.AuthorInText, CitationPart.None, CitationPart.None, false)];
        var last = keyEnd - 1;
        CitationPart? tail = null;
        // "@doe99 [p. 33]": a locator in brackets after spaces and at most one line end.
        var open = SkipSpaces(text, keyEnd, end, allowLineEnd: true);
        if (open < end && text[open] == '[' && open + 1 < end && text[open + 1] != '^'
            && Brackets.FindClose(text, open, end - 1) is var close and > 0
            && !(close + 1 < end && text[close + 1] is '(' or '{')
            && List(processor, text, open + 1, close, firstWithoutKey: true) is { } more)
        {
            items = [items[0] with { Suffix = more[0].Suffix, SpaceBeforeSuffix = more[0].SpaceBeforeSuffix }, .. more.Skip(1)];
            tail = Part(processor, text, keyEnd, close + 1);
            last = close;
        }
        // pandoc shows "@" and the key, braces or not, then the locator as written.
        return Emit(processor, ref slice, start, last, items, "@" + id + tail?.Text, tail);
    }

    private static bool Bracketed(InlineProcessor processor, ref StringSlice slice, string text, int start, int end)
    {
        if (start + 1 < end && text[start + 1] == '^') return false; // a footnote reference
        var close = Brackets.FindClose(text, start, end - 1);
        if (close < 0) return false;
        // "[@key](url)", "[@key][ref]" and "[@key]{.x}" are a link or a span holding a citation.
        if (close + 1 < end && text[close + 1] is '(' or '[' or '{') return false;
        if (List(processor, text, start + 1, close, firstWithoutKey: false) is not { } items) return false;
        return Emit(processor, ref slice, start, close, items, text[start..(close + 1)], null);
    }

    /// <summary>
    /// The items between <paramref name="from"/> and <paramref name="to"/> (exclusive), or null when
    /// one of them has no key. With <paramref name="firstWithoutKey"/> the first item is only a suffix
    /// (the locator of a textual citation); its Id is empty.
    /// </summary>
    private static List<RawCitationItem>? List(InlineProcessor processor, string text, int from, int to, bool firstWithoutKey)
    {
        var items = new List<RawCitationItem>();
        var position = from;
        while (true)
        {
            string id = "";
            var mode = CitationMode.Normal;
            var prefix = CitationPart.None;
            var keyEnd = position;
            if (!(firstWithoutKey && items.Count == 0))
            {
                // The prefix runs to the first key that starts an inline of its own; a ';' first means no key.
                var at = -1;
                for (var i = position; i < to && at < 0; i = Next(text, i, to))
                {
                    if (text[i] == ';') return null;
                    if (text[i] == '[') { i = Brackets.FindClose(text, i, to - 1) is var c and > 0 ? c : i; continue; }
                    if (!(i == position || MayPrecedeKey(text[i - 1]))) continue;
                    var dash = text[i] == '-' ? 1 : 0;
                    if (i + dash < to && text[i + dash] == '@' && Key(text, i + dash, to) is var (key, after))
                    {
                        at = i; id = key; keyEnd = after;
                        mode = dash == 1 ? CitationMode.SuppressAuthor : CitationMode.Normal;
                    }
                }
                if (at < 0) return null;
                prefix = Part(processor, text, position, at);
            }
            // The suffix runs to a ';' outside brackets and code, or to the end.
            var suffixEnd = keyEnd;
            while (suffixEnd < to && text[suffixEnd] != ';')
                suffixEnd = text[suffixEnd] == '[' && Brackets.FindClose(text, suffixEnd, to - 1) is var c and > 0 ? c + 1 : Next(text, suffixEnd, to);
            var space = keyEnd < suffixEnd && char.IsWhiteSpace(text[keyEnd]);
            items.Add(new RawCitationItem(id, mode, prefix, Part(processor, text, keyEnd, suffixEnd), space));
            if (suffixEnd >= to) return items;
            position = SkipSpaces(text, suffixEnd + 1, to, allowLineEnd: true);
        }
    }

    /// <summary>The index after the character (or backslash escape, or code span) at <paramref name="i"/>.</summary>
    private static int Next(string text, int i, int to)
    {
        if (text[i] == '\\') return Math.Min(i + 2, to);
        if (text[i] != '`') return i + 1;
        var run = 1;
        while (i + run < to && text[i + run] == '`') run++;
        var close = text.IndexOf(new string('`', run), i + run, StringComparison.Ordinal);
        return close > 0 && close + run <= to ? close + run : i + run;
    }

    // A key in brackets must begin an inline of its own: not inside a word, nor right after a mark
    // that opens emphasis, quotes, scripts or code, which would take the key into that inline.
    private static bool MayPrecedeKey(char c) => !IsWordChar(c) && c is not ('*' or '_' or '"' or '\'' or '~' or '^' or '`');

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c);

    private static bool IsKeyChar(char c) => IsWordChar(c) || c == '_';

    /// <summary>The key of <c>@key</c> or <c>@{key}</c> at <paramref name="at"/> (the '@'), and the index after it.</summary>
    internal static (string Id, int End)? Key(string text, int at, int end)
    {
        var i = at + 1;
        if (i >= end) return null;
        if (text[i] == '{')
        {
            var depth = 0;
            for (var j = i; j < end; j++)
            {
                var c = text[j];
                if (char.IsWhiteSpace(c)) return null;
                if (c == '{') depth++;
                else if (c == '}' && --depth == 0) return j > i + 1 ? (text[(i + 1)..j], j + 1) : null;
            }
            return null;
        }
        if (!IsKeyChar(text[i])) return null;
        var k = i + 1;
        while (k < end)
        {
            var c = text[k];
            var next = k + 1 < end ? text[k + 1] : '\0';
            if (IsKeyChar(c)) k++;
            // Punctuation inside a key only when the key goes on after it: "@doe99." ends at the 9.
            else if (":.#$%&-+?<>~/".Contains(c) && IsKeyChar(next)) k++;
            // "://" inside a URL given as a key.
            else if (c is ':' or '/' && next == '/') k++;
            else break;
        }
        return (text[i..k], k);
    }

    private static int SkipSpaces(string text, int i, int end, bool allowLineEnd)
    {
        var lineEnds = allowLineEnd ? 1 : 0;
        while (i < end && (text[i] is ' ' or '\t' || (text[i] is '\n' or '\r' && (text[i] == '\r' || lineEnds-- > 0)))) i++;
        return i;
    }

    private static CitationPart Part(InlineProcessor processor, string text, int from, int to)
    {
        processor.GetSourcePosition(from, out var line, out var column);
        return new CitationPart(text[from..to], line, column);
    }

    private static bool Emit(InlineProcessor processor, ref StringSlice slice, int start, int last, IReadOnlyList<RawCitationItem> items, string fallback, CitationPart? tail)
    {
        processor.Inline = new CitationInline
        {
            Items = items,
            Fallback = fallback,
            Tail = tail,
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(last)),
            Line = line,
            Column = column,
        };
        slice.Start = last + 1;
        return true;
    }
}

internal sealed partial class Converter
{
    /// <summary>
    /// A citation node: its items with their prefixes and suffixes parsed as Markdown, and the text
    /// that shows until a bibliography renders it. <c>@label</c> of a pandoc example is its number.
    /// </summary>
    private IEnumerable<Inline> CitationOf(CitationInline cite)
    {
        var span = map.Of(cite);
        if (cite.Items is [{ Mode: CitationMode.AuthorInText } only, ..] && context.ExampleLabels.TryGetValue(only.Id, out var number))
        {
            Inline label = new Text(number.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Span = span };
            return cite.Tail is { } tail ? [label, .. CitationText(cite, tail, keepSpace: true)] : [label];
        }
        var items = cite.Items.Select(item => new CitationItem(item.Id,
            CitationText(cite, item.Prefix, keepSpace: false),
            CitationText(cite, item.Suffix, keepSpace: item.SpaceBeforeSuffix),
            item.Mode)).ToList();
        return [new Citation(items, [new Text(cite.Fallback) { Span = span }]) { Span = span }];
    }

    /// <summary>
    /// A prefix or suffix parsed as inlines where it stands, without its outer spaces (but one
    /// space first when <paramref name="keepSpace"/> and it began with one, as pandoc keeps it).
    /// </summary>
    private List<Inline> CitationText(CitationInline cite, CitationPart part, bool keepSpace)
    {
        var trimmed = part.Text.Trim();
        var lead = part.Text.Length - part.Text.TrimStart().Length;
        var inner = At(part.Line, part.Column + lead);
        var at = map.Child(part.Line, part.Column + lead).At(0, 0);
        List<Inline> space = keepSpace && lead > 0 ? [new Text(" ") { Span = at }] : [];
        if (trimmed.Length == 0) return space;
        var source = string.Join('\n', trimmed.Split('\n').Select(line => InlineOnly(line.TrimStart())));
        var parsed = Deeper(cite, () => inner.ParseAgain(source).SelectMany(InlinesOf).ToList()) ?? [new Text(trimmed) { Span = at }];
        return [.. space, .. parsed];
    }

    /// <summary>
    /// A line of a citation's prefix or suffix with a backslash before what would open a block
    /// there: "i. e." or "2) the" (list markers), "- see", "# 3", "> x", ": y", a fence or a
    /// rule. Everything else — emphasis, code, links — stays as written, to be parsed as inlines.
    /// </summary>
    internal static string InlineOnly(string line)
    {
        if (line.Length == 0) return line;
        var word = 0;
        while (word < line.Length && char.IsAsciiLetterOrDigit(line[word])) word++;
        if (word > 0 && word < line.Length && line[word] is '.' or ')') return line[..word] + "\\" + line[word..];
        var second = line.Length > 1 ? line[1] : ' ';
        var startsBlock = line[0] switch
        {
            '#' or '>' or '(' or '|' or '=' => true,
            '-' or '+' or '*' or ':' => char.IsWhiteSpace(second) || line.All(c => c == line[0] || c == ' '),
            '`' or '~' => line.StartsWith(new string(line[0], 3), StringComparison.Ordinal),
            _ => false,
        };
        return startsBlock ? "\\" + line : line;
    }
}
