using Publish.Layout.Paged;

namespace Publish.Pdf.Content;

/// <summary>A straight stroked line with butt caps (the PDF default), as the PNG path draws it.</summary>
internal static class RuleContent
{
    public static void Write(PageContentBuilder b, RuleItem rule)
    {
        if (rule.Thickness <= 0) return;
        b.EndText();
        b.StrokeColor(rule.Color);
        b.LineWidth(rule.Thickness);
        b.Out.Number(rule.X1).Space().Number(b.Y(rule.Y1)).Ascii(" m ")
             .Number(rule.X2).Space().Number(b.Y(rule.Y2)).Ascii(" l S\n");
    }
}
