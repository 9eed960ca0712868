using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Mathematics;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publish.Model;
using Block = Publish.Model.Block;
using MdBlock = Markdig.Syntax.Block;
using MdCodeBlock = Markdig.Syntax.CodeBlock;
using MdTable = Markdig.Extensions.Tables.Table;
using CodeBlock = Publish.Model.CodeBlock;
using DefinitionList = Publish.Model.DefinitionList;
using DefinitionItem = Publish.Model.DefinitionItem;

namespace Publish.Readers.Markdown;

// Publish.Readers.Text is a namespace; inside ours, Text means the model's text node.
using Text = Publish.Model.Text;

internal sealed partial class Converter
{
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:(?<=\s)#+)?\s*$")]
    private static partial System.Text.RegularExpressions.Regex ClosingHashes();

    public List<Block> Blocks(ContainerBlock container) => Blocks(container.ToList());

    // htmlParent: the HTML element these blocks stand in when they were read between its tags.
    private List<Block> Blocks(IReadOnlyList<MdBlock> siblings, string? htmlParent = null)
    {
        var output = new List<Block>();
        for (var i = 0; i < siblings.Count; i++)
        {
            switch (siblings[i])
            {
                case HtmlBlock:
                    i = ConvertHtmlBlock(siblings, i, output, htmlParent);
                    break;
                case ParagraphBlock caption when IsTableCaption(caption) && i + 1 < siblings.Count && IsTable(siblings[i + 1]):
                    output.Add(AnyTable(siblings[i + 1], caption));
                    i++;
                    break;
                case var table when IsTable(table):
                    var after = i + 1 < siblings.Count && siblings[i + 1] is ParagraphBlock p && IsTableCaption(p) ? p : null;
                    output.Add(AnyTable(table, after));
                    if (after is not null) i++;
                    break;
                case FencedCodeBlock lineBlock when PandocKind(lineBlock) == PandocBlockKind.LineBlock:
                    output.Add(LineBlock(lineBlock));
                    break;
                case FencedCodeBlock tex when PandocKind(tex) == PandocBlockKind.RawTex:
                    output.Add(RawTex(tex));
                    break;
                default:
                    output.AddRange(Block(siblings[i]));
                    break;
            }
        }
        return output;
    }

    private static bool IsTable(MdBlock node) => node is MdTable || PandocKind(node) is PandocBlockKind.Table or PandocBlockKind.GridTable;

    private Block AnyTable(MdBlock node, ParagraphBlock? caption) =>
        node is MdTable table ? Table(table, caption) : PandocTable((FencedCodeBlock)node, caption);

    private IEnumerable<Block> Block(MdBlock node)
    {
        var span = map.Of(node);
        var attr = ConversionContext.AttrOf(node);
        switch (node)
        {
            case ParagraphBlock paragraph:
                return Paragraph(paragraph);
            case HeadingBlock heading:
                // Markdig places a setext heading on its underline; the heading starts at its text.
                if (heading.IsSetext) span = map.At(heading.Line - 1 - (heading.Inline?.Count(i => i is LineBreakInline) ?? 0), heading.Column);
                var content = Inlines(heading.Inline);
                // The space before a '{#id}' that ended the heading is no part of its text, nor (in pandoc's
                // Markdown) the closing hashes before it: "### Extension: `styles` ### {#ext-styles}".
                if (content is [.., Text { } last]) content[^1] = last with { Value = context.Extended && !heading.IsSetext && attr.Id.Length + attr.Classes.Count + attr.KeyValues.Count > 0 ? ClosingHashes().Replace(last.Value, "").TrimEnd() : last.Value.TrimEnd() };
                var id = attr.Id.Length > 0 ? context.Ids.ClaimExplicit(attr.Id, span, context.Diagnostics) : context.Gfm ? context.Ids.ClaimGithub(content) : context.Ids.ClaimAuto(content);
                return [new Heading(heading.Level, content) { Span = span, Attr = attr.WithId(id) }];
            case Markdig.Extensions.Alerts.AlertBlock alert:
                return Nested(alert, blocks => Alert(alert.Kind.ToString(), blocks, span));
            case QuoteBlock quote:
                return Nested(quote, blocks => new BlockQuote(blocks));
            case ListBlock list:
                return List(list);
            case MathBlock math:
                return [new Paragraph([new TexMath(context.Macros.Apply(math.Lines.ToString().Trim()), Display: true) { Span = span, Attr = WithoutMarkdigClasses(attr) }]) { Span = span }];
            case FencedCodeBlock fenced:
                var language = FirstWord(fenced.Info) ?? attr.Classes.FirstOrDefault();
                // Markdig adds 'language-x' for its HTML renderer; the language has its own field.
                var codeAttr = attr with { Classes = attr.Classes.Where(c => c != "language-" + language).ToList() };
                return [new CodeBlock(language, FencedText(fenced)) { Span = span, Attr = codeAttr.IsEmpty ? Attr.Empty : codeAttr }];
            case MdCodeBlock code:
                return [new CodeBlock(null, code.Lines.ToString()) { Span = span, Attr = attr }];
            case ThematicBreakBlock:
                return [new ThematicBreak { Span = span, Attr = attr }];
            case Markdig.Extensions.DefinitionLists.DefinitionList definitions:
                return [Definitions(definitions)];
            case CustomContainer container:
                var classes = FirstWord(container.Info) is { } info ? [info, .. attr.Classes] : attr.Classes;
                return Nested(container, blocks => new Div(blocks) { Attr = attr with { Classes = classes.Distinct().ToList() } });
            case FootnoteGroup or LinkReferenceDefinitionGroup or LinkReferenceDefinition or BlankLineBlock:
                return []; // notes are read where they are cited; references were resolved by Markdig
            case ContainerBlock other:
                return Blocks(other);
            case LeafBlock leaf:
                return [new Paragraph(Inlines(leaf.Inline)) { Span = span, Attr = attr }];
            default:
                return [];
        }
    }

    /// <summary>
    /// GitHub's alert <c>> [!NOTE]</c>: a div classed <c>alert alert-note</c> whose first block is
    /// its label, so every writer shows the kind of the alert without knowing alerts.
    /// </summary>
    private static Div Alert(string kind, List<Block> blocks, Publish.Model.SourceSpan span)
    {
        var name = kind.ToLowerInvariant();
        var label = name.Length == 0 ? "Note" : char.ToUpperInvariant(name[0]) + name[1..];
        var title = new Paragraph([new Strong([new Text(label) { Span = span }]) { Span = span }]) { Span = span, Attr = new Attr("", ["alert-title"], []) };
        return new Div([title, .. blocks]) { Attr = new Attr("", ["alert", "alert-" + name], []) };
    }

    /// <summary>
    /// The code's lines joined by line ends. When the last line is blank the text would end in a line
    /// end that reads as the last line's terminator, losing that blank line; it gets its terminator written out.
    /// </summary>
    private static string FencedText(FencedCodeBlock fenced)
    {
        var text = fenced.Lines.ToString();
        return text.EndsWith('\n') ? text + "\n" : text;
    }

    private IEnumerable<Block> Paragraph(ParagraphBlock paragraph)
    {
        var span = map.Of(paragraph);
        var attr = ConversionContext.AttrOf(paragraph);
        var content = Inlines(paragraph.Inline);
        if (context.Extended && SoleImage(paragraph) is { } image)
        {
            // pandoc's implicit_figures: an image alone in its paragraph is a figure captioned by its alt text.
            var img = ImageOf(image);
            var caption = Inlines(image);
            // The id names the figure (cross-references point at it); the image keeps classes and sizes.
            var id = attr.Id.Length > 0 ? attr.Id : img.Attr.Id;
            if (id.Length > 0) id = context.Ids.ClaimExplicit(id, span, context.Diagnostics);
            return [new Figure(img with { Attr = img.Attr.WithId("") }, caption) { Span = span, Attr = attr.WithId(id) }];
        }
        if (content.All(i => i is SoftBreak or LineBreak || (i is Text t && string.IsNullOrWhiteSpace(t.Value)))) return [];
        return [new Paragraph(content) { Span = span, Attr = attr }];
    }

    private static LinkInline? SoleImage(ParagraphBlock paragraph)
    {
        var meaningful = paragraph.Inline?.Where(i => !(i is LineBreakInline || (i is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()))).ToList();
        return meaningful is [LinkInline { IsImage: true } image] ? image : null;
    }

    /// <summary>A container block; past the depth limit its blocks stand in its place.</summary>
    private IEnumerable<Block> Nested(ContainerBlock node, Func<List<Block>, Block> make)
    {
        var made = Deeper(node, () =>
        {
            var block = make(Blocks(node));
            // A maker may set its own attributes (custom containers add their info word as a class).
            return block with { Span = map.Of(node), Attr = block.Attr.IsEmpty ? ConversionContext.AttrOf(node) : block.Attr };
        });
        return made is null ? Blocks(node) : [made];
    }

    private IEnumerable<Block> List(ListBlock list)
    {
        var made = Deeper<Block>(list, () =>
        {
            var items = list.OfType<ListItemBlock>().Select(Item).ToList();
            var span = map.Of(list);
            var attr = WithoutMarkdigClasses(ConversionContext.AttrOf(list));
            if (!list.IsOrdered) return new BulletList(items, !list.IsLoose) { Span = span, Attr = attr };
            var start = int.TryParse(list.OrderedStart, out var n) ? n : 1;
            if (list.BulletType == PandocOrderedItemParser.Example)
            {
                // Example lists number on across the document.
                start = context.ExamplesSoFar + 1;
                context.ExamplesSoFar += items.Count;
            }
            return new OrderedList(items, !list.IsLoose, start, NumberStyle(list.BulletType)) { Span = span, Attr = attr };
        });
        return made is null ? list.OfType<ListItemBlock>().SelectMany(Blocks).ToList() : [made];
    }

    private ListItem Item(ListItemBlock item)
    {
        var task = (item.FirstOrDefault() as ParagraphBlock)?.Inline?.FirstChild as TaskList;
        var blocks = Blocks(item);
        if (task is not null && blocks is [Paragraph first, ..] && first.Content is [Text { Value: var lead } text, ..])
            blocks[0] = first with { Content = [text with { Value = lead.TrimStart() }, .. first.Content.Skip(1)] };
        return new ListItem(blocks, task?.Checked);
    }

    private static ListNumberStyle NumberStyle(char bullet) => bullet switch
    {
        'a' => ListNumberStyle.LowerAlpha,
        'A' => ListNumberStyle.UpperAlpha,
        'i' => ListNumberStyle.LowerRoman,
        'I' => ListNumberStyle.UpperRoman,
        _ => ListNumberStyle.Decimal,
    };

    private DefinitionList Definitions(Markdig.Extensions.DefinitionLists.DefinitionList list)
    {
        var items = new List<DefinitionItem>();
        foreach (var item in list.OfType<Markdig.Extensions.DefinitionLists.DefinitionItem>())
        {
            var terms = item.OfType<DefinitionTerm>().Select(t => Inlines(t.Inline)).ToList();
            var definition = Deeper(item, () => Blocks(item.Where(b => b is not DefinitionTerm).ToList())) ?? [];
            if (terms.Count == 0 && items.Count > 0)
            {
                // A second ': definition' for the term above.
                items[^1] = items[^1] with { Definitions = [.. items[^1].Definitions, definition] };
                continue;
            }
            // Several terms sharing one definition: all but the last stand alone, as in HTML's <dt><dt><dd>.
            for (var t = 0; t < terms.Count - 1; t++) items.Add(new DefinitionItem(terms[t], []));
            items.Add(new DefinitionItem(terms.Count > 0 ? terms[^1] : [], [definition]));
        }
        return new DefinitionList(items) { Span = map.Of(list), Attr = ConversionContext.AttrOf(list) };
    }

    private static string? FirstWord(string? info)
    {
        var word = info?.Trim().Split([' ', '\t', '{'], 2)[0];
        return string.IsNullOrEmpty(word) ? null : word;
    }
}
