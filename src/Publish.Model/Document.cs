namespace Publish.Model;

/// <summary>
/// The one model every writer reads. Chapters are not nodes: writers split at level-1 headings.
/// </summary>
public sealed record Document(Metadata Metadata, IReadOnlyList<Block> Blocks)
{
    /// <summary>Embedded files by key; every <see cref="Image.Source"/> is a key here after resolution.</summary>
    public IReadOnlyDictionary<string, Resource> Resources { get; init; } = new Dictionary<string, Resource>();

    /// <summary>The file or folder the document was read from.</summary>
    public string SourcePath { get; init; } = "";

    /// <summary>
    /// Article or book, as the reader decided it (or front matter declared it). A document built by
    /// hand without a kind is a book, as every document was before kinds existed.
    /// </summary>
    public DocumentKind Kind => Metadata.Kind ?? DocumentKind.Book;
}
