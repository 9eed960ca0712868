using Publish.Layout.Paged;

namespace Publish.Layout.Formulas;

/// <summary>
/// A typeset formula or part of one: items positioned relative to its left edge (x) and its
/// baseline (y, down positive), with the height above and depth below the baseline in points.
/// </summary>
internal sealed record MathBox(double Width, double Ascent, double Descent, IReadOnlyList<PageItem> Items)
{
    public static readonly MathBox Empty = new(0, 0, 0, []);

    public double Height => Ascent + Descent;

    /// <summary>An inline image set as a box (it opens the line only when it is taller than the type).</summary>
    public bool Picture { get; init; }

    /// <summary>The characters the formula draws, in drawing order (what a reader extracting text gets).</summary>
    public string Text => string.Concat(Items.OfType<GlyphRun>().Select(g => g.Text));
}

/// <summary>Collects boxes placed at offsets into one box; the extent grows to cover each.</summary>
internal sealed class BoxBuilder
{
    private readonly List<PageItem> _items = [];
    private double _ascent, _descent, _width;

    /// <summary>Places <paramref name="box"/> with its left edge at <paramref name="x"/> and its baseline at <paramref name="y"/> (down positive).</summary>
    public void Add(MathBox box, double x, double y)
    {
        foreach (var item in box.Items) _items.Add(item.Translate(x, y));
        Cover(box.Ascent - y, box.Descent + y, x + box.Width);
    }

    public void Rule(double x1, double x2, double y, double thickness)
    {
        _items.Add(new RuleItem(x1, y, x2, y, thickness, Rgba.Black));
        Cover(-y + thickness / 2, y + thickness / 2, x2);
    }

    public void Cover(double ascent, double descent, double right)
    {
        _ascent = Math.Max(_ascent, ascent);
        _descent = Math.Max(_descent, descent);
        _width = Math.Max(_width, right);
    }

    public MathBox Build(double? width = null) => new(width ?? _width, _ascent, _descent, _items.ToArray());
}
