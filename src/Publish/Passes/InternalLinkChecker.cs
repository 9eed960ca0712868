using Publish.Model;

namespace Publish;

/// <summary>
/// Warns about cross-references that lead nowhere (<c>[see](#no-such-id)</c>, PUB0701) and about
/// ids given to more than one element (PUB0702): both would make a dead link in the PDF and a
/// validation error in the EPUB. A link that leads nowhere keeps its text and loses the link, so
/// no writer draws a dead one (and none has to warn about it again).
/// </summary>
internal sealed class InternalLinkChecker
{
    private readonly Dictionary<string, SourceSpan> _ids = new(StringComparer.Ordinal);
    private readonly List<Link> _links = [];
    private readonly DiagnosticBag _diagnostics;

    private InternalLinkChecker(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    public static Document Check(Document document, DiagnosticBag diagnostics)
    {
        var checker = new InternalLinkChecker(diagnostics);
        // Children first, as the rewriters of the other passes go: which of two equal ids is "first".
        NodeWalker.WalkChildrenFirst(document.Blocks, checker.Visit);
        var dead = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in checker._links)
        {
            var id = Uri.UnescapeDataString(link.Target[1..]);
            if (id.Length == 0 || checker._ids.ContainsKey(id)) continue;
            dead.Add(link.Target);
            diagnostics.Report(DiagnosticCatalog.InternalLinkBroken, $"internal link '{link.Target}' points to no element: no heading or element has the id '{id}'", link.Span,
                "give the target an id ({#" + id + "}) or correct the link");
        }
        return dead.Count == 0 ? document : new DeadLinkRemover(dead).Rewrite(document);
    }

    private sealed class DeadLinkRemover(HashSet<string> dead) : Rewriter
    {
        protected override IEnumerable<Inline> RewriteInline(Inline inline) =>
            inline is Link link && dead.Contains(link.Target) ? [new Span(link.Content) { Span = link.Span, Attr = link.Attr }] : [inline];
    }

    private void Visit(Node node)
    {
        Record(node);
        if (node is Link { IsInternal: true } link) _links.Add(link);
    }

    private void Record(Node node)
    {
        var id = node.Attr.Id;
        if (id.Length == 0) return;
        if (_ids.TryGetValue(id, out var first))
            _diagnostics.Report(DiagnosticCatalog.IdAmbiguous, $"the id '{id}' is used more than once (first at {first}); links to it are ambiguous", node.Span,
                "give each element its own id");
        else
            _ids[id] = node.Span;
    }
}
