using Publish.Model;
using Publish.Styling;

namespace Publish.Epub.Xhtml;

/// <summary>What differs between the EPUB and the single HTML page; the renderers are the same.</summary>
internal sealed record XhtmlSettings
{
    /// <summary>Write <c>epub:type</c> attributes (only meaningful, and only declared, in EPUB files).</summary>
    public bool EpubSemantics { get; init; }

    /// <summary>
    /// The href to write for a link target, or null to drop the link and keep its text (a target
    /// the package cannot reach). Default: the target as written.
    /// </summary>
    public Func<Link, string?> ResolveLink { get; init; } = link => link.Target;

    /// <summary>The src for an image, or null to show its alt text instead. Default: the source as written.</summary>
    public Func<Image, string?> ResolveImage { get; init; } = image => image.Source;

    /// <summary>An image's size in pixels, when known (decides whether it is shown inline or as a block).</summary>
    public Func<Image, (int Width, int Height)?> ImageSize { get; init; } = _ => null;

    /// <summary>Footnote numbers restart with every chapter, or run through the book.</summary>
    public NoteNumbering NoteNumbering { get; init; } = NoteNumbering.PerChapter;

    /// <summary>The labels of the printed pages that start at a block: a page-break marker each, before it.</summary>
    public Func<Block, IReadOnlyList<string>>? PageBreaksBefore { get; init; }

    public static readonly XhtmlSettings Default = new();
}
