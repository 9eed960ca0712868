using Publish.Model;

namespace Publish;

/// <summary>
/// Warns about cross-references that lead nowhere (<c>[see](#no-such-id)</c>, PUB0701) and about
/// ids given to more than one element (PUB0702): both would make a dead link in the PDF and a
/// validation error in the EPUB.
/// </summary>
public sealed class InternalLinkChecker : Rewriter
{
    private readonly Dictionary<string, SourceSpan> _ids = new(StringComparer.Ordinal);
    private readonly List<Link> _links = [];
    private readonly DiagnosticBag _diagnostics;

    private InternalLinkChecker(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    public static void Check(Document document, DiagnosticBag diagnostics)
    {
        var checker = new InternalLinkChecker(diagnostics);
        checker.Rewrite(document);
        foreach (var link in checker._links)
        {
            var id = Uri.UnescapeDataString(link.Target[1..]);
            if (id.Length == 0 || checker._ids.ContainsKey(id)) continue;
            diagnostics.Warning("PUB0701", $"internal link '{link.Target}' points to no element: no heading or element has the id '{id}'", link.Span,
                "give the target an id ({#" + id + "}) or correct the link");
        }
    }

    protected override IEnumerable<Block> RewriteBlock(Block block)
    {
        Record(block);
        return [block];
    }

    protected override IEnumerable<Inline> RewriteInline(Inline inline)
    {
        Record(inline);
        if (inline is Link { IsInternal: true } link) _links.Add(link);
        return [inline];
    }

    private void Record(Node node)
    {
        var id = node.Attr.Id;
        if (id.Length == 0) return;
        if (_ids.TryGetValue(id, out var first))
            _diagnostics.Warning("PUB0702", $"the id '{id}' is used more than once (first at {first}); links to it are ambiguous", node.Span,
                "give each element its own id");
        else
            _ids[id] = node.Span;
    }
}
