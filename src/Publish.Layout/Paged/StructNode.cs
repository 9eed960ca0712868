namespace Publish.Layout.Paged;

/// <summary>The structure types a tagged PDF uses (PDF 1.7 §14.8.4), plus the artifact kinds.</summary>
internal enum StructRole
{
    Document, Sect, Div, H1, H2, H3, H4, H5, H6, P, L, LI, Lbl, LBody, Table, THead, TBody, TR, TH, TD,
    Figure, Caption, Note, Reference, Link, TOC, TOCI, Code, BlockQuote, Formula, Span,
    /// <summary>Not content: decoration inside content (dot leaders, a picture with no alternative text).</summary>
    Artifact,
    /// <summary>Not content: a running head (pagination artifact, header).</summary>
    HeaderArtifact,
    /// <summary>Not content: a folio at the foot of the page (pagination artifact, footer).</summary>
    FooterArtifact,
}

/// <summary>
/// The structure element an item belongs to, for tagging: layout creates one per block (and per
/// link, formula, list item, table cell…) and hangs the items it sets on it; the PDF writer turns
/// the nodes into the structure tree in reading order. A node knows only its parent: children
/// are whatever nodes and items name it. An item without a node is decoration (an artifact).
/// </summary>
internal sealed class StructNode(StructRole role)
{
    /// <summary>Running heads and folios: artifacts every page has, not part of the text.</summary>
    public static readonly StructNode Header = new(StructRole.HeaderArtifact), Footer = new(StructRole.FooterArtifact);
    /// <summary>Decoration set among content, which block tagging must not claim.</summary>
    public static readonly StructNode Decoration = new(StructRole.Artifact);

    public StructRole Role { get; } = role;
    public StructNode? Parent { get; private set; }
    /// <summary>Alternative text (figures, formulas).</summary>
    public string? Alt { get; init; }
    /// <summary>A language other than the document's (BCP 47).</summary>
    public string? Lang { get; init; }
    /// <summary>
    /// The model block the element sets (null for inline elements and generated matter): lets the
    /// EPUB of the same build mark where each printed page starts. The PDF writer ignores it.
    /// </summary>
    public Model.Block? Source { get; internal set; }
    /// <summary>Whether a header cell heads its column or its row.</summary>
    public bool RowHeader { get; init; }

    public bool IsArtifact => Role is StructRole.HeaderArtifact or StructRole.FooterArtifact or StructRole.Artifact;

    /// <summary>The topmost node above this one (itself when it has no parent).</summary>
    public StructNode Root
    {
        get
        {
            var node = this;
            while (node.Parent is not null) node = node.Parent;
            return node;
        }
    }

    /// <summary>Makes <paramref name="parent"/> the parent of this node's root, unless it has one or is that node.</summary>
    internal void AdoptRootInto(StructNode parent)
    {
        var root = Root;
        if (!ReferenceEquals(root, parent) && !root.IsArtifact && !parent.IsArtifact) root.Parent = parent;
    }

    /// <summary>Puts this (new, parentless) node under <paramref name="parent"/>.</summary>
    internal void Under(StructNode parent)
    {
        if (Parent is null && !ReferenceEquals(parent, this) && !parent.IsArtifact) Parent = parent;
    }

    public override string ToString() => Role.ToString();
}
