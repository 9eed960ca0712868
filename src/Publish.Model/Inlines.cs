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
