using Publish.Layout.Tagging;
using Publish.Layout.Blocks;
using Publish.Layout.Inline;
using Publish.Layout.Paged;
using Publish.Layout.Pages;
using Publish.Model;
using Publish.Styling;

namespace Publish.Layout.Book;

/// <summary>
/// The table of contents: headings down to the theme's depth, indented by level, dot leaders to
/// right-aligned page numbers, each entry a link to its heading. The numbers come from a previous
/// pagination; the orchestrator sets it again until they stop changing.
/// </summary>
internal static class TableOfContents
{
    // Room kept for the page number column, in em: four digits or a long roman numeral.
    private const double NumberColumn = 3;

    public static IEnumerable<FlowElement> Layout(IEnumerable<HeadingEntry> headings, Func<string, string> pageOf, BlockContext ctx, bool recto)
    {
        var theme = ctx.Theme;
        var heading = theme.LabelsFor(ctx.Plan.Language).Contents;
        yield return new FlowPageBreak(recto) { ChapterTitle = heading };
        yield return new FlowSpace(theme.Chapters.Sink, Sticky: true);
        var title = theme.Heading(1);
        var titleCtx = ctx with { Text = new TextStyle(title.Families.Count > 0 ? title.Families : ctx.Text.Families, title.Size, title.Size * 1.25, title.Italic, title.Bold) };
        var lines = ctx.Lines.Layout([new Text(heading)], titleCtx.Settings(title.Align) with { Hyphenate = false, Case = title.Case }, SourceSpan.None);
        var headingNode = new StructNode(StructRole.H1);
        var toc = new StructNode(StructRole.TOC);
        foreach (var box in titleCtx.Boxes(lines, true))
        {
            StructTagging.Adopt(box, headingNode);
            yield return box with { KeepWithNext = true };
        }
        yield return new FlowSpace(title.SpaceAfter);

        var leaders = new DotLeaders(ctx);
        foreach (var entry in headings.Where(h => h.Level <= theme.Toc.Depth))
        {
            if (entry.Level == 1) yield return new FlowSpace(ctx.Text.Leading / 4);
            var box = Entry(entry, pageOf(entry.Id), ctx, leaders);
            // Each entry a TOCI holding one link (its text and page number) to the heading.
            StructTagging.Adopt(box, new StructNode(StructRole.Link));
            StructTagging.Adopt(box, new StructNode(StructRole.TOCI));
            StructTagging.Adopt(box, toc);
            yield return box;
        }
    }

    private static FlowBox Entry(HeadingEntry entry, string page, BlockContext ctx, DotLeaders leaders)
    {
        var indent = (entry.Level - 1) * ctx.Theme.ListIndent;
        var numberRoom = NumberColumn * ctx.Text.Size;
        // A right-to-left book mirrors the entry: title indented from the right, number at the left.
        var rtl = ctx.Plan.RightToLeft;
        var text = ctx with { Left = rtl ? numberRoom : indent, Width = ctx.Width - indent - numberRoom, Notes = null };
        var settings = text.Settings(TextAlign.Left) with { Hyphenate = false, NoteMarker = null };
        var lines = ctx.Lines.Layout([new Text(entry.Title)], settings, entry.Heading.Span);
        var boxes = text.Boxes(lines, keepTogether: true);
        if (boxes.Count == 0) return new FlowBox(0, []);
        var stacked = LineBoxes.Stack(boxes);

        // The number, right-aligned on the last line's baseline, and dots between.
        var last = boxes[^1];
        var lastTop = stacked.Height - last.Height;
        var number = ctx.Lines.Layout([new Text(page)], ctx.Settings(TextAlign.Right) with { Width = ctx.Width, Hyphenate = false, NoteMarker = null }, SourceSpan.None);
        var items = new List<PageItem>(stacked.Items);
        // The page number is an element of its own, so that its text does not run into the title's.
        var pageNumber = new StructNode(StructRole.Span);
        if (number.Count > 0) items.AddRange(number[0].Items.Select(i => i.Translate(0, lastTop + last.Baseline).TaggedAs(pageNumber)));
        // Every leader ends at the same place, so the dots stand in columns from entry to entry.
        if (rtl)
        {
            var textLeft = numberRoom + lines[^1].Items.OfType<GlyphRun>().Select(g => g.X).DefaultIfEmpty(text.Width).Min();
            items.AddRange(leaders.Between(numberRoom - ctx.Text.Size * 0.5, textLeft - ctx.Text.Size * 0.5, lastTop + last.Baseline).AsDecoration());
            items.Add(new LinkItem(new Rect(0, 0, ctx.Width - indent, stacked.Height), null, entry.Id));
        }
        else
        {
            var textRight = indent + Extent(lines[^1].Items);
            items.AddRange(leaders.Between(textRight, ctx.Width - numberRoom + ctx.Text.Size * 0.5, lastTop + last.Baseline).AsDecoration());
            items.Add(new LinkItem(new Rect(indent, 0, ctx.Width - indent, stacked.Height), null, entry.Id));
        }
        return new FlowBox(stacked.Height, items) { Text = $"{entry.Title} {page}", Baseline = stacked.Baseline };
    }

    /// <summary>The right edge of the glyphs in a set line.</summary>
    public static double Extent(IEnumerable<PageItem> items) =>
        items.OfType<GlyphRun>().Select(g => g.X + (g.Width > 0 ? g.Width : g.Positions.LastOrDefault() + g.Size * 0.5)).DefaultIfEmpty(0).Max();

    /// <summary>Rows of dots on a fixed pitch, so leaders line up from entry to entry.</summary>
    private sealed class DotLeaders
    {
        private readonly BlockContext _ctx;
        private readonly double _pitch, _first;

        public DotLeaders(BlockContext ctx)
        {
            _ctx = ctx;
            // The pitch from two rows of different length, so that the dot's own width and any
            // side bearing cancel out; the first dot's extent on its own.
            var one = Width(1);
            var pitch = (Width(21) - one) / 20;
            _first = one;
            _pitch = pitch > 0 ? pitch : ctx.Text.Size * 0.5;
        }

        public IEnumerable<PageItem> Between(double left, double right, double baseline)
        {
            // As many dots as leave half a pitch free after the entry's text; they end at `right`.
            var count = (int)Math.Floor((right - left - _pitch / 2 - _first) / _pitch) + 1;
            if (count < 2) return [];
            var set = Set(count);
            if (set.Count == 0) return [];
            var shift = right - Extent(set[0].Items);
            return set[0].Items.Select(i => i.Translate(shift, baseline));
        }

        private double Width(int dots)
        {
            var set = Set(dots);
            return set.Count > 0 ? Extent(set[0].Items) : 0;
        }

        private IReadOnlyList<LaidLine> Set(int dots) => _ctx.Lines.Layout(
            [new Text(string.Join("\u00A0", Enumerable.Repeat(".", dots)))],
            // Dots have no direction of their own: set them left to right in every book.
            _ctx.Settings(TextAlign.Left) with { Width = 100_000, Hyphenate = false, NoteMarker = null, Direction = TextDirection.LeftToRight }, SourceSpan.None);
    }
}
