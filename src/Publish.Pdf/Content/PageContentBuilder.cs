using Publish.Layout.Paged;
using Publish.Pdf.Fonts;
using Publish.Pdf.Syntax;
using Publish.Pdf.Tagging;

namespace Publish.Pdf.Content;

/// <summary>
/// Builds one page's content stream from its items. Layout's y axis points down from the top,
/// PDF's up from the bottom: every item writer converts through <see cref="Y"/>. The builder
/// keeps the graphics state it has set (font, colours, alpha, line width, inside BT/ET) so
/// that each operator is written only when it changes. One builder per thread; reused per page.
/// </summary>
internal sealed class PageContentBuilder(DocumentResources resources) : IDisposable
{
    private bool inText;
    private PdfFontResource? font;
    private double fontSize;
    private Rgba? fill, stroke;
    private byte alpha;
    private double lineWidth;
    private StructNode? mark;  // the marked-content sequence open now (null: none)
    private int nextMcid;
    private int groupEnd;      // the last item of the ActualText sequence open now

    public PdfBuffer Out { get; } = new(64 * 1024);
    public DocumentResources Resources => resources;
    public double PageHeight { get; private set; }

    /// <summary>The page's operators, uncompressed, in <see cref="Out"/>.</summary>
    public void Build(Page page)
    {
        Out.Clear();
        PageHeight = page.MediaHeight;
        inText = false;
        font = null;
        fill = stroke = null;
        alpha = 255;
        lineWidth = 1; // the PDF default
        mark = null;
        nextMcid = 0;
        groupEnd = -1;
        var items = page.Items;
        for (var i = 0; i < items.Count; i++) // by index: no enumerator to allocate per page
        {
            if (i > groupEnd && MarkedContent.IsDrawn(items[i])) Mark(items, i);
            switch (items[i])
            {
                case GlyphRun run: GlyphRunContent.Write(this, run); break;
                case RuleItem rule: RuleContent.Write(this, rule); break;
                case FillItem area: FillContent.Write(this, area); break;
                case ImageItem image: ImageContent.Write(this, image); break;
                // Links and destinations are annotations and name-tree entries, not page content.
            }
        }
        if (page.CropMarks)
        {
            Mark(StructNode.Decoration);
            CropMarkContent.Write(this, page);
        }
        EndMark();
    }

    /// <summary>The item's sequence; a run with ActualText gets one of its own (see <see cref="MarkedContent.OwnSequence"/>).</summary>
    private void Mark(IReadOnlyList<PageItem> items, int i)
    {
        var node = MarkedContent.MarkOf(items[i]);
        if (MarkedContent.OwnSequence(items, i, node, resources))
        {
            EndMark();
            groupEnd = MarkedContent.GroupEnd(items, i);
            Out.Ascii("/Span <</MCID ").Int(nextMcid++).Ascii(" /ActualText ");
            GlyphRunContent.ActualText(Out, MarkedContent.GroupText(items, i, groupEnd));
            Out.Ascii(">> BDC\n");
            mark = OwnMark; // the next item opens a sequence again
            return;
        }
        Mark(node);
    }

    /// <summary>Stands for a sequence that holds one item only.</summary>
    private static readonly StructNode OwnMark = new(StructRole.Span);

    /// <summary>Whether the run's ActualText is already on the sequence around it.</summary>
    public bool ActualTextInSequence => ReferenceEquals(mark, OwnMark);

    /// <summary>
    /// Opens the marked-content sequence for <paramref name="node"/> unless it is open: content
    /// gets the next MCID, artifacts their kind. Sequences and text objects nest: text ends first.
    /// </summary>
    private void Mark(StructNode node)
    {
        if (ReferenceEquals(node, mark)) return;
        EndMark();
        mark = node;
        switch (node.Role)
        {
            case StructRole.HeaderArtifact: Out.Ascii("/Artifact <</Type /Pagination /Subtype /Header>> BDC\n"); break;
            case StructRole.FooterArtifact: Out.Ascii("/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n"); break;
            case StructRole.Artifact: Out.Ascii("/Artifact BMC\n"); break;
            default:
                Out.Byte((byte)'/').Ascii(MarkedContent.RoleName(node.Role)).Ascii(" <</MCID ").Int(nextMcid++).Ascii(">> BDC\n");
                break;
        }
    }

    private void EndMark()
    {
        EndText();
        if (mark is null) return;
        Out.Ascii("EMC\n");
        mark = null;
    }

    public double Y(double y) => PageHeight - y;

    public void BeginText()
    {
        if (inText) return;
        Out.Ascii("BT\n");
        inText = true;
    }

    /// <summary>Paths and images may not appear inside a text object.</summary>
    public void EndText()
    {
        if (!inText) return;
        Out.Ascii("ET\n");
        inText = false;
    }

    /// <summary>Text state survives ET/BT (it belongs to the graphics state), so Tf is set only on change.</summary>
    public void Font(PdfFontResource face, double size)
    {
        if (ReferenceEquals(face, font) && size == fontSize) return;
        Out.Raw(face.NameBytes).Space().Number(size).Ascii(" Tf\n");
        font = face;
        fontSize = size;
    }

    public void FillColor(Rgba color)
    {
        Alpha(color.A);
        if (fill is { } current && current.R == color.R && current.G == color.G && current.B == color.B) return;
        Rgb(color).Ascii(" rg\n");
        fill = color;
    }

    public void StrokeColor(Rgba color)
    {
        Alpha(color.A);
        if (stroke is { } current && current.R == color.R && current.G == color.G && current.B == color.B) return;
        Rgb(color).Ascii(" RG\n");
        stroke = color;
    }

    public void LineWidth(double width)
    {
        if (width == lineWidth) return;
        Out.Number(width).Ascii(" w\n");
        lineWidth = width;
    }

    private PdfBuffer Rgb(Rgba c) => Out.Number(c.R / 255.0).Space().Number(c.G / 255.0).Space().Number(c.B / 255.0);

    /// <summary>Images are drawn opaque (their own soft mask is their only transparency).</summary>
    public void Opaque() => Alpha(255);

    /// <summary>Translucency goes through a graphics state (<c>/ca</c>, <c>/CA</c>) named after its alpha.</summary>
    private void Alpha(byte a)
    {
        if (a == alpha) return;
        Out.Ascii(DocumentResources.AlphaStateName(a)).Ascii(" gs\n");
        alpha = a;
    }

    public void Dispose() => Out.Dispose();
}
