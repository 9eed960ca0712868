using Publish.Layout.Book;
using Publish.Layout.Inline;
using Publish.Layout.Paged;
using Publish.Layout.Pages;

namespace Publish.Layout.Blocks;

/// <summary>Turns set lines into flow boxes: one box per line, with widow and orphan control as keep-with-next.</summary>
internal static class LineBoxes
{
    /// <summary>Room kept between a formula's extent and the neighbouring lines, as a share of the leading.</summary>
    public const double FormulaLineGap = 0.2;

    public static IReadOnlyList<FlowBox> From(IReadOnlyList<LaidLine> lines, BlockContext ctx, int orphans, int widows)
    {
        var boxes = new FlowBox[lines.Count];
        var n = lines.Count;
        for (var i = 0; i < n; i++)
        {
            var line = lines[i];
            var height = line.Leading > 0 ? line.Leading : line.Ascent + line.Descent;
            // A tall formula opens the line up, keeping a little gap to the lines around (TeX's \lineskip).
            if (line.HasFormula) height = Math.Max(height, line.Ascent + line.Descent + FormulaLineGap * line.Leading);
            // Half-leading model: the glyph extent is centred in the line box.
            var baseline = (height + line.Ascent - line.Descent) / 2;
            var items = new List<PageItem>(line.Items.Count + line.Anchors.Count);
            foreach (var anchor in line.Anchors) items.Add(new DestinationItem(anchor, ctx.Left, 0));
            foreach (var item in line.Items) items.Add(item.Translate(ctx.Left, baseline));
            if (ctx.Notes is not null)
                foreach (var note in line.Notes) items.AddRange(NoteLinks.Reference(note, items, ctx.Plan));
            // No break after line i when it would leave fewer than `orphans` lines before it
            // or fewer than `widows` after it.
            var keep = i < n - 1 && (i + 1 < orphans || n - i - 1 < widows);
            boxes[i] = new FlowBox(height, items)
            {
                Baseline = baseline,
                KeepWithNext = keep,
                Notes = ctx.Notes is null || line.Notes.Count == 0 ? [] : line.Notes.Select(ctx.Notes).ToList(),
                Text = TextOf(line.Items),
                Hyphenated = line.EndsWithHyphen && i < n - 1,
            };
        }
        return boxes;
    }

    public static string TextOf(IEnumerable<PageItem> items) =>
        string.Join(" ", items.OfType<GlyphRun>().Select(g => g.Text.Trim()).Where(t => t.Length > 0));

    /// <summary>Several boxes stacked into one, moved by (dx, dy) (a table cell, a figure with its caption).</summary>
    public static FlowBox Stack(IEnumerable<FlowElement> flow, double dx = 0, double dy = 0)
    {
        var items = new List<PageItem>();
        var notes = new List<NoteFlow>();
        var text = new List<string>();
        double y = 0, pending = 0, baseline = -1;
        foreach (var e in flow)
        {
            if (e is FlowSpace s) { if (y > 0) pending += s.Height; continue; }
            if (e is not FlowBox b) continue;
            y += pending; pending = 0;
            if (baseline < 0) baseline = y + b.Baseline;
            foreach (var item in b.Items) items.Add(item.Translate(dx, dy + y));
            notes.AddRange(b.Notes);
            text.Add(b.Text);
            y += b.Height;
        }
        return new FlowBox(y, items) { Notes = notes, Text = string.Join(" ", text), Baseline = Math.Max(0, baseline) + dy };
    }
}
