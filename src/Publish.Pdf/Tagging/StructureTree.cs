using Publish.Layout.Paged;

namespace Publish.Pdf.Tagging;

/// <summary>
/// The logical structure of a tagged PDF, gathered from the layout's structure nodes in reading
/// order (pages in order, items in drawing order — the order layout set the model's blocks in):
/// each node becomes a structure element the first time its content or a descendant's appears,
/// its kids are its marked-content sequences, link annotations and child elements in that order,
/// and nodes without a parent hang under one Document element.
/// </summary>
internal sealed class StructureTree
{
    /// <summary>One structure element: its node, parent, kids in order, and the page it starts on.</summary>
    public sealed class Element(StructNode? node, StructRole role, Element? parent, int page)
    {
        public StructNode? Node { get; } = node;
        public StructRole Role { get; } = role;
        public Element? Parent { get; } = parent;
        public int Page { get; } = page;
        public List<Kid> Kids { get; } = [];
        public int Number { get; set; }
        /// <summary>A figure's bounding box on its first page, in PDF user space.</summary>
        public (double X1, double Y1, double X2, double Y2)? BBox { get; set; }
        /// <summary>The text of a link, for its annotation's /Contents.</summary>
        public System.Text.StringBuilder? Text { get; set; }
    }

    /// <summary>A kid: a child element, a marked-content sequence (page, MCID) or an annotation (page, index on that page).</summary>
    public readonly record struct Kid(Element? Child, int Page, int Mcid, int Annotation);

    private readonly Dictionary<StructNode, Element> _elements = new(ReferenceEqualityComparer.Instance);

    public Element Root { get; }
    /// <summary>Every element in creation order (parents before children).</summary>
    public List<Element> Elements { get; } = [];
    /// <summary>For each page, the element of each MCID.</summary>
    public List<List<Element>> PageMcids { get; } = [];
    /// <summary>For each page, the element of each link annotation (in the order they are written).</summary>
    public List<List<Element>> PageAnnotations { get; } = [];

    private StructureTree()
    {
        Root = new Element(null, StructRole.Document, null, 0);
        Elements.Add(Root);
    }

    /// <summary>The tree of the document, whose pages' link items in <paramref name="links"/> become annotations in that order.</summary>
    public static StructureTree Build(PagedDocument document, Content.DocumentResources resources, IReadOnlyList<List<LinkItem>> links)
    {
        var tree = new StructureTree();
        for (var p = 0; p < document.Pages.Count; p++)
        {
            var page = document.Pages[p];
            var mcids = new List<Element>();
            foreach (var node in MarkedContent.Sequence(page, resources))
            {
                var element = tree.ElementOf(node, p);
                element.Kids.Add(new Kid(null, p, mcids.Count, -1));
                mcids.Add(element);
            }
            tree.PageMcids.Add(mcids);
            tree.Describe(page, p);

            var annotations = new List<Element>();
            for (var k = 0; k < links[p].Count; k++)
            {
                var link = links[p][k];
                // An annotation belongs to a Link element; one layout left untagged gets its own.
                var element = link.Tag is { IsArtifact: false, Role: StructRole.Link } node
                    ? tree.ElementOf(node, p)
                    : tree.Add(new Element(null, StructRole.Link, link.Tag is { IsArtifact: false } other ? tree.ElementOf(other, p) : tree.Root, p));
                element.Kids.Add(new Kid(null, p, -1, k));
                annotations.Add(element);
            }
            tree.PageAnnotations.Add(annotations);
        }
        return tree;
    }

    private Element ElementOf(StructNode node, int page)
    {
        if (_elements.TryGetValue(node, out var element)) return element;
        var parent = node.Parent is { } up ? ElementOf(up, page) : Root;
        element = Add(new Element(node, node.Role, parent, page));
        _elements[node] = element;
        return element;
    }

    private Element Add(Element element)
    {
        element.Parent?.Kids.Add(new Kid(element, element.Page, -1, -1));
        Elements.Add(element);
        return element;
    }

    /// <summary>What elements say about themselves beyond their content: figures' boxes, links' text.</summary>
    private void Describe(Page page, int p)
    {
        foreach (var item in page.Items)
        {
            if (item.Tag is not { IsArtifact: false } node || !_elements.TryGetValue(node, out var element)) continue;
            if (item is ImageItem image && element.Role == StructRole.Figure && element.BBox is null)
                element.BBox = (image.Area.X, page.MediaHeight - image.Area.Bottom, image.Area.Right, page.MediaHeight - image.Area.Y);
            else if (item is GlyphRun run && element.Role == StructRole.Link)
                (element.Text ??= new()).Append(run.Text);
        }
    }
}
