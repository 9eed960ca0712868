using System.Globalization;

namespace Publish.Pdf.Vector;

/// <summary>
/// SVG path data (<c>d</c>) as moves, lines, cubics and closes: quadratics are raised to cubics
/// and elliptical arcs split into cubics of at most a quarter turn each. Parsing stops at the
/// first error and keeps what came before, as the SVG specification asks.
/// </summary>
internal sealed class SvgPathData
{
    private readonly string _d;
    private int _at;
    private readonly List<PathStep> _steps = [];
    private Point _current, _start, _lastControl;
    private char _lastCommand;

    private SvgPathData(string d) => _d = d;

    public static List<PathStep> Parse(string d)
    {
        var parser = new SvgPathData(d);
        parser.Run();
        return parser._steps;
    }

    private void Run()
    {
        char command = '\0';
        while (true)
        {
            SkipSeparators();
            if (_at >= _d.Length) return;
            var c = _d[_at];
            if (char.IsLetter(c)) { command = c; _at++; }
            else if (command == '\0') return;
            // After a move, further coordinate pairs are implicit lines.
            else if (command == 'M') command = 'L';
            else if (command == 'm') command = 'l';
            if (!Step(command)) return;
        }
    }

    private bool Step(char command)
    {
        var relative = char.IsLower(command);
        Point Rel(double x, double y) => relative ? new(_current.X + x, _current.Y + y) : new(x, y);
        double[]? n;
        switch (char.ToUpperInvariant(command))
        {
            case 'Z':
                _steps.Add(PathStep.Close);
                _current = _start;
                break;
            case 'M':
                if ((n = Numbers(2)) is null) return false;
                _current = _start = Rel(n[0], n[1]);
                _steps.Add(PathStep.Move(_current));
                break;
            case 'L':
                if ((n = Numbers(2)) is null) return false;
                LineTo(Rel(n[0], n[1]));
                break;
            case 'H':
                if ((n = Numbers(1)) is null) return false;
                LineTo(new(relative ? _current.X + n[0] : n[0], _current.Y));
                break;
            case 'V':
                if ((n = Numbers(1)) is null) return false;
                LineTo(new(_current.X, relative ? _current.Y + n[0] : n[0]));
                break;
            case 'C':
                if ((n = Numbers(6)) is null) return false;
                CubicTo(Rel(n[0], n[1]), Rel(n[2], n[3]), Rel(n[4], n[5]));
                break;
            case 'S':
                if ((n = Numbers(4)) is null) return false;
                CubicTo(Reflected("CS"), Rel(n[0], n[1]), Rel(n[2], n[3]));
                break;
            case 'Q':
                if ((n = Numbers(4)) is null) return false;
                QuadTo(Rel(n[0], n[1]), Rel(n[2], n[3]));
                break;
            case 'T':
                if ((n = Numbers(2)) is null) return false;
                QuadTo(Reflected("QT"), Rel(n[0], n[1]));
                break;
            case 'A':
                if ((n = ArcNumbers()) is null) return false;
                var to = Rel(n[5], n[6]);
                foreach (var step in Arc.ToCubics(_current, n[0], n[1], n[2], n[3] != 0, n[4] != 0, to)) _steps.Add(step);
                _current = to;
                break;
            default:
                return false;
        }
        _lastCommand = char.ToUpperInvariant(command);
        if (_lastCommand is not ('C' or 'S' or 'Q' or 'T')) _lastControl = _current;
        return true;
    }

    /// <summary>The previous control point mirrored through the current point, when the previous command was of the same family.</summary>
    private Point Reflected(string family) =>
        family.Contains(_lastCommand) ? new(2 * _current.X - _lastControl.X, 2 * _current.Y - _lastControl.Y) : _current;

    private void LineTo(Point p)
    {
        _steps.Add(PathStep.Line(p));
        _current = p;
    }

    private void CubicTo(Point c1, Point c2, Point p)
    {
        _steps.Add(PathStep.Cubic(c1, c2, p));
        _lastControl = c2;
        _current = p;
    }

    private void QuadTo(Point q, Point p)
    {
        // A quadratic is the cubic whose controls lie two thirds of the way to its control point.
        var c1 = new Point(_current.X + 2.0 / 3 * (q.X - _current.X), _current.Y + 2.0 / 3 * (q.Y - _current.Y));
        var c2 = new Point(p.X + 2.0 / 3 * (q.X - p.X), p.Y + 2.0 / 3 * (q.Y - p.Y));
        _steps.Add(PathStep.Cubic(c1, c2, p));
        _lastControl = q;
        _current = p;
    }

    private double[]? Numbers(int count)
    {
        var result = new double[count];
        for (var i = 0; i < count; i++)
            if (Number() is { } v) result[i] = v; else return null;
        return result;
    }

    /// <summary>rx ry rotation large-arc sweep x y; the two flags may be written without separators ("a1 1 0 011 1").</summary>
    private double[]? ArcNumbers()
    {
        var result = new double[7];
        for (var i = 0; i < 7; i++)
        {
            if (i is 3 or 4)
            {
                SkipSeparators();
                if (_at >= _d.Length || _d[_at] is not ('0' or '1')) return null;
                result[i] = _d[_at++] - '0';
            }
            else if (Number() is { } v) result[i] = v;
            else return null;
        }
        return result;
    }

    private double? Number()
    {
        SkipSeparators();
        var start = _at;
        if (_at < _d.Length && _d[_at] is '+' or '-') _at++;
        var digits = false;
        while (_at < _d.Length && char.IsAsciiDigit(_d[_at])) { _at++; digits = true; }
        if (_at < _d.Length && _d[_at] == '.')
        {
            _at++;
            while (_at < _d.Length && char.IsAsciiDigit(_d[_at])) { _at++; digits = true; }
        }
        if (!digits) { _at = start; return null; }
        if (_at < _d.Length && _d[_at] is 'e' or 'E')
        {
            var mark = _at++;
            if (_at < _d.Length && _d[_at] is '+' or '-') _at++;
            if (_at < _d.Length && char.IsAsciiDigit(_d[_at])) while (_at < _d.Length && char.IsAsciiDigit(_d[_at])) _at++;
            else _at = mark;
        }
        return double.Parse(_d.AsSpan(start, _at - start), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private void SkipSeparators()
    {
        while (_at < _d.Length && (char.IsWhiteSpace(_d[_at]) || _d[_at] == ',')) _at++;
    }
}

/// <summary>Elliptical arcs (SVG's endpoint form) as cubic Béziers, after the SVG implementation notes (B.2.4).</summary>
internal static class Arc
{
    public static IEnumerable<PathStep> ToCubics(Point from, double rx, double ry, double rotation, bool large, bool sweep, Point to)
    {
        rx = Math.Abs(rx); ry = Math.Abs(ry);
        if (from == to) yield break;
        if (rx == 0 || ry == 0) { yield return PathStep.Line(to); yield break; }
        var phi = rotation * Math.PI / 180;
        double cos = Math.Cos(phi), sin = Math.Sin(phi);
        double dx = (from.X - to.X) / 2, dy = (from.Y - to.Y) / 2;
        double x1 = cos * dx + sin * dy, y1 = -sin * dx + cos * dy;
        // Radii too small to reach the end point grow just enough.
        var lambda = x1 * x1 / (rx * rx) + y1 * y1 / (ry * ry);
        if (lambda > 1) { rx *= Math.Sqrt(lambda); ry *= Math.Sqrt(lambda); }
        var num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
        var den = rx * rx * y1 * y1 + ry * ry * x1 * x1;
        var factor = Math.Sqrt(Math.Max(0, num / den)) * (large == sweep ? -1 : 1);
        double cx1 = factor * rx * y1 / ry, cy1 = -factor * ry * x1 / rx;
        double cx = cos * cx1 - sin * cy1 + (from.X + to.X) / 2, cy = sin * cx1 + cos * cy1 + (from.Y + to.Y) / 2;
        var start = Angle(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
        var delta = Angle((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
        if (!sweep && delta > 0) delta -= 2 * Math.PI;
        if (sweep && delta < 0) delta += 2 * Math.PI;
        // Quarter turns at most: a cubic follows a circle within 0.03% there.
        var segments = (int)Math.Ceiling(Math.Abs(delta) / (Math.PI / 2) - 1e-9);
        var step = delta / Math.Max(1, segments);
        var k = 4.0 / 3 * Math.Tan(step / 4);
        Point On(double t, double ox, double oy) =>
            new(cx + cos * (rx * ox) - sin * (ry * oy), cy + sin * (rx * ox) + cos * (ry * oy));
        for (var i = 0; i < segments; i++)
        {
            var a1 = start + i * step;
            var a2 = a1 + step;
            double c1 = Math.Cos(a1), s1 = Math.Sin(a1), c2 = Math.Cos(a2), s2 = Math.Sin(a2);
            yield return PathStep.Cubic(On(a1, c1 - k * s1, s1 + k * c1), On(a2, c2 + k * s2, s2 - k * c2), i == segments - 1 ? to : On(a2, c2, s2));
        }
    }

    private static double Angle(double ux, double uy, double vx, double vy) => Math.Atan2(ux * vy - uy * vx, ux * vx + uy * vy);
}
