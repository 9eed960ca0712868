using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Publish.Readers.Markdown;

/// <summary>
/// pandoc's email autolink, <c>&lt;测@foo.测.baz&gt;</c>, which takes letters of any script and
/// character references (<c>&lt;me@ex&amp;auml;mple.com&gt;</c>) where CommonMark takes ASCII only. As
/// pandoc 2.17 reads it: a mailbox of words (a letter or digit, then letters, digits and
/// <c>!"#$%&amp;'*+-/=?^_{|}~;</c>) joined by dots, <c>@</c>, a domain of letters, digits and inner
/// hyphens joined by dots, then anything but spaces up to <c>&gt;</c>; references are decoded.
/// Addresses CommonMark takes already are left to Markdig.
/// </summary>
internal sealed class PandocEmailAutolinkParser : InlineParser
{
    public PandocEmailAutolinkParser() => OpeningCharacters = ['<'];

    private const string EmailPunctuation = "!\"#$%&'*+-/=?^_{|}~;";

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var end = Math.Min(slice.End, text.Length - 1);
        var k = start + 1;
        // The mailbox: words joined by single dots.
        while (true)
        {
            if (k > end || !char.IsLetterOrDigit(text[k])) return false;
            while (k <= end && (char.IsLetterOrDigit(text[k]) || EmailPunctuation.Contains(text[k]))) k++;
            if (k <= end && text[k] == '.') { k++; continue; }
            break;
        }
        if (k > end || text[k] != '@') return false;
        k++;
        // The domain: letters, digits and hyphens followed by a letter or digit, joined by dots.
        var domainStart = k;
        while (k <= end && (char.IsLetterOrDigit(text[k]) || text[k] == '-' && k + 1 <= end && char.IsLetterOrDigit(text[k + 1])
            || text[k] == '.' && k > domainStart && k + 1 <= end && char.IsLetterOrDigit(text[k + 1]))) k++;
        if (k == domainStart) return false;
        var close = k;
        while (close <= end && text[close] != '>' && !char.IsWhiteSpace(text[close])) close++;
        if (close > end || text[close] != '>') return false;
        var raw = text[(start + 1)..close];
        if (raw.All(char.IsAscii) && !raw.Contains('&')) return false; // CommonMark's own autolink
        // The converter decodes the references in it, as for any autolink of pandoc's Markdown.
        processor.Inline = new AutolinkInline(raw)
        {
            IsEmail = true,
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(close)),
            Line = line,
            Column = column,
        };
        slice.Start = close + 1;
        return true;
    }
}
