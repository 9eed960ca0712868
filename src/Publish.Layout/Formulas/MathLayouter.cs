using Publish.Layout.Fonts;
using Publish.Mathematics;

namespace Publish.Layout.Formulas;

/// <summary>
/// Typesets a <see cref="MathNode"/> tree into a <see cref="MathBox"/>, after the TeXbook's
/// appendix G in simplified form: rows spaced by atom class, scripts at 70% (then 50%) size
/// raised and lowered, fractions stacked on the math axis, radicals, grown delimiters and
/// accents. Display style sets fractions full size and large operators bigger with limits
/// above and below.
/// </summary>
internal sealed class MathLayouter
{
    private static readonly double[] s_levelScale = [1, 0.7, 0.5];
    private static readonly HashSet<string> s_limitFunctions = ["lim", "liminf", "limsup", "max", "min", "sup", "inf", "det", "gcd", "Pr"];

    private readonly MathFonts _fonts;
    private readonly double _baseSize;

    /// <summary>A layouter at <paramref name="size"/> points in the first installed of <paramref name="families"/> (the theme's <c>fonts: math:</c>; null for DejaVu Serif).</summary>
    public MathLayouter(FontCatalog catalog, double size, IReadOnlyList<string>? families = null)
    {
        _fonts = new MathFonts(catalog, families);
        _baseSize = size;
    }

    /// <summary>Lays out <paramref name="tree"/> in display style (its own line) or text style (in a line of text).</summary>
    public MathBox Layout(MathNode tree, bool display) => Node(tree, new Style(0, display, MathVariant.Auto)).Box;

    private readonly record struct Style(int Level, bool Display, MathVariant Variant)
    {
        public Style Smaller => this with { Level = Math.Min(2, Level + 1), Display = false };
        public bool Script => Level > 0;
    }

    private double Size(Style s) => _baseSize * s_levelScale[s.Level];

    /// <summary>Default rule thickness (fraction bars, radical overlines): TeX's 0.4pt at 10pt.</summary>
    private double Thickness(Style s) => Math.Max(0.4, 0.045 * Size(s));

    private (MathBox Box, AtomClass Class) Node(MathNode node, Style s) => node switch
    {
        MathRow r => (Row(r.Children, s), AtomClass.Ord),
        MathIdentifier i => (Glyphs(i.Text, s, letter: IsItalicByDefault(i.Text)), AtomClass.Ord),
        MathNumber n => (Glyphs(n.Text, s, letter: false), AtomClass.Ord),
        MathOperator o => Operator(o, s),
        MathFunction f => (Glyphs(f.Name, s with { Variant = MathVariant.Normal }, letter: false), AtomClass.Op),
        MathText t => (_fonts.Set(t.Text, _fonts.Roman, Size(s)), AtomClass.Ord),
        MathSpace sp => (new MathBox(sp.Em * Size(s), 0, 0, []), AtomClass.Ord),
        MathStyled st => (Node(st.Body, s with { Variant = st.Variant }).Box, AtomClass.Ord),
        MathScripts sc => Scripts(sc, s),
        MathFraction f => (Fraction(f, s), AtomClass.Inner),
        MathRoot r => (Root(r, s), AtomClass.Ord),
        MathFenced f => (Fenced(f, s), AtomClass.Inner),
        MathAccent a => (Accent(a, s), AtomClass.Ord),
        MathOverline o => (Overline(o, s), AtomClass.Ord),
        _ => (MathBox.Empty, AtomClass.Ord),
    };

    // TeX sets single Latin letters and lowercase Greek in italic; capitals of Greek, digits and symbols stay upright.
    private static bool IsItalicByDefault(string text) =>
        text.Length == 1 && (char.IsAsciiLetter(text[0]) || text[0] is >= 'α' and <= 'ω' or 'ϵ' or 'ϑ' or 'ϕ' or 'ϱ' or 'ϖ');

    private MathBox Glyphs(string text, Style s, bool letter) => _fonts.Styled(text, s.Variant, letter, Size(s));

    private MathBox Row(IReadOnlyList<MathNode> children, Style s)
    {
        var boxes = children.Select(c => Node(c, s)).ToArray();
        var classes = boxes.Select(b => b.Class).ToArray();
        MathSpacing.DemoteBinaries(classes);
        var builder = new BoxBuilder();
        var x = 0.0;
        for (var i = 0; i < boxes.Length; i++)
        {
            if (i > 0) x += MathSpacing.Between(classes[i - 1], classes[i], s.Script) * Size(s);
            builder.Add(boxes[i].Box, x, 0);
            x += boxes[i].Box.Width;
        }
        return builder.Build(Math.Max(0, x));
    }

    private (MathBox, AtomClass) Operator(MathOperator o, Style s)
    {
        var cls = MathSpacing.Of(o.Kind);
        if (o.Kind != OperatorKind.Large) return (Glyphs(o.Text, s with { Variant = MathVariant.Normal }, false), cls);
        // Large operators: bigger in display style, and centred on the axis like TeX's \mathop.
        var size = Size(s) * (s.Display ? 1.6 : 1.15);
        var glyph = _fonts.Set(o.Text, _fonts.Roman, size);
        var shift = (glyph.Ascent - glyph.Descent) / 2 - _fonts.Axis * Size(s);
        var builder = new BoxBuilder();
        builder.Add(glyph, 0, shift);
        return (builder.Build(glyph.Width), cls);
    }

    private (MathBox, AtomClass) Scripts(MathScripts sc, Style s)
    {
        var (nucleus, cls) = Node(sc.Base, s);
        var small = s.Smaller;
        var sub = sc.Sub is null ? null : Node(sc.Sub, small).Box;
        var sup = sc.Sup is null ? null : Node(sc.Sup, small).Box;
        var size = Size(s);
        var limits = s.Display && (sc.Base is MathOperator { Kind: OperatorKind.Large } op && op.Text is not ("∫" or "∬" or "∮")
            || sc.Base is MathFunction f && s_limitFunctions.Contains(f.Name));
        return (limits ? Limits(nucleus, sub, sup, size) : Attached(nucleus, sub, sup, size, s), cls);
    }

    private MathBox Attached(MathBox nucleus, MathBox? sub, MathBox? sup, double size, Style s)
    {
        double up = 0, down = 0;
        if (sup is not null) up = Math.Max(Math.Max(s.Display ? 0.41 * size : 0.36 * size, nucleus.Ascent - 0.25 * size), sup.Descent + 0.12 * size);
        if (sub is not null) down = Math.Max(Math.Max(0.15 * size, nucleus.Descent + 0.05 * size), sub.Ascent - 0.4 * size);
        if (sub is not null && sup is not null)
        {
            // Keep four rule thicknesses between the superscript's bottom and the subscript's top.
            var gap = (up - sup.Descent) - (sub.Ascent - down);
            var min = 4 * Thickness(s);
            if (gap < min) down += min - gap;
        }
        var builder = new BoxBuilder();
        builder.Add(nucleus, 0, 0);
        var x = nucleus.Width;
        var scriptSpace = 0.05 * size;
        if (sup is not null) builder.Add(sup, x, -up);
        if (sub is not null) builder.Add(sub, x, down);
        return builder.Build(x + Math.Max(sup?.Width ?? 0, sub?.Width ?? 0) + scriptSpace);
    }

    private static MathBox Limits(MathBox nucleus, MathBox? sub, MathBox? sup, double size)
    {
        var width = Math.Max(nucleus.Width, Math.Max(sub?.Width ?? 0, sup?.Width ?? 0));
        var gap = 0.15 * size;
        var builder = new BoxBuilder();
        builder.Add(nucleus, (width - nucleus.Width) / 2, 0);
        if (sup is not null) builder.Add(sup, (width - sup.Width) / 2, -(nucleus.Ascent + gap + sup.Descent));
        if (sub is not null) builder.Add(sub, (width - sub.Width) / 2, nucleus.Descent + gap + sub.Ascent);
        return builder.Build(width);
    }

    private MathBox Fraction(MathFraction f, Style s)
    {
        var display = f.Display ?? s.Display;
        // \dfrac and display fractions set their parts in text size; inline ones a step smaller.
        var parts = display ? s with { Display = false } : s.Smaller;
        var num = Node(f.Numerator, parts).Box;
        var den = Node(f.Denominator, parts).Box;
        var size = Size(s);
        var t = Thickness(s);
        var axis = _fonts.Axis * size;
        var gap = display ? 3 * t : t;
        var up = Math.Max(display ? 0.68 * size : 0.39 * size, axis + t / 2 + gap + num.Descent);
        var down = Math.Max(display ? 0.69 * size : 0.35 * size, -axis + t / 2 + gap + den.Ascent);
        var margin = 0.12 * size;
        var inner = Math.Max(num.Width, den.Width);
        var builder = new BoxBuilder();
        builder.Add(num, margin + (inner - num.Width) / 2, -up);
        builder.Rule(margin, margin + inner, -axis, t);
        builder.Add(den, margin + (inner - den.Width) / 2, down);
        return builder.Build(inner + 2 * margin);
    }

    private MathBox Fenced(MathFenced f, Style s)
    {
        var body = Node(f.Body, s).Box;
        var size = Size(s);
        var axis = _fonts.Axis * size;
        // Cover the body symmetrically about the axis, as TeX's \left and \right do.
        var half = Math.Max(body.Ascent - axis, body.Descent + axis);
        var open = Delimiter(f.Open, 2 * half, size, axis);
        var close = Delimiter(f.Close, 2 * half, size, axis);
        var builder = new BoxBuilder();
        builder.Add(open, 0, 0);
        builder.Add(body, open.Width, 0);
        builder.Add(close, open.Width + body.Width, 0);
        return builder.Build(open.Width + body.Width + close.Width);
    }

    /// <summary>A delimiter glyph scaled so its ink covers <paramref name="height"/>, centred on the axis.</summary>
    internal MathBox Delimiter(string text, double height, double size, double axis)
    {
        if (text.Length == 0) return new MathBox(0.12 * size, 0, 0, []);
        var glyph = _fonts.Set(text, _fonts.Roman, size);
        var scaled = glyph.Height >= height * 0.95 || glyph.Height <= 0 ? glyph : _fonts.Set(text, _fonts.Roman, size * height * 1.05 / glyph.Height);
        var builder = new BoxBuilder();
        builder.Add(scaled, 0, (scaled.Ascent - scaled.Descent) / 2 - axis);
        return builder.Build(scaled.Width);
    }

    private MathBox Accent(MathAccent a, Style s)
    {
        var body = Node(a.Body, s).Box;
        var size = Size(s);
        var markSize = a.Accent == "→" ? size * 0.7 : size;
        var mark = _fonts.Set(a.Accent, _fonts.Roman, markSize);
        var builder = new BoxBuilder();
        builder.Add(body, 0, 0);
        // Rest the accent's ink a little above the body's top, centred (leaning right over an italic letter).
        var lean = s.Variant == MathVariant.Auto && a.Body is MathIdentifier ? 0.08 * size : 0;
        builder.Add(mark, (body.Width - mark.Width) / 2 + lean, -(body.Ascent + 0.08 * size) + _fonts.InkBottom(a.Accent, _fonts.Roman, markSize));
        return builder.Build(Math.Max(body.Width, mark.Width));
    }

    private MathBox Overline(MathOverline o, Style s)
    {
        var body = Node(o.Body, s).Box;
        var t = Thickness(s);
        var builder = new BoxBuilder();
        builder.Add(body, 0, 0);
        builder.Rule(0, body.Width, -(body.Ascent + 3 * t + t / 2), t);
        builder.Cover(body.Ascent + 5 * t, 0, body.Width);
        return builder.Build(body.Width);
    }

    private MathBox Root(MathRoot r, Style s)
    {
        var body = Node(r.Body, s).Box;
        var index = r.Index is null ? null : Node(r.Index, s with { Level = 2, Display = false }).Box;
        return Radicals.Build(_fonts, body, index, Size(s), Thickness(s), s.Display);
    }

    private static class Radicals
    {
        /// <summary>A √ glyph grown to the body's height, an overline from its top over the body, the index tucked into its crook.</summary>
        public static MathBox Build(MathFonts fonts, MathBox body, MathBox? index, double size, double t, bool display)
        {
            var clearance = t + (display ? 0.12 : 0.06) * size;
            var top = body.Ascent + clearance + t;          // the overline's top, above the baseline
            var needed = top + body.Descent + 0.05 * size;  // the sign reaches a little below the body
            var sign = fonts.Set("\u221A", fonts.Roman, size);
            if (sign.Height > 0 && sign.Height < needed) sign = fonts.Set("\u221A", fonts.Roman, size * needed / sign.Height);
            var indent = index is null ? 0 : Math.Max(0, index.Width - 0.5 * sign.Width);
            var builder = new BoxBuilder();
            if (index is not null) builder.Add(index, indent + 0.5 * sign.Width - index.Width, -(top - sign.Height * 0.4) - index.Descent);
            // Align the sign's ink top with the overline's top.
            builder.Add(sign, indent, -top + sign.Ascent);
            var x = indent + sign.Width;
            builder.Add(body, x, 0);
            builder.Rule(x - 0.3 * t, x + body.Width + 0.05 * size, -top + t / 2, t);
            return builder.Build(x + body.Width + 0.1 * size);
        }
    }
}
