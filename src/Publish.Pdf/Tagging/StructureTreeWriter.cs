using Publish.Layout.Paged;
using Publish.Pdf.Syntax;

namespace Publish.Pdf.Tagging;

/// <summary>
/// Writes the structure tree: the StructTreeRoot, one object per element (kids as MCIDs on the
/// element's own page, marked-content references elsewhere, object references for annotations),
/// and the ParentTree that maps each page's MCIDs and each annotation back to its element.
/// Page keys are the page indexes; annotation keys follow them.
/// </summary>
internal static class StructureTreeWriter
{
    /// <returns>The StructTreeRoot's object number.</returns>
    public static int Write(PdfObjectWriter w, StructureTree tree, IReadOnlyList<int> pages, IReadOnlyList<IReadOnlyList<int>> annotations)
    {
        int root = w.Allocate(), parentTree = w.Allocate();
        foreach (var element in tree.Elements) element.Number = w.Allocate();
        foreach (var element in tree.Elements) WriteElement(w, element, root, pages, annotations);

        var b = w.Begin().Ascii("<</Nums [");
        for (var p = 0; p < tree.PageMcids.Count; p++)
        {
            b.Int(p).Ascii(" [");
            foreach (var element in tree.PageMcids[p]) b.Ref(element.Number).Space();
            b.Ascii("] ");
        }
        var key = tree.PageMcids.Count;
        foreach (var page in tree.PageAnnotations)
            foreach (var element in page) b.Int(key++).Space().Ref(element.Number).Space();
        b.Ascii("]>>");
        w.End(parentTree);

        w.Begin().Ascii("<</Type /StructTreeRoot /K ").Ref(tree.Root.Number).Ascii(" /ParentTree ").Ref(parentTree)
            .Ascii(" /ParentTreeNextKey ").Int(key).Ascii(">>");
        w.End(root);
        return root;
    }

    private static void WriteElement(PdfObjectWriter w, StructureTree.Element e, int root, IReadOnlyList<int> pages, IReadOnlyList<IReadOnlyList<int>> annotations)
    {
        var b = w.Begin().Ascii("<</Type /StructElem /S /").Ascii(MarkedContent.RoleName(e.Role)).Ascii(" /P ").Ref(e.Parent?.Number ?? root);
        if (e.Page < pages.Count) b.Ascii(" /Pg ").Ref(pages[e.Page]);
        if (e.Node?.Alt is { Length: > 0 } alt) b.Ascii(" /Alt ").Text(alt);
        if (e.Node?.Lang is { Length: > 0 } lang) b.Ascii(" /Lang ").Text(lang);
        if (e.Role == StructRole.TH) b.Ascii(" /A <</O /Table /Scope ").Ascii(e.Node?.RowHeader == true ? "/Row" : "/Column").Ascii(">>");
        if (e.BBox is { } box)
            b.Ascii(" /A <</O /Layout /Placement /Block /BBox [").Number(box.X1).Space().Number(box.Y1).Space().Number(box.X2).Space().Number(box.Y2).Ascii("]>>");
        b.Ascii(" /K [");
        foreach (var kid in e.Kids)
        {
            if (kid.Child is { } child) b.Ref(child.Number);
            else if (kid.Mcid >= 0 && kid.Page == e.Page) b.Int(kid.Mcid);
            else if (kid.Mcid >= 0) b.Ascii("<</Type /MCR /Pg ").Ref(pages[kid.Page]).Ascii(" /MCID ").Int(kid.Mcid).Ascii(">>");
            else b.Ascii("<</Type /OBJR /Pg ").Ref(pages[kid.Page]).Ascii(" /Obj ").Ref(annotations[kid.Page][kid.Annotation]).Ascii(">>");
            b.Space();
        }
        b.Ascii("]>>");
        w.End(e.Number);
    }
}
