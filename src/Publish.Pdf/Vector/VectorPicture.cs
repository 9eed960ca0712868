namespace Publish.Pdf.Vector;

/// <summary>
/// A vector drawing read from an SVG file: shapes in order, in the picture's own coordinates
/// (CSS pixels, origin top-left, y down, <c>Width</c> × <c>Height</c>). Transforms are already
/// applied to the points, so each writer only maps the picture's box onto its area.
/// </summary>
internal sealed record VectorPicture(double Width, double Height, IReadOnlyList<VectorShape> Shapes)
{
    /// <summary>What the file holds that the drawing leaves out or draws only approximately (for a warning).</summary>
    public IReadOnlyList<string> Unsupported { get; init; } = [];
}

internal enum PathVerb : byte { Move, Line, Cubic, Close }

/// <summary>One step of a path; a cubic uses all three points, a line and a move only the last.</summary>
internal readonly record struct PathStep(PathVerb Verb, Point C1, Point C2, Point To)
{
    public static PathStep Move(Point p) => new(PathVerb.Move, p, p, p);
    public static PathStep Line(Point p) => new(PathVerb.Line, p, p, p);
    public static PathStep Cubic(Point c1, Point c2, Point p) => new(PathVerb.Cubic, c1, c2, p);
    public static readonly PathStep Close = new(PathVerb.Close, default, default, default);
}

internal readonly record struct Point(double X, double Y);

/// <summary>An sRGB colour with its opacity (0..1), as the shape paints it.</summary>
internal readonly record struct Paint(byte R, byte G, byte B, double Opacity);

internal enum LineCap : byte { Butt, Round, Square }

internal enum LineJoin : byte { Miter, Round, Bevel }

internal sealed record Stroke(Paint Paint, double Width, LineCap Cap, LineJoin Join, double MiterLimit, IReadOnlyList<double> Dashes, double DashOffset);

/// <summary>A path filled and/or stroked. <c>EvenOdd</c> is SVG's <c>fill-rule: evenodd</c>.</summary>
internal sealed record VectorShape(IReadOnlyList<PathStep> Path, Paint? Fill, bool EvenOdd, Stroke? Stroke);

/// <summary>An affine transform as SVG writes it: <c>matrix(a b c d e f)</c>.</summary>
internal readonly record struct Affine(double A, double B, double C, double D, double E, double F)
{
    public static readonly Affine Identity = new(1, 0, 0, 1, 0, 0);

    public Point Apply(Point p) => new(A * p.X + C * p.Y + E, B * p.X + D * p.Y + F);

    /// <summary>This transform applied after <paramref name="inner"/> (inner maps first).</summary>
    public Affine Then(Affine inner) => new(
        A * inner.A + C * inner.B, B * inner.A + D * inner.B,
        A * inner.C + C * inner.D, B * inner.C + D * inner.D,
        A * inner.E + C * inner.F + E, B * inner.E + D * inner.F + F);

    /// <summary>How much the transform scales lengths on average (stroke widths under a transform).</summary>
    public double Scale => Math.Sqrt(Math.Abs(A * D - B * C));

    public static Affine Translate(double x, double y) => new(1, 0, 0, 1, x, y);
    public static Affine Scaling(double x, double y) => new(x, 0, 0, y, 0, 0);
}
