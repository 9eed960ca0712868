using Publish.Layout.Paged;
using Publish.Pdf.Syntax;

namespace Publish.Pdf.Content;

/// <summary>
/// A shaped run as <c>[(gid gid) adj (gid)] TJ</c>, each glyph id as two raw bytes. A viewer
/// moves its pen by each glyph's /W width; wherever layout placed a glyph elsewhere (kerning, justification) the
/// adjustment is computed against that same pen, rounded as written, so positions never drift.
/// A glyph that shaping moved vertically starts a new text matrix. A run whose glyphs do not
/// spell its text through /ToUnicode, or that ends in a hyphen the line breaker added, carries
/// its text as ActualText (<see cref="TextOf"/>): on a span of its own, or on the marked-content
/// sequence of its structure element when the page is tagged (poppler stops reading an MCID's
/// text at the end of a nested span).
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
        var actualText = b.Resources.NeedsActualText(run) && !b.ActualTextInSequence;
        if (actualText)
        {
            o.Ascii("/Span <</ActualText ");
            ActualText(o, TextOf(run));
            o.Ascii(">> BDC\n");
        }
        // The space a line was broken at is drawn past the line's end only so that extracted text
        // keeps the words apart. Where ActualText (the run's own or its sequence's) carries the
        // text, poppler gives the whole string the box of the drawn glyphs, so that invisible space
        // would make the line end a space's width past the margin: it is drawn back over the last
        // letters instead (it has no ink; only its place in the text counts).
        var pulledBack = run.EndsWithBreakSpace && (actualText || b.ActualTextInSequence) ? glyphs.Length - 1 : -1;
        double At(int i) => i == pulledBack ? X(positions, i) - font.Width(glyphs[i]) * toPoints : X(positions, i);

        for (var i = 0; i < glyphs.Length;)
        {
            // One segment: consecutive glyphs on the same vertical offset.
            var dy = Offset(offsets, i);
            var pen = At(i);
            o.Ascii("1 0 0 1 ").Number(run.X + pen).Space().Number(b.Y(run.Baseline + dy)).Ascii(" Tm\n[(");
            for (var start = i; i < glyphs.Length && (i == start || Offset(offsets, i) == dy); i++)
            {
                var adjust = (pen - At(i)) * toUnits;
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
        }
        if (actualText) o.Ascii("EMC\n");
    }

    private const char SoftHyphen = '\u00AD';

    /// <summary>
    /// The text a run's ActualText carries: its own, except that a hyphen the line breaker added
    /// is a soft hyphen (U+00AD), as Typst writes it, so copy-paste and search rejoin the word
    /// while a hyphen of the text ("hard-hearted") still reads as a hyphen.
    /// </summary>
    public static string TextOf(GlyphRun run) =>
        run.EndsWithBreakHyphen && run.Text.EndsWith('-') ? string.Concat(run.Text.AsSpan(0, run.Text.Length - 1), SoftHyphen.ToString()) : run.Text;

    /// <summary>The text as a UTF-16 hex string.</summary>
    public static void ActualText(PdfBuffer o, string text)
    {
        o.Ascii("<FEFF");
        foreach (var c in text) o.Hex4(c);
        o.Byte((byte)'>');
    }

    private static double X(float[] positions, int i) => i < positions.Length ? positions[i] : 0;
    private static double Offset(float[]? offsets, int i) => offsets is not null && i < offsets.Length ? offsets[i] : 0;
}
