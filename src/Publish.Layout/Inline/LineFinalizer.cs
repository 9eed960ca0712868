using Publish.Layout.Paged;
using Publish.Layout.Tagging;
using Publish.Layout.Shaping;
using Publish.Styling;

namespace Publish.Layout.Inline;

/// <summary>
/// Finalize phase: turns each chosen line into positioned glyph runs. Word pieces are shaped
/// from the cache (a hyphenated piece with its hyphen), the line's real natural width is
/// measured from those shapes, and the spaces take up exactly the difference to the measure,
/// so a justified line is flush to within rounding whatever the estimates were.
/// </summary>
internal sealed class LineFinalizer
{
    /// <summary>Marks a preformatted line that continues the one above (a wrapped code line).</summary>
    public const string ContinuationMark = "\u21AA ";

    private readonly RunSet _set;
    private readonly IReadOnlyList<Item> _items;
    private readonly ParagraphSettings _settings;
    private readonly BidiParagraph? _bidi;
    private readonly List<Element> _elements;
    // Each paragraph's finalizer grows a list of a line's pieces (several MB over the novel); each
    // thread keeps one, taken by a finalizer until <see cref="Release"/> gives it back.
    [ThreadStatic] private static List<Element>? t_elements;
    private readonly Dictionary<CitationMark, StructNode> _references = [];

    private enum ElementKind { Word, Space }

    private struct Element
    {
        public ElementKind Kind;
        public int Run, Start, End;
        public bool Hyphen;
        public ShapedText Shaped;
        public double Width, Stretch, Shrink;
    }

    public LineFinalizer(RunSet set, IReadOnlyList<Item> items, ParagraphSettings settings, BidiParagraph? bidi = null)
    {
        _set = set; _items = items; _settings = settings; _bidi = bidi;
        _elements = t_elements ?? [];
        t_elements = null;
    }

    /// <summary>Gives the finalizer's working list back to its thread for the next paragraph; the finalizer is not used after.</summary>
    public void Release()
    {
        _elements.Clear();
        t_elements = _elements;
    }

    /// <summary>The line from item <paramref name="from"/> up to the break; <paramref name="continued"/> for a wrapped code line.</summary>
    public SetLine Finalize(int from, Breakpoint br, bool continued)
    {
        var breakItem = _items[br.Item];
        var hyphen = breakItem is { Kind: ItemKind.Penalty, Flagged: true, Width: > 0 };
        var endsParagraphOrForced = breakItem.IsForcedBreak;
        Collect(from, br.Item, hyphen, out var indent);

        var natural = indent;
        double stretch = 0, shrink = 0;
        foreach (var e in _elements) { natural += e.Width; stretch += e.Stretch; shrink += e.Shrink; }
        var x0 = 0.0;
        if (continued)
        {
            var mark = Shaper.Shape(_set.Primary, ContinuationMark);
            x0 = mark.Width * _set.Primary.Scale(_set.Size);
        }
        // Hanging punctuation: justified text lets light marks at either edge hang into the margin
        // (left-to-right lines only: a bidi line orders its pieces itself).
        var (hangLeft, hangRight) = _settings.Align == TextAlign.Justify && !_settings.Preformatted && !continued && _bidi is null
            ? (indent == 0 ? Hang(first: true) : 0, endsParagraphOrForced ? 0 : Hang(first: false))
            : (0, 0);
        var measure = _settings.Width - x0 + hangLeft + hangRight;
        x0 -= hangLeft;
        double ratio = 0;
        if (!_settings.Preformatted)
        {
            ratio = Math.Max(-1, LineBreaker.Ratio(measure - natural, stretch, shrink));
            if (double.IsInfinity(ratio)) ratio = 0;
            // Only justified lines stretch; any line may shrink to fit, as the breaker assumed
            // (a last line's fill glue stretches but never shrinks).
            if (_settings.Align != TextAlign.Justify || endsParagraphOrForced) ratio = Math.Min(0, ratio);
        }

        var width = natural + (ratio > 0 ? ratio * stretch : ratio * shrink);
        if (_bidi is not null) return FinalizeBidi(breakItem, br, indent, natural, shrink, measure, ratio, width);
        var offset = _settings.Align switch
        {
            TextAlign.Right when width < measure => measure - width,
            TextAlign.Center when width < measure => (measure - width) / 2,
            _ => 0,
        };
        var items = new List<PageItem>();
        double ascent = _set.Primary.Ascender * _set.Primary.Scale(_set.Size), descent = _set.Primary.Descender * _set.Primary.Scale(_set.Size);
        if (continued) items.Add(ContinuationRun());
        var hasFormula = false;
        // A line that ends where the breaker dropped a space (or at a forced break) keeps that
        // space, invisible past the line's end, so extracted and tagged text keeps its words apart.
        var spaceAtEnd = !_settings.Preformatted && (breakItem.Kind == ItemKind.Glue || (breakItem.IsForcedBreak && br.Item < _items.Count - 1));
        var x = x0 + offset + indent;
        for (var i = 0; i < _elements.Count;)
        {
            var j = i;
            while (j < _elements.Count && _elements[j].Run == _elements[i].Run) j++;
            var run = _set.Runs[_elements[i].Run];
            if (run.Style.Formula is { } formula)
            {
                // Each object character is one copy of the formula, its items already positioned.
                for (var k = i; k < j; k++)
                    for (var n = _elements[k].Start; n < _elements[k].End; n++)
                    {
                        var tag = new StructNode(StructRole.Formula) { Alt = run.Style.FormulaAlt };
                        foreach (var item in formula.Items) items.Add(item.Translate(x, 0).TaggedAs(tag));
                        x += formula.Width;
                    }
                // A picture within the type's extent leaves the line as it is; a formula always keeps its gap.
                hasFormula |= !formula.Picture || formula.Ascent > ascent || formula.Descent > descent;
                ascent = Math.Max(ascent, formula.Ascent);
                descent = Math.Max(descent, formula.Descent);
                i = j;
                continue;
            }
            var glyphRun = BuildRun(run, i, j, x, ratio, spaceAtEnd && j == _elements.Count);
            var first = items.Count;
            items.Add(glyphRun);
            GlyphRunDecorations.Add(items, run, glyphRun);
            InlineTags.Tag(run.Style, items, first, _settings.Preformatted, _references);
            ascent = Math.Max(ascent, run.Ascent);
            descent = Math.Max(descent, run.Descent);
            x += glyphRun.Width;
            i = j;
        }
        var textStart = _elements.Count > 0 ? _elements[0].Start : breakItem.Start;
        var overfull = br.Overfull || x - hangRight - 0.01 > _settings.Width;
        // The line's width is what the eye measures: hanging marks stand outside it.
        return new SetLine(new LaidLine(x - offset - hangRight, ascent, descent, _settings.Leading, items)
        {
            HasFormula = hasFormula,
            EndsWithHyphen = breakItem is { Kind: ItemKind.Penalty, Flagged: true },
            Overfull = overfull,
        }, textStart, natural - shrink - measure);
    }

    /// <summary>How far the first or last glyph of the line hangs into the margin, in points.</summary>
    private double Hang(bool first)
    {
        var k = first ? 0 : _elements.Count - 1;
        if (k < 0 || _elements[k] is not { Kind: ElementKind.Word } e || e.Shaped.Count == 0) return 0;
        var run = _set.Runs[e.Run];
        if (run.Style.Formula is not null || run.Style.Mono) return 0;
        var s = e.Shaped;
        // The edge glyph must stand for the edge character alone (not part of a ligature).
        var chars = e.End - e.Start + (e.Hyphen ? 1 : 0);
        var glyph = first ? 0 : s.Count - 1;
        if (first ? (s.Count > 1 && s.Clusters[1] == s.Clusters[0]) : s.Clusters[glyph] != chars - 1) return 0;
        var c = e.Hyphen && !first ? '-' : _set.Display[first ? e.Start : e.End - 1];
        var share = first ? Protrusion.Left(c) : Protrusion.Right(c);
        return share * s.Advances[glyph] * run.Scale;
    }

    /// <summary>
    /// A line of a paragraph with right-to-left text: its pieces in visual order (UAX #9, L1–L2),
    /// one glyph run per word so that each keeps its text in logical order for extraction; in a
    /// right-to-left paragraph the start of a line, its indent and a short last line sit at the right.
    /// </summary>
    private SetLine FinalizeBidi(Item breakItem, Breakpoint br, double indent, double natural, double shrink, double measure, double ratio, double width)
    {
        var bidi = _bidi!;
        var rtl = bidi.BaseLevel % 2 == 1;
        var levels = new int[_elements.Count];
        for (var k = 0; k < _elements.Count; k++) levels[k] = bidi.LevelOf(_elements[k].Start, _elements[k].End);
        // L1: spaces at the end of a line go back to the paragraph level.
        for (var k = _elements.Count - 1; k >= 0 && _elements[k].Kind == ElementKind.Space; k--) levels[k] = bidi.BaseLevel;
        var order = Unicode.BidiLevels.VisualOrder(levels);

        var align = _settings.Align;
        if (rtl) align = align switch { TextAlign.Left => TextAlign.Right, TextAlign.Right => TextAlign.Left, _ => align };
        var offset = align switch
        {
            TextAlign.Right when width < measure => measure - width,
            TextAlign.Center when width < measure => (measure - width) / 2,
            TextAlign.Justify when rtl && width < measure => measure - width,
            _ => 0,
        };
        var items = new List<PageItem>();
        double ascent = _set.Primary.Ascender * _set.Primary.Scale(_set.Size), descent = _set.Primary.Descender * _set.Primary.Scale(_set.Size);
        var x = offset + (rtl ? 0 : indent);
        var hasFormula = false;
        foreach (var k in order)
        {
            var e = _elements[k];
            if (e.Kind == ElementKind.Space) { x += e.Width + (ratio > 0 ? ratio * e.Stretch : ratio * e.Shrink); continue; }
            var run = _set.Runs[e.Run];
            if (run.Style.Formula is { } formula)
            {
                for (var n = e.Start; n < e.End; n++)
                {
                    foreach (var item in formula.Items) items.Add(item.Translate(x, 0));
                    x += formula.Width;
                }
                ascent = Math.Max(ascent, formula.Ascent);
                descent = Math.Max(descent, formula.Descent);
                hasFormula = true;
                continue;
            }
            var glyphRun = BuildRun(run, k, k + 1, x, ratio, trailingSpace: false);
            items.Add(glyphRun);
            GlyphRunDecorations.Add(items, run, glyphRun);
            ascent = Math.Max(ascent, run.Ascent);
            descent = Math.Max(descent, run.Descent);
            x += glyphRun.Width;
        }
        if (rtl) x += indent;
        var textStart = _elements.Count > 0 ? _elements.Min(e => e.Start) : breakItem.Start;
        var overfull = br.Overfull || x - 0.01 > _settings.Width;
        return new SetLine(new LaidLine(x - offset, ascent, descent, _settings.Leading, items)
        {
            HasFormula = hasFormula,
            EndsWithHyphen = breakItem is { Kind: ItemKind.Penalty, Flagged: true },
            Overfull = overfull,
        }, textStart, natural - shrink - measure);
    }

    private void Collect(int from, int to, bool hyphen, out double indent)
    {
        _elements.Clear();
        indent = 0;
        var i = from;
        // Glue and penalties at a line's start vanish (TeX discards them after a break).
        while (i < to && _items[i].Kind != ItemKind.Box) i++;
        for (; i < to; i++)
        {
            var it = _items[i];
            if (it.Kind == ItemKind.Penalty || it.Run < 0)
            {
                if (it.Kind == ItemKind.Box) indent += it.Width;
                continue;
            }
            if (it.Kind == ItemKind.Glue)
            {
                _elements.Add(new Element { Kind = ElementKind.Space, Run = it.Run, Start = it.Start, End = it.End, Width = it.Width, Stretch = it.Stretch, Shrink = it.Shrink });
                continue;
            }
            if (_elements.Count > 0 && _elements[^1] is { Kind: ElementKind.Word } prev && prev.Run == it.Run && prev.End == it.Start)
                _elements[^1] = prev with { End = it.End };
            else
                _elements.Add(new Element { Kind = ElementKind.Word, Run = it.Run, Start = it.Start, End = it.End });
        }
        while (_elements.Count > 0 && _elements[^1].Kind == ElementKind.Space) _elements.RemoveAt(_elements.Count - 1);
        for (var k = 0; k < _elements.Count; k++)
        {
            var e = _elements[k];
            if (e.Kind != ElementKind.Word) continue;
            var run = _set.Runs[e.Run];
            if (run.Style.Formula is { } formula)
            {
                e.Shaped = ShapedText.Empty;
                e.Width = formula.Width * (e.End - e.Start);
                _elements[k] = e;
                continue;
            }
            e.Hyphen = hyphen && k == _elements.Count - 1;
            var text = _set.Display.AsSpan(e.Start, e.End - e.Start);
            e.Shaped = e.Hyphen ? Shaper.Shape(run.Font, string.Concat(text, "-"), run.Features) : Shaper.Shape(run.Font, text, run.Features);
            e.Width = e.Shaped.Width * run.Scale;
            _elements[k] = e;
        }
    }

    private GlyphRun BuildRun(TextRun run, int from, int to, double x, double ratio, bool trailingSpace)
    {
        var count = trailingSpace ? 1 : 0;
        var anyY = false;
        for (var k = from; k < to; k++)
        {
            count += _elements[k].Kind == ElementKind.Word ? _elements[k].Shaped.Count : _elements[k].End > _elements[k].Start ? 1 : 0;
            anyY |= _elements[k].Kind == ElementKind.Word && _elements[k].Shaped.YOffsets is not null;
        }
        var glyphs = new ushort[count];
        var positions = new float[count];
        var clusters = new int[count];
        var yOffsets = anyY ? new float[count] : null;
        var textStart = _elements[from].Start;
        var scale = run.Scale;
        var space = Shaper.Shape(run.Font, " ");
        var cursor = 0.0;
        var g = 0;
        for (var k = from; k < to; k++)
        {
            var e = _elements[k];
            if (e.Kind == ElementKind.Space)
            {
                // Glue between CJK characters has no character of its own: it only opens the line up.
                if (e.End > e.Start)
                {
                    glyphs[g] = space.Count > 0 ? space.Glyphs[0] : (ushort)0;
                    positions[g] = (float)cursor;
                    clusters[g++] = e.Start - textStart;
                }
                cursor += e.Width + (ratio > 0 ? ratio * e.Stretch : ratio * e.Shrink);
                continue;
            }
            var s = e.Shaped;
            for (var n = 0; n < s.Count; n++, g++)
            {
                glyphs[g] = s.Glyphs[n];
                positions[g] = (float)(cursor + s.XOffsets[n] * scale);
                clusters[g] = e.Start - textStart + s.Clusters[n];
                if (yOffsets is not null && s.YOffsets is not null) yOffsets[g] = (float)(-s.YOffsets[n] * scale);
                cursor += s.Advances[n] * scale;
            }
        }
        var last = _elements[to - 1];
        var text = _set.Source.Substring(textStart, last.End - textStart) + (last.Hyphen ? "-" : "");
        if (trailingSpace)
        {
            // Not counted in the run's width: underlines and link areas end with the text.
            glyphs[g] = space.Count > 0 ? space.Glyphs[0] : (ushort)0;
            positions[g] = (float)cursor;
            clusters[g] = text.Length;
            text += " ";
        }
        return new GlyphRun(run.Font.Face, run.Size, run.Style.Color, x, run.Shift, glyphs, positions, text, clusters)
        {
            YOffsets = yOffsets,
            Width = cursor,
            EndsWithBreakHyphen = last.Hyphen,
            EndsWithBreakSpace = trailingSpace,
        };
    }

    private GlyphRun ContinuationRun()
    {
        var font = _set.Primary;
        var shaped = Shaper.Shape(font, ContinuationMark);
        var positions = new float[shaped.Count];
        var x = 0.0;
        for (var i = 0; i < shaped.Count; i++) { positions[i] = (float)x; x += shaped.Advances[i] * font.Scale(_set.Size); }
        return new GlyphRun(font.Face, _set.Size, _settings.Color, 0, 0, shaped.Glyphs, positions, ContinuationMark, shaped.Clusters) { Width = x };
    }
}

/// <summary>A paragraph's base level and the resolved embedding level of each character (UAX #9).</summary>
internal sealed record BidiParagraph(int BaseLevel, byte[] Levels)
{
    /// <summary>The level of a piece of text: that of its first character that is not at the base level, else the base level.</summary>
    public int LevelOf(int start, int end)
    {
        for (var i = start; i < end && i < Levels.Length; i++)
            if (Levels[i] != BaseLevel) return Levels[i];
        return BaseLevel;
    }
}

/// <summary>A finished line with where its text starts (to place markers) and how far it overflows (positive: overfull).</summary>
internal sealed record SetLine(LaidLine Line, int TextStart, double Overflow);
