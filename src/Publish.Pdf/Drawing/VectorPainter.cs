using Publish.Layout.Paged;
using Publish.Pdf.Vector;
using SkiaSharp;

namespace Publish.Pdf.Drawing;

/// <summary>Draws a vector picture's shapes with Skia (PNG pages), mapped onto the item's area as the PDF form is.</summary>
internal static class VectorPainter
{
    public static void Draw(SKCanvas canvas, VectorPicture picture, Rect area)
    {
        canvas.Save();
        canvas.Translate((float)area.X, (float)area.Y);
        canvas.Scale((float)(area.Width / picture.Width), (float)(area.Height / picture.Height));
        foreach (var shape in picture.Shapes)
        {
            using var path = ToSkia(shape.Path, shape.EvenOdd ? SKPathFillType.EvenOdd : SKPathFillType.Winding);
            if (shape.Fill is { } fill)
            {
                using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = Colour(fill) };
                canvas.DrawPath(path, paint);
            }
            if (shape.Stroke is { } stroke)
            {
                using var paint = new SKPaint
                {
                    IsAntialias = true, Style = SKPaintStyle.Stroke, Color = Colour(stroke.Paint), StrokeWidth = (float)stroke.Width,
                    StrokeCap = (SKStrokeCap)stroke.Cap, StrokeJoin = (SKStrokeJoin)stroke.Join, StrokeMiter = (float)stroke.MiterLimit,
                };
                using var dash = stroke.Dashes.Count > 0 ? SKPathEffect.CreateDash([.. stroke.Dashes.Select(d => (float)d)], (float)stroke.DashOffset) : null;
                paint.PathEffect = dash;
                canvas.DrawPath(path, paint);
            }
        }
        canvas.Restore();
    }

    private static SKColor Colour(Paint p) => new(p.R, p.G, p.B, (byte)Math.Round(Math.Clamp(p.Opacity, 0, 1) * 255));

    private static SKPath ToSkia(IReadOnlyList<PathStep> steps, SKPathFillType fillType)
    {
        using var path = new SKPathBuilder { FillType = fillType };
        foreach (var s in steps)
        {
            switch (s.Verb)
            {
                case PathVerb.Move: path.MoveTo((float)s.To.X, (float)s.To.Y); break;
                case PathVerb.Line: path.LineTo((float)s.To.X, (float)s.To.Y); break;
                case PathVerb.Cubic: path.CubicTo((float)s.C1.X, (float)s.C1.Y, (float)s.C2.X, (float)s.C2.Y, (float)s.To.X, (float)s.To.Y); break;
                case PathVerb.Close: path.Close(); break;
            }
        }
        return path.Detach();
    }
}
