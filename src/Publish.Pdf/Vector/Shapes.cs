using System.Globalization;
using System.Xml.Linq;

namespace Publish.Pdf.Vector;

/// <summary>SVG's basic shapes as paths, in the element's user space (SVG 1.1 §9: the equivalent path of each).</summary>
internal static class Shapes
{
    /// <summary>A cubic follows a quarter circle best with its controls this far along the tangents (4/3·(√2−1)).</summary>
    private const double Kappa = 0.5522847498;

    /// <summary>The element's path, or null when the element is no shape.</summary>
    public static List<PathStep>? Of(XElement e, string name) => name switch
    {
        "path" => SvgPathData.Parse((string?)e.Attribute("d") ?? ""),
        "rect" => Rect(N(e, "x"), N(e, "y"), N(e, "width"), N(e, "height"), Radius(e, "rx", "ry"), Radius(e, "ry", "rx")),
        "circle" => Ellipse(N(e, "cx"), N(e, "cy"), N(e, "r"), N(e, "r")),
        "ellipse" => Ellipse(N(e, "cx"), N(e, "cy"), N(e, "rx"), N(e, "ry")),
        "line" => [PathStep.Move(new(N(e, "x1"), N(e, "y1"))), PathStep.Line(new(N(e, "x2"), N(e, "y2")))],
        "polyline" => Poly((string?)e.Attribute("points"), false),
        "polygon" => Poly((string?)e.Attribute("points"), true),
        _ => null,
    };

    private static double N(XElement e, string name) => SvgLength.Parse((string?)e.Attribute(name)) ?? 0;

    // A missing rx takes ry's value and the other way round.
    private static double Radius(XElement e, string name, string other) =>
        SvgLength.Parse((string?)e.Attribute(name)) ?? SvgLength.Parse((string?)e.Attribute(other)) ?? 0;

    private static List<PathStep> Rect(double x, double y, double w, double h, double rx, double ry)
    {
        if (w <= 0 || h <= 0) return [];
        rx = Math.Min(rx, w / 2); ry = Math.Min(ry, h / 2);
        if (rx <= 0 || ry <= 0)
            return [PathStep.Move(new(x, y)), PathStep.Line(new(x + w, y)), PathStep.Line(new(x + w, y + h)), PathStep.Line(new(x, y + h)), PathStep.Close];
        double kx = rx * Kappa, ky = ry * Kappa;
        return
        [
            PathStep.Move(new(x + rx, y)), PathStep.Line(new(x + w - rx, y)),
            PathStep.Cubic(new(x + w - rx + kx, y), new(x + w, y + ry - ky), new(x + w, y + ry)),
            PathStep.Line(new(x + w, y + h - ry)),
            PathStep.Cubic(new(x + w, y + h - ry + ky), new(x + w - rx + kx, y + h), new(x + w - rx, y + h)),
            PathStep.Line(new(x + rx, y + h)),
            PathStep.Cubic(new(x + rx - kx, y + h), new(x, y + h - ry + ky), new(x, y + h - ry)),
            PathStep.Line(new(x, y + ry)),
            PathStep.Cubic(new(x, y + ry - ky), new(x + rx - kx, y), new(x + rx, y)),
            PathStep.Close,
        ];
    }

    private static List<PathStep> Ellipse(double cx, double cy, double rx, double ry)
    {
        if (rx <= 0 || ry <= 0) return [];
        double kx = rx * Kappa, ky = ry * Kappa;
        return
        [
            PathStep.Move(new(cx + rx, cy)),
            PathStep.Cubic(new(cx + rx, cy + ky), new(cx + kx, cy + ry), new(cx, cy + ry)),
            PathStep.Cubic(new(cx - kx, cy + ry), new(cx - rx, cy + ky), new(cx - rx, cy)),
            PathStep.Cubic(new(cx - rx, cy - ky), new(cx - kx, cy - ry), new(cx, cy - ry)),
            PathStep.Cubic(new(cx + kx, cy - ry), new(cx + rx, cy - ky), new(cx + rx, cy)),
            PathStep.Close,
        ];
    }

    private static List<PathStep> Poly(string? points, bool closed)
    {
        var n = (points ?? "").Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN)
            .TakeWhile(v => !double.IsNaN(v)).ToList();
        var steps = new List<PathStep>();
        for (var i = 0; i + 1 < n.Count; i += 2)
            steps.Add(i == 0 ? PathStep.Move(new(n[i], n[i + 1])) : PathStep.Line(new(n[i], n[i + 1])));
        if (closed && steps.Count > 0) steps.Add(PathStep.Close);
        return steps;
    }
}
