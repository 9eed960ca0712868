using Publish.Layout.Paged;

namespace Publish.Pdf.Content;

/// <summary>
/// A shaped run as <c>[(gid gid) adj (gid)] TJ</c>, each glyph id as two raw bytes. A viewer
/// moves its pen by each glyph's /W width; wherever layout placed a glyph elsewhere (kerning, justification) the
/// adjustment is computed against that same pen, rounded as written, so positions never drift.
/// A glyph that shaping moved vertically starts a new text matrix. A run whose glyphs do not
/// spell its text through /ToUnicode is wrapped in a span carrying the text as ActualText.
/// A hyphen the line breaker added is its own span with the ActualText of a soft hyphen
/// (U+00AD), as Typst writes it: copy-paste and search rejoin the word, and a hyphen of the
/// text ("hard-hearted") still reads as a hyphen.
/// </summary>
internal static class GlyphRunContent
{
    /// <summary>Below a hundredth of a thousandth of an em (~0.0001 pt at 12 pt) a shift is float noise, not layout.</summary>
    private const double Negligible = 0.01;

    public static void Write(PageContentBuilder b, GlyphRun run)
    {
        if (run.Glyphs.Length == 0 || run.Size <= 0 || b.Resources.Font(run.Font) is not { } font) return;
        b.BeginText();
        b.Font(font, run.Size);
        b.FillColor(run.Color);
        var o = b.Out;
        var glyphs = run.Glyphs;
        var positions = run.Positions;
        var offsets = run.YOffsets;
        var toUnits = 1000 / run.Size;
        var toPoints = run.Size / 1000;
        var actualText = b.Resources.NeedsActualText(run);
        var softHyphen = run.EndsWithBreakHyphen && glyphs.Length > 1 ? glyphs.Length - 1 : -1;
        if (actualText)
        {
            o.Ascii("/Span <</ActualText <FEFF");
            var text = run.Text.AsSpan();
            if (softHyphen >= 0 && text.EndsWith("-")) text = text[..^1];
            foreach (var c in text) o.Hex4(c);
            if (softHyphen >= 0) o.Hex4(SoftHyphen);
            o.Ascii(">>> BDC\n");
            softHyphen = -1;   // the run's own ActualText already says it
        }

        for (var i = 0; i < glyphs.Length;)
        {
            // One segment: consecutive glyphs on the same vertical offset.
            var dy = Offset(offsets, i);
            var pen = X(positions, i);
            if (i == softHyphen) o.Ascii("/Span <</ActualText <FEFF00AD>>> BDC\n");
            o.Ascii("1 0 0 1 ").Number(run.X + pen).Space().Number(b.Y(run.Baseline + dy)).Ascii(" Tm\n[(");
            for (var start = i; i < glyphs.Length && (i == start || (Offset(offsets, i) == dy && i != softHyphen)); i++)
            {
                var adjust = (pen - X(positions, i)) * toUnits;
                if (Math.Abs(adjust) >= Negligible)
                {
                    adjust = Math.Round(adjust, 3, MidpointRounding.AwayFromZero); // as Number writes it
                    o.Byte((byte)')').Number(adjust).Byte((byte)'(');
                    pen -= adjust * toPoints;
                }
                o.Code2(glyphs[i]);
                pen += font.Width(glyphs[i]) * toPoints;
            }
            o.Ascii(")] TJ\n");
            if (i - 1 == softHyphen) o.Ascii("EMC\n");
        }
        if (actualText) o.Ascii("EMC\n");
    }

    private const char SoftHyphen = '\u00AD';

    private static double X(float[] positions, int i) => i < positions.Length ? positions[i] : 0;
    private static double Offset(float[]? offsets, int i) => offsets is not null && i < offsets.Length ? offsets[i] : 0;
}
