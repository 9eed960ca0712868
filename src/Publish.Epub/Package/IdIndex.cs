using Publish.Epub.Xhtml;
using Publish.Infrastructure;
using Publish.Model;

namespace Publish.Epub.Package;

/// <summary>
/// Which chapter file holds each id (first occurrence wins, as in the renderer), so that
/// <c>#id</c> cross-references become <c>chNNN.xhtml#id</c> across files.
/// </summary>
internal sealed class IdIndex
{
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

    public static IdIndex Build(IReadOnlyList<Chapter> chapters)
    {
        var index = new IdIndex();
        foreach (var chapter in chapters)
        {
            NodeWalker.Walk(chapter.Blocks, node =>
            {
                if (node.Attr.Id.Length > 0) index._files.TryAdd(IdRegistry.Sanitize(node.Attr.Id), chapter.FileName);
            });
        }
        return index;
    }

    public IEnumerable<string> Ids => _files.Keys;

    /// <summary>The file holding the (sanitized) id, or null when no element has it.</summary>
    public string? FileOf(string sanitizedId) => _files.GetValueOrDefault(sanitizedId);

    /// <summary>Every id with its file: what resolving a cross-reference can depend on.</summary>
    public ContentHash Hash()
    {
        using var b = new ContentHashBuilder();
        foreach (var (id, file) in _files) b.Add(id).Add(file);
        return b.ToHash();
    }
}
