using Publish.Epub.Xhtml;
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
            var collector = new Collector();
            collector.Blocks(chapter.Blocks);
            foreach (var id in collector.Ids) index._files.TryAdd(IdRegistry.Sanitize(id), chapter.FileName);
        }
        return index;
    }

    public IEnumerable<string> Ids => _files.Keys;

    /// <summary>The file holding the (sanitized) id, or null when no element has it.</summary>
    public string? FileOf(string sanitizedId) => _files.GetValueOrDefault(sanitizedId);

    // The rewriter visits every node, notes included, in document order; nothing is changed.
    private sealed class Collector : Rewriter
    {
        public List<string> Ids { get; } = [];

        protected override IEnumerable<Block> RewriteBlock(Block block)
        {
            if (block.Attr.Id.Length > 0) Ids.Add(block.Attr.Id);
            return [block];
        }

        protected override IEnumerable<Inline> RewriteInline(Inline inline)
        {
            if (inline.Attr.Id.Length > 0) Ids.Add(inline.Attr.Id);
            return [inline];
        }
    }
}
