using System.Text.Json.Serialization;

namespace Publish.Model;

/// <summary>An inline node. Text carries its own spaces; there is no separate Space node.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(Text), "Text")]
[JsonDerivedType(typeof(Emphasis), "Emphasis")]
[JsonDerivedType(typeof(Strong), "Strong")]
[JsonDerivedType(typeof(Strikethrough), "Strikethrough")]
[JsonDerivedType(typeof(Superscript), "Superscript")]
[JsonDerivedType(typeof(Subscript), "Subscript")]
[JsonDerivedType(typeof(SmallCaps), "SmallCaps")]
[JsonDerivedType(typeof(Code), "Code")]
[JsonDerivedType(typeof(Link), "Link")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(LineBreak), "LineBreak")]
[JsonDerivedType(typeof(SoftBreak), "SoftBreak")]
[JsonDerivedType(typeof(Note), "Note")]
[JsonDerivedType(typeof(TexMath), "Math")]
[JsonDerivedType(typeof(Quoted), "Quoted")]
[JsonDerivedType(typeof(Span), "Span")]
[JsonDerivedType(typeof(Citation), "Citation")]
[JsonDerivedType(typeof(HtmlInlineElement), "HtmlInlineElement")]
public abstract record Inline : Node;

public sealed record Text(string Value) : Inline;

public sealed record Emphasis(IReadOnlyList<Inline> Content) : Inline;

public sealed record Strong(IReadOnlyList<Inline> Content) : Inline;

public sealed record Strikethrough(IReadOnlyList<Inline> Content) : Inline;

public sealed record Superscript(IReadOnlyList<Inline> Content) : Inline;

public sealed record Subscript(IReadOnlyList<Inline> Content) : Inline;

public sealed record SmallCaps(IReadOnlyList<Inline> Content) : Inline;

public sealed record Code(string Value) : Inline;

/// <summary>A link. <c>Target</c> is a URL, or <c>#id</c> for a cross-reference inside the document.</summary>
public sealed record Link(IReadOnlyList<Inline> Content, string Target, string? Title = null) : Inline
{
    [JsonIgnore]
    public bool IsInternal => Target.StartsWith('#');
}

/// <summary>
/// An image. <c>Source</c> is the path as written until the pipeline resolves resources; after
/// that it is a key of <see cref="Document.Resources"/>.
/// </summary>
public sealed record Image(string Source, string Alt, string? Title = null) : Inline;

public sealed record LineBreak : Inline;

public sealed record SoftBreak : Inline;

/// <summary>A footnote: its blocks stand where it is cited; writers number notes in order.</summary>
public sealed record Note(IReadOnlyList<Block> Content) : Inline;

/// <summary>TeX math, inline or display.</summary>
public sealed record TexMath(string Tex, bool Display) : Inline;

public enum QuoteKind { Double, Single }

public sealed record Quoted(QuoteKind Kind, IReadOnlyList<Inline> Content) : Inline;

public sealed record Span(IReadOnlyList<Inline> Content) : Inline;

/// <summary>
/// Citations of works by key (pandoc's <c>Cite</c>): <c>[see @doe99, p. 33; @smith04]</c> or <c>@doe99</c>.
/// <see cref="Content"/> is what stands in the text until a bibliography renders the items: the
/// source as written, the way pandoc shows a citation without <c>--citeproc</c>. Writers show
/// <see cref="Content"/>; the items say what is cited, for a later bibliography pass and for tools.
/// </summary>
public sealed record Citation(IReadOnlyList<CitationItem> Items, IReadOnlyList<Inline> Content) : Inline
{
    /// <summary>The cited keys in order, space-separated (HTML's <c>data-cites</c>).</summary>
    [JsonIgnore]
    public string Keys => string.Join(' ', Items.Select(i => i.Id));
}

/// <summary>How a citation names its work (pandoc's <c>citationMode</c>).</summary>
public enum CitationMode
{
    /// <summary><c>[@doe99]</c>: author and year in parentheses, or a note.</summary>
    Normal,
    /// <summary><c>@doe99</c> in the text: the author is part of the sentence ("Doe (1999) says").</summary>
    AuthorInText,
    /// <summary><c>[-@doe99]</c>: the author was named already; only the year or the note.</summary>
    SuppressAuthor,
}

/// <summary>
/// One cited work: its key (<c>doe99</c>, or a URL given as <c>@{https://…}</c>), the words before
/// it (<c>see</c>) and after it (<c>, p. 33</c>) inside the citation, and its <see cref="CitationMode"/>.
/// </summary>
public sealed record CitationItem(string Id, IReadOnlyList<Inline> Prefix, IReadOnlyList<Inline> Suffix, CitationMode Mode = CitationMode.Normal);
