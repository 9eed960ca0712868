using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Publish.Readers.Markdown;

/// <summary>
/// pandoc's fancy_lists, startnum and example_lists: markers <c>1.</c>, <c>1)</c>, <c>(1)</c>,
/// <c>#.</c>, <c>a.</c>, <c>A)</c>, <c>iv.</c>, <c>(@)</c>, <c>(@label)</c>; and its blank-line
/// rules: outside a list item, a list, a block quote or an ATX heading does not interrupt a paragraph.
/// </summary>
internal sealed class PandocListsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var lists = pipeline.BlockParsers.FindIndex(p => p is ListBlockParser);
        if (lists >= 0) pipeline.BlockParsers[lists] = new PandocListBlockParser();
        var quotes = pipeline.BlockParsers.FindIndex(p => p.GetType() == typeof(QuoteBlockParser));
        if (quotes >= 0) pipeline.BlockParsers[quotes] = new PandocQuoteBlockParser();
        var headings = pipeline.BlockParsers.FindIndex(p => p.GetType() == typeof(HeadingBlockParser));
        if (headings >= 0) pipeline.BlockParsers[headings] = new PandocHeadingBlockParser();
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    /// <summary>pandoc needs a blank line before these blocks, except inside a list item (nested lists).</summary>
    public static bool MayInterrupt(Block block) => block is not ParagraphBlock || block.Parent is ListItemBlock;
}

internal sealed class PandocListBlockParser : ListBlockParser
{
    public PandocListBlockParser()
    {
        ItemParsers.Clear();
        ItemParsers.Add(new UnorderedListItemParser());
        ItemParsers.Add(new PandocOrderedItemParser());
    }

    public override bool CanInterrupt(BlockProcessor processor, Block block) =>
        PandocListsExtension.MayInterrupt(block) && base.CanInterrupt(processor, block);
}

internal sealed class PandocQuoteBlockParser : QuoteBlockParser
{
    public override bool CanInterrupt(BlockProcessor processor, Block block) =>
        PandocListsExtension.MayInterrupt(block) && base.CanInterrupt(processor, block);
}

internal sealed class PandocHeadingBlockParser : HeadingBlockParser
{
    public override bool CanInterrupt(BlockProcessor processor, Block block) =>
        PandocListsExtension.MayInterrupt(block) && base.CanInterrupt(processor, block);
}

/// <summary>One ordered-list marker the way pandoc reads it.</summary>
internal sealed class PandocOrderedItemParser : OrderedListItemParser
{
    /// <summary>Bullet type of example lists; they number on across the whole document.</summary>
    public const char Example = '@';

    public PandocOrderedItemParser()
    {
        var opening = new List<char> { '(', '#' };
        for (var c = '0'; c <= '9'; c++) opening.Add(c);
        for (var c = 'a'; c <= 'z'; c++) { opening.Add(c); opening.Add(char.ToUpperInvariant(c)); }
        OpeningCharacters = opening.ToArray();
    }

    public override bool TryParse(BlockProcessor state, char pendingBulletType, out ListInfo result)
    {
        result = default;
        var line = state.Line;
        var text = line.Text;
        var at = line.Start;
        var end = line.End;
        var parenthesised = text[at] == '(';
        if (parenthesised) at++;
        var markStart = at;
        while (at <= end && (char.IsAsciiLetterOrDigit(text[at]) || text[at] is '#' or '@' or '-' or '_')) at++;
        if (at > end || at == markStart) return false;
        var mark = text[markStart..at];
        var delimiter = text[at];
        if (parenthesised ? delimiter != ')' : delimiter is not ('.' or ')')) return false;
        // Something must follow the marker, after a space (or the line ends).
        var afterDelimiter = at + 1;
        if (afterDelimiter <= end && text[afterDelimiter] is not (' ' or '\t')) return false;
        if (!Classify(mark, pendingBulletType, out var bullet, out var start)) return false;
        // pandoc: a capital letter and a period need two spaces after them ("B. Williams" is a name).
        if (bullet == 'A' && mark.Length == 1 && delimiter == '.' && !(afterDelimiter + 1 <= end && text[afterDelimiter + 1] is ' ' or '\t') && afterDelimiter <= end) return false;
        // Keep '(1)' and '1)' lists apart from '1.' lists, as pandoc does.
        var listDelimiter = parenthesised ? '(' : delimiter;
        result = new ListInfo(bullet, start.ToString(System.Globalization.CultureInfo.InvariantCulture), listDelimiter, "1");
        for (var k = line.Start; k < afterDelimiter; k++) state.NextChar();
        return true;
    }

    private static bool Classify(string mark, char pending, out char bullet, out int start)
    {
        bullet = '1';
        start = 1;
        if (mark.All(char.IsAsciiDigit)) return mark.Length <= 9 && int.TryParse(mark, out start);
        if (mark == "#") return true;
        if (mark.StartsWith('@')) { bullet = Example; return mark.Length == 1 || mark[1..].All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'); }
        if (!mark.All(char.IsAsciiLetter)) return false;
        // A lone letter continues an alphabetic list ('i' after 'h') and a roman one ('v' after 'iv');
        // starting a list, 'i'/'I' is roman and any other letter alphabetic.
        var lower = char.IsLower(mark[0]);
        var continuesRoman = pending == (lower ? 'i' : 'I') && Roman(mark.ToLowerInvariant()) is not null;
        var continuesAlpha = pending == (lower ? 'a' : 'A');
        if (mark.Length == 1 && !continuesRoman && (continuesAlpha || mark is not ("i" or "I")))
        {
            bullet = char.IsLower(mark[0]) ? 'a' : 'A';
            start = char.ToLowerInvariant(mark[0]) - 'a' + 1;
            return true;
        }
        if (Roman(mark.ToLowerInvariant()) is not { } value) return false;
        bullet = char.IsLower(mark[0]) ? 'i' : 'I';
        start = value;
        return mark.All(char.IsLower) || mark.All(char.IsUpper);
    }

    private static int? Roman(string s)
    {
        var total = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var v = Value(s[i]);
            if (v == 0) return null;
            var next = i + 1 < s.Length ? Value(s[i + 1]) : 0;
            total += v < next ? -v : v;
        }
        return total > 0 ? total : null;
    }

    private static int Value(char c) => c switch { 'i' => 1, 'v' => 5, 'x' => 10, 'l' => 50, 'c' => 100, 'd' => 500, 'm' => 1000, _ => 0 };
}

/// <summary>The numbers of pandoc's labelled examples, found before parsing so a reference may come first.</summary>
internal static partial class ExampleLabels
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^[ \t]*\(@([A-Za-z0-9_-]*)\)[ \t]", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex Marker();

    [System.Text.RegularExpressions.GeneratedRegex(@"@([A-Za-z0-9_-]+)")]
    private static partial System.Text.RegularExpressions.Regex Reference();

    /// <summary>Each example marker in source order is the next number; labelled ones are remembered.</summary>
    public static Dictionary<string, int> Scan(string text)
    {
        var labels = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = 0;
        foreach (System.Text.RegularExpressions.Match m in Marker().Matches(text))
        {
            n++;
            if (m.Groups[1].Value is { Length: > 0 } label) labels.TryAdd(label, n);
        }
        return labels;
    }

    /// <summary><c>@label</c> of a known example becomes its number.</summary>
    public static string Resolve(string text, IReadOnlyDictionary<string, int> labels) =>
        labels.Count == 0 || !text.Contains('@') ? text
            : Reference().Replace(text, m => labels.TryGetValue(m.Groups[1].Value, out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : m.Value);
}
