using Publish.Pdf.Syntax;
using Publish.Pdf.Vector;

namespace Publish.Pdf.Images;

/// <summary>
/// A vector picture as a form XObject: its shapes as PDF path operators, so the drawing stays
/// sharp at any zoom and no image is embedded. The form's matrix maps the picture onto the unit
/// square with y flipped (SVG's y points down), so pages place it exactly as they place images.
/// </summary>
internal sealed class PdfVectorForm(VectorPicture picture) : IPdfXObject
{
    public void Write(PdfObjectWriter w, int number)
    {
        var alphas = new SortedSet<byte>();
        using var content = new PdfBuffer(16 * 1024);
        foreach (var shape in picture.Shapes) WriteShape(content, shape, alphas);
        var b = w.Begin().Ascii("/Type /XObject /Subtype /Form /BBox [0 0 ").Number(picture.Width).Space().Number(picture.Height)
            .Ascii("] /Matrix [").Ascii(Precise(1 / picture.Width)).Ascii(" 0 0 ").Ascii(Precise(-1 / picture.Height)).Ascii(" 0 1] /Resources <</ExtGState <<");
        foreach (var alpha in alphas) b.Ascii(AlphaName(alpha)).Ascii(" <</Type /ExtGState /ca ").Number(alpha / 255.0).Ascii(" /CA ").Number(alpha / 255.0).Ascii(">> ");
        b.Ascii(">>>> /Filter /FlateDecode");
        w.EndStream(number, Deflate.Compress(content.Written.ToArray(), Deflate.ResourceLevel));
    }

    private static void WriteShape(PdfBuffer o, VectorShape shape, SortedSet<byte> alphas)
    {
        if (shape.Fill is { } fill)
        {
            o.Ascii("q ");
            Colour(o, fill, alphas, " rg\n");
            Path(o, shape.Path);
            o.Ascii(shape.EvenOdd ? "f* Q\n" : "f Q\n");
        }
        if (shape.Stroke is { } stroke)
        {
            o.Ascii("q ");
            Colour(o, stroke.Paint, alphas, " RG\n");
            o.Number(stroke.Width).Ascii(" w ").Int((int)stroke.Cap).Ascii(" J ").Int((int)stroke.Join).Ascii(" j ");
            if (stroke.Join == LineJoin.Miter) o.Number(Math.Max(1, stroke.MiterLimit)).Ascii(" M ");
            if (stroke.Dashes.Count > 0)
            {
                o.Ascii("[");
                foreach (var d in stroke.Dashes) o.Number(d).Space();
                o.Ascii("] ").Number(stroke.DashOffset).Ascii(" d");
            }
            o.Line();
            Path(o, shape.Path);
            o.Ascii("S Q\n");
        }
    }

    private static void Colour(PdfBuffer o, Paint paint, SortedSet<byte> alphas, string op)
    {
        var alpha = (byte)Math.Round(Math.Clamp(paint.Opacity, 0, 1) * 255);
        if (alpha != 255)
        {
            alphas.Add(alpha);
            o.Ascii(AlphaName(alpha)).Ascii(" gs ");
        }
        o.Number(paint.R / 255.0).Space().Number(paint.G / 255.0).Space().Number(paint.B / 255.0).Ascii(op);
    }

    private static void Path(PdfBuffer o, IReadOnlyList<PathStep> path)
    {
        foreach (var step in path)
        {
            switch (step.Verb)
            {
                case PathVerb.Move: Pair(o, step.To).Ascii(" m\n"); break;
                case PathVerb.Line: Pair(o, step.To).Ascii(" l\n"); break;
                case PathVerb.Cubic: Pair(Pair(Pair(o, step.C1).Space(), step.C2).Space(), step.To).Ascii(" c\n"); break;
                case PathVerb.Close: o.Ascii("h\n"); break;
            }
        }
    }

    private static PdfBuffer Pair(PdfBuffer o, Point p) => o.Number(Math.Round(p.X, 3)).Space().Number(Math.Round(p.Y, 3));

    // The unit-square matrix needs more than the thousandths page content is written in.
    private static string Precise(double v) => v.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture);

    private static string AlphaName(byte alpha) => "/A" + alpha.ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Anything a page draws with <c>Do</c>: an image or a vector form.</summary>
internal interface IPdfXObject
{
    void Write(PdfObjectWriter w, int number);
}

/// <summary>The XObject for a resource: SVG becomes a vector form, anything else an image.</summary>
internal static class PdfXObjects
{
    public static IPdfXObject? From(Layout.Paged.PageImage resource, (int Width, int Height)? fit = null) =>
        resource.MediaType == "image/svg+xml"
            ? SvgReader.Read(resource.Data) is { } picture && picture.Width > 0 && picture.Height > 0 ? new PdfVectorForm(picture) : null
            : PdfImage.From(resource, fit);
}
