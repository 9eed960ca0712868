using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Publish.Pdf.Vector;

/// <summary>
/// Reads an SVG file into a <see cref="VectorPicture"/>: paths and basic shapes, groups, nested
/// <c>svg</c> and <c>use</c>, transforms, fills and strokes (with dashes, caps, joins, opacity),
/// style attributes and simple style sheets (tag, .class, #id), text as glyph outlines.
/// Gradients are drawn as a flat colour (their average); clipping, masks, filters, patterns,
/// markers and embedded images are left out. Both kinds of shortfall are listed in
/// <see cref="VectorPicture.Unsupported"/> so the build can warn.
/// </summary>
internal sealed class SvgReader
{
    /// <summary>CSS's default size for a replaced element without one (300×150 px).</summary>
    private const double DefaultWidth = 300, DefaultHeight = 150;

    /// <summary>Deeper <c>use</c> chains are cycles or bombs, not illustrations.</summary>
    private const int MaxUseDepth = 16;

    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";
    private readonly List<VectorShape> _shapes = [];
    private readonly SortedSet<string> _unsupported = new(StringComparer.Ordinal);
    private readonly Dictionary<string, XElement> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (byte R, byte G, byte B, double A)?> _gradients = new(StringComparer.Ordinal);
    private readonly List<(string Selector, List<(string Name, string Value)> Declarations)> _rules = [];
    private readonly SvgText _text = new();

    /// <summary>The picture, or null when the bytes are not a well-formed SVG document.</summary>
    public static VectorPicture? Read(byte[] data)
    {
        var root = Load(data);
        return root is null ? null : new SvgReader().Read(root);
    }

    /// <summary>The parsed root, or null when the bytes are not well-formed SVG; the one safe SVG parse the PDF and the EPUB's sanitiser share.</summary>
    public static XElement? Load(byte[] data)
    {
        try
        {
            // No DTDs: entities can reach outside the file or expand without bound.
            using var reader = XmlReader.Create(new MemoryStream(data), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            var root = XDocument.Load(reader).Root;
            return root is not null && root.Name.LocalName == "svg" ? root : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>The intrinsic size in CSS pixels: width/height, else the viewBox's, else 300×150.</summary>
    public static (double Width, double Height) SizeOf(XElement root)
    {
        var box = ViewBox(root);
        var width = Length(root, "width");
        var height = Length(root, "height");
        if (width is null && height is null) return box is { } b ? (b.W, b.H) : (DefaultWidth, DefaultHeight);
        if (width is null) return box is { } b1 && b1.H > 0 ? (height!.Value * b1.W / b1.H, height.Value) : (DefaultWidth, height!.Value);
        if (height is null) return box is { } b2 && b2.W > 0 ? (width.Value, width.Value * b2.H / b2.W) : (width.Value, DefaultHeight);
        return (width.Value, height.Value);
    }

    private VectorPicture Read(XElement root)
    {
        foreach (var element in root.DescendantsAndSelf())
            if ((string?)element.Attribute("id") is { Length: > 0 } id) _byId.TryAdd(id, element);
        foreach (var style in root.Descendants().Where(e => e.Name.LocalName == "style")) ReadStyleSheet(style.Value);
        var (width, height) = SizeOf(root);
        var viewport = ViewportTransform(root, width, height);
        Children(root, Styled(root, new SvgStyle()), viewport, 0);
        return new VectorPicture(width, height, _shapes) { Unsupported = [.. _unsupported] };
    }

    private static double? Length(XElement e, string name) =>
        (string?)e.Attribute(name) is { } v && !v.EndsWith('%') && SvgLength.Parse(v) is > 0 and var l ? l : null;

    private static (double X, double Y, double W, double H)? ViewBox(XElement e)
    {
        var parts = ((string?)e.Attribute("viewBox") ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4) return null;
        var n = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToArray();
        return n.Any(double.IsNaN) || n[2] <= 0 || n[3] <= 0 ? null : (n[0], n[1], n[2], n[3]);
    }

    /// <summary>Maps the viewBox onto the viewport, as preserveAspectRatio says (default: centred, whole box shown).</summary>
    private static Affine ViewportTransform(XElement e, double width, double height)
    {
        if (ViewBox(e) is not { } box) return Affine.Identity;
        var aspect = ((string?)e.Attribute("preserveAspectRatio") ?? "xMidYMid meet").Trim();
        double sx = width / box.W, sy = height / box.H;
        if (aspect.StartsWith("none", StringComparison.Ordinal)) return new Affine(sx, 0, 0, sy, -box.X * sx, -box.Y * sy);
        var s = aspect.EndsWith("slice", StringComparison.Ordinal) ? Math.Max(sx, sy) : Math.Min(sx, sy);
        var align = aspect.Split(' ')[0];
        double fx = align.Contains("xMin") ? 0 : align.Contains("xMax") ? 1 : 0.5;
        double fy = align.Contains("YMin") ? 0 : align.Contains("YMax") ? 1 : 0.5;
        return new Affine(s, 0, 0, s, -box.X * s + (width - box.W * s) * fx, -box.Y * s + (height - box.H * s) * fy);
    }

    private void Children(XElement parent, SvgStyle style, Affine transform, int depth)
    {
        foreach (var child in parent.Elements()) Element(child, style, transform, depth);
    }

    private void Element(XElement e, SvgStyle inherited, Affine outer, int depth)
    {
        var name = e.Name.LocalName;
        if (name is "defs" or "title" or "desc" or "metadata" or "style" or "symbol" or "linearGradient" or "radialGradient"
            or "clipPath" or "mask" or "pattern" or "marker" or "filter" or "script") return;
        if (Value(e, "display")?.Trim() == "none") return;
        var style = Styled(e, inherited);
        var transform = outer.Then(Transform((string?)e.Attribute("transform")));
        foreach (var (attribute, feature) in new[] { ("clip-path", "clipping"), ("mask", "masks"), ("filter", "filters"), ("marker-start", "markers"), ("marker-mid", "markers"), ("marker-end", "markers") })
            if (Value(e, attribute) is { } v && v != "none") _unsupported.Add(feature);
        switch (name)
        {
            case "g" or "a" or "switch":
                Children(e, style, transform, depth);
                break;
            case "svg":
                var x = Number(e, "x"); var y = Number(e, "y");
                var (w, h) = SizeOf(e);
                Children(e, style, transform.Then(Affine.Translate(x, y)).Then(ViewportTransform(e, w, h)), depth);
                break;
            case "use":
                var href = ((string?)e.Attribute(XLink + "href") ?? (string?)e.Attribute("href") ?? "").Trim();
                if (depth < MaxUseDepth && href.StartsWith('#') && _byId.TryGetValue(href[1..], out var target) && !target.AncestorsAndSelf().Contains(e))
                {
                    var moved = transform.Then(Affine.Translate(Number(e, "x"), Number(e, "y")));
                    if (target.Name.LocalName == "symbol") Children(target, Styled(target, style), moved.Then(SymbolTransform(target, e)), depth + 1);
                    else Element(target, style, moved, depth + 1);
                }
                break;
            case "text":
                foreach (var path in _text.Outlines(e, style)) Add(path, style, transform);
                if (!_text.Available) _unsupported.Add("text (no font to draw it)");
                break;
            case "image": _unsupported.Add("embedded images"); break;
            case "foreignObject": _unsupported.Add("foreign objects"); break;
            default:
                if (Shapes.Of(e, name) is { } steps) Add(steps, style, transform);
                else if (e.Name.Namespace == SvgNamespace) _unsupported.Add($"<{name}>");
                break;
        }
    }

    private static readonly XNamespace SvgNamespace = "http://www.w3.org/2000/svg";

    private Affine SymbolTransform(XElement symbol, XElement use)
    {
        var (w, h) = (Length(use, "width") ?? ViewBox(symbol)?.W ?? DefaultWidth, Length(use, "height") ?? ViewBox(symbol)?.H ?? DefaultHeight);
        return ViewportTransform(symbol, w, h);
    }

    private void Add(List<PathStep> steps, SvgStyle style, Affine transform)
    {
        if (steps.Count == 0 || style.Hidden) return;
        var path = steps.Select(s => s.Verb == PathVerb.Close ? s : new PathStep(s.Verb, transform.Apply(s.C1), transform.Apply(s.C2), transform.Apply(s.To))).ToList();
        var fill = PaintOf(style.Fill, style.FillOpacity * style.Opacity, style.Color);
        var strokePaint = PaintOf(style.Stroke, style.StrokeOpacity * style.Opacity, style.Color);
        var scale = transform.Scale;
        var stroke = strokePaint is { } sp && style.StrokeWidth > 0
            ? new Stroke(sp, style.StrokeWidth * scale, style.Cap, style.Join, style.MiterLimit, style.Dashes.Select(d => d * scale).ToList(), style.DashOffset * scale)
            : null;
        if (fill is null && stroke is null) return;
        _shapes.Add(new VectorShape(path, fill, style.EvenOdd, stroke));
    }

    private Paint? PaintOf(string value, double opacity, string current)
    {
        value = value.Trim();
        if (value.StartsWith("url(", StringComparison.OrdinalIgnoreCase))
        {
            var close = value.IndexOf(')');
            var id = close > 4 ? value[4..close].Trim().Trim('\'', '"').TrimStart('#') : "";
            if (Gradient(id) is { } g)
            {
                _unsupported.Add("gradients (drawn in their average colour)");
                return new Paint(g.R, g.G, g.B, opacity * g.A);
            }
            _unsupported.Add("patterns");
            // The fallback colour after the reference, as SVG allows ("url(#p) red").
            value = close > 0 ? value[(close + 1)..].Trim() : "";
            if (value.Length == 0) return null;
        }
        return SvgColor.Parse(value, current) is { } c && opacity > 0 ? new Paint(c.R, c.G, c.B, opacity) : null;
    }

    private (byte R, byte G, byte B, double A)? Gradient(string id)
    {
        if (_gradients.TryGetValue(id, out var known)) return known;
        var requested = id;
        (byte, byte, byte, double)? result = null;
        var seen = new HashSet<string>();
        var element = _byId.GetValueOrDefault(id);
        // A gradient may take its stops from another through href.
        while (element is not null && seen.Add(id) && element.Name.LocalName.EndsWith("Gradient", StringComparison.Ordinal))
        {
            var stops = element.Elements().Where(s => s.Name.LocalName == "stop").ToList();
            if (stops.Count > 0)
            {
                var colours = stops
                    .Select(s => (Colour: SvgColor.Parse(Value(s, "stop-color") ?? "black", Styled(s, new SvgStyle()).Color), Opacity: StopOpacity(s)))
                    .Where(s => s.Colour is not null).ToList();
                if (colours.Count > 0)
                    result = ((byte)colours.Average(c => c.Colour!.Value.R), (byte)colours.Average(c => c.Colour!.Value.G),
                        (byte)colours.Average(c => c.Colour!.Value.B), colours.Average(c => c.Opacity));
                break;
            }
            id = (((string?)element.Attribute(XLink + "href")) ?? (string?)element.Attribute("href") ?? "").TrimStart('#');
            element = _byId.GetValueOrDefault(id);
        }
        _gradients[requested] = result;
        return result;
    }

    private double StopOpacity(XElement stop) =>
        double.TryParse(Value(stop, "stop-opacity"), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? Math.Clamp(v, 0, 1) : 1;

    /// <summary>The element's style: inherited, then presentation attributes, style sheet rules, and its style attribute, in rising precedence.</summary>
    private SvgStyle Styled(XElement e, SvgStyle inherited)
    {
        var style = inherited;
        foreach (var attribute in e.Attributes().Where(a => a.Name.Namespace == XNamespace.None))
            style = style.With(attribute.Name.LocalName, attribute.Value);
        foreach (var (name, value) in RulesFor(e)) style = style.With(name, value);
        foreach (var (name, value) in Declarations((string?)e.Attribute("style") ?? "")) style = style.With(name, value);
        return style;
    }

    /// <summary>A property as the element sets it: style attribute over style sheet over presentation attribute.</summary>
    private string? Value(XElement e, string name)
    {
        var fromStyle = Declarations((string?)e.Attribute("style") ?? "").LastOrDefault(d => d.Name == name).Value;
        return fromStyle ?? RulesFor(e).LastOrDefault(d => d.Name == name).Value ?? (string?)e.Attribute(name);
    }

    private IEnumerable<(string Name, string Value)> RulesFor(XElement e)
    {
        if (_rules.Count == 0) yield break;
        var id = (string?)e.Attribute("id");
        var classes = ((string?)e.Attribute("class") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Specificity in three tiers, as CSS orders them: tags, then classes, then ids.
        for (var tier = 0; tier < 3; tier++)
            foreach (var (selector, declarations) in _rules)
            {
                var matches = tier switch
                {
                    0 => selector == e.Name.LocalName || selector == "*",
                    1 => selector.StartsWith('.') && classes.Contains(selector[1..])
                        || (selector.Split('.') is [var tag, var cls] && tag == e.Name.LocalName && classes.Contains(cls)),
                    _ => selector.StartsWith('#') && selector[1..] == id,
                };
                if (matches) foreach (var d in declarations) yield return d;
            }
    }

    private void ReadStyleSheet(string css)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(css, @"/\*.*?\*/", "", System.Text.RegularExpressions.RegexOptions.Singleline);
        foreach (var block in text.Split('}'))
        {
            var open = block.IndexOf('{');
            if (open < 0) continue;
            var declarations = Declarations(block[(open + 1)..]).ToList();
            foreach (var selector in block[..open].Split(',').Select(s => s.Trim()).Where(s => s.Length > 0))
            {
                if (selector.Any(c => c is ' ' or '>' or '+' or '~' or ':' or '[')) _unsupported.Add($"style rule '{selector}'");
                else _rules.Add((selector, declarations));
            }
        }
    }

    private static IEnumerable<(string Name, string Value)> Declarations(string text) =>
        text.Split(';').Select(d => d.Split(':', 2)).Where(p => p.Length == 2)
            .Select(p => (p[0].Trim().ToLowerInvariant(), p[1].Replace("!important", "").Trim()));

    private static double Number(XElement e, string name) => SvgLength.Parse((string?)e.Attribute(name)) ?? 0;

    /// <summary>A transform list: matrix, translate, scale, rotate, skewX, skewY, applied left to right.</summary>
    internal static Affine Transform(string? text)
    {
        var result = Affine.Identity;
        if (string.IsNullOrWhiteSpace(text)) return result;
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, @"(\w+)\s*\(([^)]*)\)"))
        {
            var n = m.Groups[2].Value.Split([',', ' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)
                .Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0).ToArray();
            double At(int i, double fallback = 0) => i < n.Length ? n[i] : fallback;
            var next = m.Groups[1].Value switch
            {
                "matrix" when n.Length == 6 => new Affine(n[0], n[1], n[2], n[3], n[4], n[5]),
                "translate" => Affine.Translate(At(0), At(1)),
                "scale" => Affine.Scaling(At(0, 1), At(1, At(0, 1))),
                "rotate" => Rotation(At(0), At(1), At(2)),
                "skewX" => new Affine(1, 0, Math.Tan(At(0) * Math.PI / 180), 1, 0, 0),
                "skewY" => new Affine(1, Math.Tan(At(0) * Math.PI / 180), 0, 1, 0, 0),
                _ => Affine.Identity,
            };
            result = result.Then(next);
        }
        return result;
    }

    private static Affine Rotation(double degrees, double cx, double cy)
    {
        var a = degrees * Math.PI / 180;
        var rotate = new Affine(Math.Cos(a), Math.Sin(a), -Math.Sin(a), Math.Cos(a), 0, 0);
        return Affine.Translate(cx, cy).Then(rotate).Then(Affine.Translate(-cx, -cy));
    }
}
