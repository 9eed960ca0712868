using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Mathematics;
using Markdig.Extensions.SmartyPants;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publish.Model;
using MdInline = Markdig.Syntax.Inlines.Inline;
using Inline = Publish.Model.Inline;

namespace Publish.Readers.Markdown;

// Publish.Readers.Text is a namespace; inside ours, Text means the model's text node.
using Text = Publish.Model.Text;

internal sealed partial class Converter
{
    public List<Inline> Inlines(ContainerInline? container) => container is null ? [] : Inlines(container.ToList());

    private List<Inline> Inlines(IReadOnlyList<MdInline> siblings)
    {
        var output = new InlineList();
        for (var i = 0; i < siblings.Count; i++)
        {
            if (siblings[i] is HtmlInline) i = ConvertHtmlInline(siblings, i, output);
            else output.AddRange(Inline(siblings[i]));
        }
        return output.ToList();
    }

    private IEnumerable<Inline> Inline(MdInline node)
    {
        var span = map.Of(node);
        var attr = ConversionContext.AttrOf(node);
        return node switch
        {
            LiteralInline literal => [new Text(context.Extended ? EscapedSpaces(ExampleLabels.Resolve(Apostrophes(literal.Content.ToString()), context.ExampleLabels)) : literal.Content.ToString()) { Span = span, Attr = attr }],
            SmartyPant smarty => [new Text(Typographic(smarty)) { Span = span }],
            HtmlEntityInline entity => [new Text(entity.Transcoded.ToString()) { Span = span }],
            CodeInline code => [new Code(code.Content) { Span = span, Attr = attr }],
            MathInline math => [new TexMath(context.Macros.Apply(math.Content.ToString().Trim()), math.DelimiterCount >= 2) { Span = span, Attr = WithoutMarkdigClasses(attr) }],
            LineBreakInline br => br.IsHard ? [new LineBreak { Span = span }] : [new SoftBreak { Span = span }],
            AutolinkInline auto => [AutoLink(auto, span)],
            LinkInline { IsImage: true } image => [ImageOf(image)],
            LinkInline link => Container(link, content => new Link(content, link.GetDynamicUrl?.Invoke() ?? link.Url ?? "", NullIfEmpty(link.Title))),
            FootnoteLink { IsBackLink: true } => [],
            FootnoteLink note => [FootnoteNote(note)],
            TaskList => [], // read by the list item that holds it
            DeferredInline deferred => Deferred(deferred),
            CitationInline cite => CitationOf(cite),
            EmphasisInline emphasis => Container(emphasis, content => Emphasis(emphasis, content)),
            // An unmatched '[' stays a delimiter that holds the inlines after it: keep both.
            DelimiterInline delimiter => [new Text(delimiter.ToLiteral()) { Span = span }, .. Inlines(delimiter)],
            ContainerInline container => Inlines(container),
            _ => [],
        };
    }

    /// <summary>
    /// GitHub resolves an image path beginning with one '/' against the repository's root, and a
    /// file read alone is its own project: under <c>--from gfm</c> such a path is taken relative.
    /// </summary>
    private string ImageSource(string url) =>
        context.Gfm && url.Length > 1 && url[0] == '/' && url[1] != '/' ? url[1..] : url;

    private Image ImageOf(LinkInline image) => new(ImageSource(image.Url ?? ""), PlainText.Of(Inlines(image)), NullIfEmpty(image.Title))
    {
        Span = map.Of(image),
        Attr = ConversionContext.AttrOf(image),
    };

    /// <summary>A node with inline children; past the depth limit its children stand in its place.</summary>
    private IEnumerable<Inline> Container(ContainerInline node, Func<List<Inline>, Inline> make)
    {
        var made = Deeper(node, () => make(Inlines(node)) with { Span = map.Of(node), Attr = ConversionContext.AttrOf(node) });
        return made is null ? Inlines(node) : [made];
    }

    private static Inline Emphasis(EmphasisInline emphasis, List<Inline> content) => (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
    {
        ('~', 1) => new Subscript(content),
        ('~', _) => new Strikethrough(content),
        ('^', _) => new Superscript(content),
        (_, 1) => new Emphasis(content),
        _ => new Strong(content),
    };

    private static string Typographic(SmartyPant smarty) => smarty.Type switch
    {
        SmartyPantType.LeftQuote => "\u2018",
        SmartyPantType.RightQuote or SmartyPantType.Quote => "\u2019",
        SmartyPantType.LeftDoubleQuote => "\u201C",
        SmartyPantType.RightDoubleQuote or SmartyPantType.DoubleQuote => "\u201D",
        // Markdig turns << and >> into guillemets; pandoc (and prose like "a << b") keeps them.
        SmartyPantType.LeftAngleQuote => "<<",
        SmartyPantType.RightAngleQuote => ">>",
        SmartyPantType.Ellipsis => "\u2026",
        SmartyPantType.Dash2 => "\u2013",
        SmartyPantType.Dash3 => "\u2014",
        _ => smarty.ToString() ?? "",
    };

    /// <summary>
    /// Markdig's SmartyPants leaves an apostrophe inside a word (it's, rock'n'roll) or before a
    /// year ('90s) straight; typeset text wants U+2019 there.
    /// </summary>
    // pandoc: a backslash-escaped space is a non-breaking space.
    private static string EscapedSpaces(string text) => text.Contains("\\ ") ? text.Replace("\\ ", "\u00A0") : text;

    private static string Apostrophes(string text)
    {
        if (!text.Contains('\'')) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] != '\'') continue;
            var afterWord = i > 0 && char.IsLetterOrDigit(chars[i - 1]);
            var beforeDigit = i + 1 < chars.Length && char.IsAsciiDigit(chars[i + 1]);
            if (afterWord || beforeDigit) chars[i] = '\u2019';
        }
        return new string(chars);
    }

    private Inline FootnoteNote(FootnoteLink link)
    {
        var footnote = link.Footnote;
        var span = map.Of(link);
        // A note that cites itself (directly or through another note) would never end.
        if (footnote is null || !context.OpenFootnotes.Add(footnote)) return new Text($"[^{footnote?.Label?.TrimStart('^')}]") { Span = span };
        try
        {
            var blocks = Deeper(link, () => Blocks(footnote));
            return blocks is null ? new Text($"[^{footnote.Label?.TrimStart('^')}]") { Span = span } : new Note(blocks) { Span = span };
        }
        finally { context.OpenFootnotes.Remove(footnote); }
    }

    /// <summary>Inline notes and bracketed spans: their text is parsed again where it stands.</summary>
    private IEnumerable<Inline> Deferred(DeferredInline deferred)
    {
        var span = map.Of(deferred);
        var inner = At(deferred.Line, deferred.Column + deferred.ContentColumnOffset);
        switch (deferred.Kind)
        {
            case DeferredKind.InlineNote:
                var blocks = Deeper(deferred, () => inner.ParseAgain(deferred.Content));
                return blocks is null ? [new Text(deferred.Content) { Span = span }] : [new Note(blocks) { Span = span }];
            case DeferredKind.SpacedLink:
                var label = Deeper(deferred, () => inner.ParseAgain(deferred.Content).SelectMany(InlinesOf).ToList());
                return label is null ? [new Text(deferred.Content) { Span = span }] : [new Link(label, deferred.AttributeText, NullIfEmpty(deferred.Title)) { Span = span }];
            case DeferredKind.Superscript or DeferredKind.Subscript:
                var script = Deeper(deferred, () => inner.ParseAgain(deferred.Content).SelectMany(InlinesOf).ToList());
                if (script is null) return [new Text(deferred.Content) { Span = span }];
                return deferred.Kind == DeferredKind.Superscript ? [new Superscript(script) { Span = span }] : [new Subscript(script) { Span = span }];
            default:
                var content = Deeper(deferred, () => inner.ParseAgain(deferred.Content).SelectMany(InlinesOf).ToList());
                if (content is null) return [new Text(deferred.Content) { Span = span }];
                var attr = AttributeText.Parse(deferred.AttributeText) ?? Attr.Empty;
                if (attr.HasClass("smallcaps"))
                    return [new SmallCaps(content) { Span = span, Attr = attr with { Classes = attr.Classes.Where(c => c != "smallcaps").ToList() } }];
                return [new Span(content) { Span = span, Attr = attr }];
        }
    }

    // pandoc decodes entities in an autolink (<http://g&ouml;gle.com> is göogle); CommonMark does not.
    private Link AutoLink(AutolinkInline auto, Publish.Model.SourceSpan span)
    {
        var url = context.Extended ? System.Net.WebUtility.HtmlDecode(auto.Url) : auto.Url;
        return new Link([new Text(url) { Span = span }], auto.IsEmail ? "mailto:" + url : url) { Span = span };
    }

    private static IEnumerable<Inline> InlinesOf(Publish.Model.Block block) => block switch
    {
        Paragraph p => p.Content,
        Heading h => h.Content,
        _ => [],
    };

    /// <summary>Markdig tags some nodes with HTML classes of its own (math, task lists); they are not the author's.</summary>
    private static Attr WithoutMarkdigClasses(Attr attr) =>
        attr.Classes.Any(s_markdigClasses.Contains) ? attr with { Classes = attr.Classes.Where(c => !s_markdigClasses.Contains(c)).ToList() } : attr;

    private static readonly HashSet<string> s_markdigClasses = ["math", "contains-task-list", "task-list-item"];

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
