namespace Publish.Model;

/// <summary>
/// A block-level element kept from raw HTML after checking (<see cref="HtmlVocabulary"/>): its name
/// is an allowed HTML5 element, its attributes are allowed ones (id and classes in <c>Attr</c>,
/// the rest as key-values), its children are ordinary blocks. Elements the model has its own node
/// for (p, div, blockquote, h1–h6, hr) are read into that node instead.
/// </summary>
public sealed record HtmlBlockElement(string Name, IReadOnlyList<Block> Content) : Block;

/// <summary>An inline element kept from raw HTML after checking; see <see cref="HtmlBlockElement"/>.</summary>
public sealed record HtmlInlineElement(string Name, IReadOnlyList<Inline> Content) : Inline;
