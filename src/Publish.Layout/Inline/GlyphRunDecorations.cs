using Publish.Layout.Paged;

namespace Publish.Layout.Inline;

/// <summary>Underline and strike-through rules and link areas for a run, relative to the line's baseline.</summary>
internal static class GlyphRunDecorations
{
    // Underline just below the baseline, strike through the middle of the lowercase letters,
    // both about as thick as a stem of a regular book face.
    private const double UnderlineOffset = 0.12, StrikeOffset = -0.28, Thickness = 0.055;

    public static void Add(List<PageItem> items, TextRun run, GlyphRun glyphs)
    {
        var x1 = glyphs.X;
        var x2 = glyphs.X + glyphs.Width;
        var size = run.Size;
        if (run.Style.Underline)
            items.Add(new RuleItem(x1, run.Shift + UnderlineOffset * size, x2, run.Shift + UnderlineOffset * size, Thickness * size, run.Style.Color));
        if (run.Style.Strike)
            items.Add(new RuleItem(x1, run.Shift + StrikeOffset * size, x2, run.Shift + StrikeOffset * size, Thickness * size, run.Style.Color));
        if (run.Style.IsLink)
            items.Add(new LinkItem(new Rect(x1, -run.Ascent, x2 - x1, run.Ascent + run.Descent), run.Style.Uri, run.Style.Destination));
    }
}
