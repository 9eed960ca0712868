using System.Text.Json.Serialization;

namespace Publish.Model;

/// <summary>A block-level node. The set is closed: writers switch over these sealed records.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(Paragraph), "Paragraph")]
[JsonDerivedType(typeof(Heading), "Heading")]
[JsonDerivedType(typeof(BlockQuote), "BlockQuote")]
[JsonDerivedType(typeof(BulletList), "BulletList")]
[JsonDerivedType(typeof(OrderedList), "OrderedList")]
[JsonDerivedType(typeof(DefinitionList), "DefinitionList")]
[JsonDerivedType(typeof(CodeBlock), "CodeBlock")]
[JsonDerivedType(typeof(Table), "Table")]
[JsonDerivedType(typeof(Figure), "Figure")]
[JsonDerivedType(typeof(ThematicBreak), "ThematicBreak")]
[JsonDerivedType(typeof(Div), "Div")]
[JsonDerivedType(typeof(Plain), "Plain")]
[JsonDerivedType(typeof(HtmlBlockElement), "HtmlBlockElement")]
[JsonDerivedType(typeof(RawBlock), "RawBlock")]
public abstract record Block : Node;

public sealed record Paragraph(IReadOnlyList<Inline> Content) : Block;

/// <summary>A heading; its unique, deterministic id is <c>Attr.Id</c>.</summary>
public sealed record Heading(int Level, IReadOnlyList<Inline> Content) : Block
{
    [JsonIgnore]
    public string Id => Attr.Id;
}

public sealed record BlockQuote(IReadOnlyList<Block> Content) : Block;

/// <summary>One item of a bullet or ordered list; <c>Checked</c> is set for task-list items.</summary>
public sealed record ListItem(IReadOnlyList<Block> Content, bool? Checked = null);

public sealed record BulletList(IReadOnlyList<ListItem> Items, bool Tight) : Block;

public enum ListNumberStyle { Decimal, LowerAlpha, UpperAlpha, LowerRoman, UpperRoman }

public sealed record OrderedList(IReadOnlyList<ListItem> Items, bool Tight, int Start = 1, ListNumberStyle Style = ListNumberStyle.Decimal) : Block;

/// <summary>A term with one or more definitions, each a list of blocks.</summary>
public sealed record DefinitionItem(IReadOnlyList<Inline> Term, IReadOnlyList<IReadOnlyList<Block>> Definitions);

public sealed record DefinitionList(IReadOnlyList<DefinitionItem> Items) : Block;

/// <summary>Literal code; <c>Language</c> is the info string's first word, if any.</summary>
public sealed record CodeBlock(string? Language, string Text) : Block;

public enum Alignment { Default, Left, Center, Right }

/// <summary>A column's alignment and, when the source says so, its share of the width (0..1).</summary>
public sealed record TableColumn(Alignment Alignment, double? RelativeWidth = null);

public sealed record TableCell(IReadOnlyList<Block> Content, int ColSpan = 1, int RowSpan = 1);

public sealed record TableRow(IReadOnlyList<TableCell> Cells);

public sealed record Table(
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<TableRow> Head,
    IReadOnlyList<TableRow> Body,
    IReadOnlyList<Inline> Caption) : Block;

/// <summary>An image shown as a block, with its caption (an image alone in a paragraph).</summary>
public sealed record Figure(Image Image, IReadOnlyList<Inline> Caption) : Block;

public sealed record ThematicBreak : Block;

/// <summary>A generic container (fenced div, or a safe HTML block element kept from raw HTML).</summary>
public sealed record Div(IReadOnlyList<Block> Content) : Block;

/// <summary>
/// Source in another format, kept as written (pandoc's <c>RawBlock</c>): raw TeX in Markdown, whose
/// <c>Format</c> is <c>tex</c>. No output of ours renders it, so every output leaves it out; the
/// reader says so once per document (PUB0307), and <c>publish parse</c> still shows it.
/// </summary>
public sealed record RawBlock(string Format, string Text) : Block;

/// <summary>
/// Inlines standing in a block without forming a paragraph (pandoc's <c>Plain</c>): the text directly
/// inside an HTML block element such as <c>&lt;td&gt;</c> or <c>&lt;div&gt;</c>, written without <c>&lt;p&gt;</c>.
/// </summary>
public sealed record Plain(IReadOnlyList<Inline> Content) : Block;
