using Publish.Layout.Paged;

namespace Publish.Layout.Pages;

/// <summary>
/// The page being filled, as explicit state: how much of the text block the body and the
/// footnotes use, the notes continued from the previous page, and where every named destination
/// landed. It answers <see cref="Measure"/> with a <see cref="SpacePlan"/> and places what fits.
/// </summary>
internal sealed class PageBuilder
{
    private readonly PageGeometry _geometry;
    private readonly FootnoteRule _rule;
    private readonly List<PageDraft> _pages = [];
    private readonly Queue<FlowBox> _carriedNotes = new();
    private double _used;       // body height used on the current page
    private double _notesUsed;  // footnote boxes on the current page (without the separator)
    private int _repeated;      // table header rows set at the top of this page: they do not make it non-empty
    private string? _chapter;
    private bool _inBody;
    private readonly List<string> _destinationLog = [];   // destinations in the order they were added, to undo them
    private int _tail;          // the page's boxes from this one on are set off the grid (after its last grid box, or from its top)

    public PageBuilder(PageGeometry geometry, FootnoteRule rule)
    {
        _geometry = geometry;
        _rule = rule;
        StartPage();
    }

    public Dictionary<string, int> Destinations { get; } = new(StringComparer.Ordinal);
    public List<PageBreakRecord> Breaks { get; } = [];
    public PageDraft Current => _pages[^1];
    private bool IsFresh => Current.Boxes.Count == _repeated;
    private double Capacity => _geometry.BodyHeight + CapacityDelta;

    /// <summary>
    /// Lines more (positive) or fewer than the text block holds, for the pages now being filled:
    /// a spread run a line long or short so that its two pages end level.
    /// </summary>
    public double CapacityDelta { get; set; }

    /// <summary>Forced breaks seen so far (a spread that holds one ends a chapter and is not balanced).</summary>
    public int ForcedBreaks { get; private set; }
    private double NotesArea => _notesUsed > 0 ? _notesUsed + _rule.Gap : 0;

    /// <summary>Does the chunk fit below what is already on the page, with the footnotes it cites?</summary>
    public SpacePlan Measure(Chunk chunk)
    {
        var empty = IsFresh;
        var before = (empty ? 0 : chunk.SpaceBefore) + chunk.StickySpace;
        var needed = Bottom(chunk, before) - _used + NotesNeeded(chunk.Boxes);
        if (_used + needed + NotesArea <= Capacity + Epsilon) return SpacePlan.FullRender(needed);
        if (!empty) return SpacePlan.Wrap($"needs {needed:0.#}pt, {Capacity - _used - NotesArea:0.#}pt left");
        // Even an empty page is too short: keep-together is relaxed and the chunk is split.
        int fit = 0; double y = _used, space = before, notes = 0;
        foreach (var e in chunk.Elements)
        {
            if (e is FlowSpace s) { space += s.Height; continue; }
            var b = (FlowBox)e;
            var bottom = Top(b, y + space, space) + b.Height;
            var n = NotesNeeded([b]);
            if (fit > 0 && bottom + notes + n + NotesArea > Capacity + Epsilon) break;
            (y, space, notes) = (bottom, 0, notes + n);
            fit++;
        }
        return SpacePlan.PartialRender(y + notes - _used, fit, "a block that must stay together is taller than the page");
    }

    /// <summary>Where the chunk's last box would end on this page, <paramref name="before"/> below what is set.</summary>
    private double Bottom(Chunk chunk, double before)
    {
        double y = _used, space = before;
        foreach (var e in chunk.Elements)
        {
            if (e is FlowSpace s) { space += s.Height; continue; }
            var b = (FlowBox)e;
            y = Top(b, y + space, space) + b.Height;
            space = 0;
        }
        return y;
    }

    /// <summary>Places the first <paramref name="boxes"/> boxes of the chunk (all by default); returns the rest.</summary>
    public Chunk? Place(Chunk chunk, int boxes = int.MaxValue)
    {
        var space = (IsFresh ? 0 : chunk.SpaceBefore) + chunk.StickySpace;
        var placed = 0;
        for (var i = 0; i < chunk.Elements.Count; i++)
        {
            var element = chunk.Elements[i];
            if (element is FlowSpace s) { if (!IsFresh) space += s.Height; continue; }
            if (placed == boxes) return chunk with { SpaceBefore = 0, StickySpace = 0, Elements = chunk.Elements.Skip(i).ToList() };
            PlaceBox((FlowBox)element, space);
            space = 0;
            placed++;
        }
        return null;
    }

    /// <summary>Ends the current page and opens the next; <paramref name="next"/> is what the new page starts with.</summary>
    public void BreakPage(string reason, FlowBox? next = null)
    {
        // A page that ends with footnotes is filled to the foot by them.
        if (NotesArea == 0) JustifyToGrid();
        Current.Filled = NotesArea > 0 ? Capacity : _used;
        Breaks.Add(new PageBreakRecord(Current.Index, reason));
        StartPage();
        if (next is { RepeatOnBreak.Count: > 0 })
        {
            foreach (var header in next.RepeatOnBreak) PlaceBox(header, repeated: true);
            _repeated = next.RepeatOnBreak.Count;
        }
    }

    /// <summary>A forced break: a new page unless this one is still empty; a chapter may ask for a recto.</summary>
    public void ForceBreak(FlowPageBreak br)
    {
        ForcedBreaks++;
        Current.Filled = NotesArea > 0 ? Capacity : _used;
        if (!Current.IsEmpty || _carriedNotes.Count > 0)
        {
            Breaks.Add(new PageBreakRecord(Current.Index, br.ChapterTitle is null ? "forced break" : "chapter starts"));
            StartPage();
        }
        if (br.StartsBody) _inBody = true;
        if (br.Recto && !PageGeometry.IsRecto(Current.Index))
        {
            Current.Bare = true;
            Breaks.Add(new PageBreakRecord(Current.Index, "blank verso before a recto opening"));
            StartPage();
        }
        Current.InBody = _inBody;
        Current.Bare = br.Bare;
        if (br.ChapterTitle is not null)
        {
            _chapter = br.ChapterTitle;
            Current.ChapterTitle = _chapter;
            Current.ChapterOpening = true;
        }
    }

    public IReadOnlyList<PageDraft> Finish()
    {
        while (_carriedNotes.Count > 0) BreakPage("footnote continues");
        if (_pages.Count > 1 && Current.IsEmpty) _pages.RemoveAt(_pages.Count - 1);
        foreach (var page in _pages) SetNotes(page);
        return _pages;
    }

    private const double Epsilon = 0.01;

    /// <summary>What <see cref="Restore"/> needs to fill the current page again from here, e.g. with another capacity.</summary>
    public readonly record struct Mark(int Pages, int Items, int Boxes, int NoteBoxes, double Used, double NotesUsed, int Repeated,
        FlowBox[] CarriedNotes, int Destinations, int Breaks, int ForcedBreaks, int Tail);

    public Mark Save() => new(_pages.Count, Current.Items.Count, Current.Boxes.Count, Current.NoteBoxes.Count, _used, _notesUsed,
        _repeated, [.. _carriedNotes], _destinationLog.Count, Breaks.Count, ForcedBreaks, _tail);

    /// <summary>Undoes everything placed since <paramref name="mark"/> (which must be on a page with no forced break since).</summary>
    public void Restore(Mark mark)
    {
        _pages.RemoveRange(mark.Pages, _pages.Count - mark.Pages);
        var page = Current;
        page.Items.RemoveRange(mark.Items, page.Items.Count - mark.Items);
        page.Boxes.RemoveRange(mark.Boxes, page.Boxes.Count - mark.Boxes);
        page.NoteBoxes.RemoveRange(mark.NoteBoxes, page.NoteBoxes.Count - mark.NoteBoxes);
        (_used, _notesUsed, _repeated) = (mark.Used, mark.NotesUsed, mark.Repeated);
        _carriedNotes.Clear();
        foreach (var note in mark.CarriedNotes) _carriedNotes.Enqueue(note);
        for (var i = mark.Destinations; i < _destinationLog.Count; i++) Destinations.Remove(_destinationLog[i]);
        _destinationLog.RemoveRange(mark.Destinations, _destinationLog.Count - mark.Destinations);
        Breaks.RemoveRange(mark.Breaks, Breaks.Count - mark.Breaks);
        ForcedBreaks = mark.ForcedBreaks;
        page.Placed.RemoveRange(mark.Boxes, page.Placed.Count - mark.Boxes);
        _tail = mark.Tail;
    }

    /// <summary>The page with index <paramref name="index"/> (already started).</summary>
    public PageDraft Page(int index) => _pages[index];

    // A chunk's notes must all start on its page: every note whole but the last, of which at least one line.
    // Asked for every chunk on every filling of a spread, and most chunks cite no note: one pass, no lists.
    private double NotesNeeded(IEnumerable<FlowBox> boxes)
    {
        double whole = 0;
        NoteFlow? last = null;
        foreach (var box in boxes)
        {
            var notes = box.Notes;
            for (var i = 0; i < notes.Count; i++)
            {
                if (notes[i].Boxes.Count == 0) continue;
                if (last is not null) whole += last.Height;
                last = notes[i];
            }
        }
        if (last is null) return 0;
        var height = whole + last.Boxes[0].Height;
        return _notesUsed > 0 ? height : height + _rule.Gap;
    }

    private void PlaceBox(FlowBox box, double space = 0, bool repeated = false)
    {
        _used = Grid > 0 ? KeepToGrid(box, _used + space, space) : _used + space;
        // The space above the page's first box is no joint: nothing moves it.
        Current.Placed.Add(new PlacedBox(Current.Items.Count, Current.Placed.Count == 0 ? 0 : space, IsPlain(box)));
        var body = _geometry.Body(Current.Index);
        var y = body.Y + _used;
        // By index: a foreach over the IReadOnlyList would box an enumerator for every line placed.
        var items = box.Items;
        for (var i = 0; i < items.Count; i++)
        {
            var placed = items[i].Translate(body.X, y);
            // A header row repeated on a continuation page is read once, where the table starts.
            if (repeated) placed.Tag = StructNode.Decoration;
            Current.Items.Add(placed);
            if (placed is DestinationItem d && Destinations.TryAdd(d.Name, Current.Index)) _destinationLog.Add(d.Name);
        }
        Current.Boxes.Add(box);
        Current.Extra = CapacityDelta;
        _used += box.Height;
        foreach (var note in box.Notes) AddNote(note);
    }

    private void AddNote(NoteFlow note)
    {
        foreach (var line in note.Boxes)
        {
            var gap = _notesUsed > 0 ? 0 : _rule.Gap;
            if (_carriedNotes.Count == 0 && _used + _notesUsed + gap + line.Height <= Capacity + Epsilon) AddNoteBox(line);
            else _carriedNotes.Enqueue(line);
        }
    }

    private void AddNoteBox(FlowBox line)
    {
        Current.NoteBoxes.Add(line);
        _notesUsed += line.Height;
        foreach (var item in line.Items)
            if (item is DestinationItem d && Destinations.TryAdd(d.Name, Current.Index)) _destinationLog.Add(d.Name);
    }

    private void StartPage()
    {
        _pages.Add(new PageDraft(_pages.Count) { ChapterTitle = _chapter, InBody = _inBody, Grid = _geometry.Grid });
        _used = 0; _notesUsed = 0; _repeated = 0;
        _tail = 0;
        // Notes continued from the previous page come first, in at most half the text block,
        // so that the page still carries text that cites something.
        while (_carriedNotes.Count > 0 && _notesUsed + _rule.Gap + _carriedNotes.Peek().Height <= Capacity / 2)
            AddNoteBox(_carriedNotes.Dequeue());
    }

    // ---- The baseline grid (PageGeometry.Grid) ----

    private double Grid => _geometry.Grid;

    // A box whose height is a whole number of body lines (a body line, a list item's line, a
    // figure drawn to whole lines) starts on the grid; any other box (a 10 pt quote line, a
    // heading, a code line, an image of odd height) is set where it falls.
    private bool OnGrid(FlowBox box)
    {
        var lines = box.Height / Grid;
        return lines >= 1 - GridSlack && Math.Abs(lines - Math.Round(lines)) * Grid < Epsilon;
    }

    // Float noise in sums of 13.33 pt lines, not a distance anyone sees.
    private const double GridSlack = 1e-6;

    /// <summary>Where a box whose top would fall at <paramref name="top"/>, below <paramref name="space"/> of gap, is set.</summary>
    private double Top(FlowBox box, double top, double space) => Grid > 0 && OnGrid(box) ? Snap(top, space) : top;

    /// <summary>
    /// The grid line nearest to <paramref name="top"/>, as InDesign's "align to baseline grid" and
    /// LaTeX's grid packages set text that follows a block off the grid. Moving up takes space from
    /// the gap above, at most half of it (the text may not close up on the block above); otherwise
    /// the text moves down to the next line.
    /// </summary>
    private double Snap(double top, double space)
    {
        var lines = Math.Round(top / Grid);
        if (Math.Abs(top - lines * Grid) < Epsilon) return lines * Grid;
        var past = top - Math.Floor(top / Grid) * Grid;
        return past < Grid / 2 && past <= space / 2 ? top - past : top - past + Grid;
    }

    /// <summary>Sets a box's top on the grid when it belongs there, and keeps track of where the page's off-grid tail starts.</summary>
    private double KeepToGrid(FlowBox box, double top, double space)
    {
        var placed = Current.Placed;
        if (!OnGrid(box)) return top;
        var snapped = Snap(top, space);
        // A block between two grid lines of this page is centred between the text above and below
        // it: it moves by half of what the snap adds or takes, so the gaps around it stay equal
        // (never less than half the gap above it).
        if (snapped != top && _tail > 0 && _tail < placed.Count)
            Shift(Current, placed[_tail].Item, Current.Items.Count, Math.Max((snapped - top) / 2, -placed[_tail].Space / 2));
        _tail = placed.Count + 1;
        return snapped;
    }

    // Text and links only: opening the joint under such a line cannot break a rule or a tint that runs on into the next box.
    private static bool IsPlain(FlowBox box)
    {
        foreach (var item in box.Items)
            if (item is not (GlyphRun or LinkItem or DestinationItem)) return false;
        return true;
    }

    // How far joints may open to bring a page's last line down to where it should end. A gap
    // between blocks may grow to twice its height (a 7 pt gap around a quote to 14 pt, one blank
    // body line: still read as the same break). A joint between two plain lines opens by at most a
    // tenth of a body line: a 10 pt quote at 13.3 pt leading opens to 14.7 pt at most, about the
    // body's own 14 pt, so the eye sees even leading, not a hole.
    private const double GapStretch = 1, LineStretch = 0.1;

    /// <summary>
    /// Vertical justification of a page that ends off the grid (in a quote, a code block, under an
    /// image): the off-grid tail is spaced out so its last line ends on the next grid line, and the
    /// page ends level with a facing page full of body lines. The text above the tail stays on the grid.
    /// </summary>
    private void JustifyToGrid()
    {
        if (Grid <= 0 || _tail >= Current.Placed.Count) return;
        var target = Math.Ceiling(_used / Grid - GridSlack) * Grid;
        if (target > Capacity + Epsilon) return;
        if (Spread(Current, Math.Max(_tail, 1), target - _used)) _used = target;
    }

    /// <summary>
    /// Feathers a finished page of a spread that every filling left uneven down to
    /// <paramref name="filled"/>, its facing page's end, within the joints' limits (so by about a
    /// line on a page of plain text, more where blocks leave gaps): the last resort of a compositor
    /// who cannot run the spread long or short (keeps on both pages allow no length that matches).
    /// </summary>
    public bool Level(int index, double filled)
    {
        var page = _pages[index];
        var slack = filled - page.Filled;
        if (page.NoteBoxes.Count > 0 || !Spread(page, 1, slack)) return false;
        page.Filled = filled;
        page.Feathered = slack;
        return true;
    }

    /// <summary>
    /// Opens the joints above a page's boxes from <paramref name="from"/> on by <paramref name="slack"/>
    /// in all: gaps take it first, in proportion to their heights, then the joints between plain
    /// lines share the rest equally. False, and nothing moved, when the limits cannot take it all.
    /// </summary>
    private static bool Spread(PageDraft page, int from, double slack)
    {
        if (slack < Epsilon) return false;
        var placed = page.Placed;
        double gaps = 0;
        var joints = 0;
        for (var i = from; i < placed.Count; i++)
        {
            if (placed[i].Space > 0) gaps += placed[i].Space * GapStretch;
            else if (placed[i].Plain && placed[i - 1].Plain) joints++;
        }
        var fromGaps = Math.Min(slack, gaps);
        var perJoint = joints > 0 ? (slack - fromGaps) / joints : 0;
        if (slack - fromGaps > Epsilon && (joints == 0 || perJoint > LineStretch * page.Grid + Epsilon)) return false;
        var shift = 0.0;
        for (var i = from; i < placed.Count; i++)
        {
            if (placed[i].Space > 0) shift += placed[i].Space * GapStretch * fromGaps / gaps;
            else if (placed[i].Plain && placed[i - 1].Plain) shift += perJoint;
            Shift(page, placed[i].Item, i + 1 < placed.Count ? placed[i + 1].Item : page.Items.Count, shift);
        }
        return true;
    }

    /// <summary>Moves a page's items from <paramref name="from"/> up to <paramref name="to"/> down by <paramref name="dy"/>.</summary>
    private static void Shift(PageDraft page, int from, int to, double dy)
    {
        if (Math.Abs(dy) < 1e-9) return;
        var items = page.Items;
        for (var i = from; i < to; i++) items[i] = items[i].Translate(0, dy);
    }

    // Footnotes sit at the foot of the text block, under a short rule.
    private void SetNotes(PageDraft page)
    {
        if (page.NoteBoxes.Count == 0) return;
        var body = _geometry.Body(page.Index);
        var y = body.Bottom + page.Extra - page.NoteBoxes.Sum(b => b.Height);
        var ruleY = y - _rule.Gap / 2;
        page.Items.Add(new RuleItem(body.X, ruleY, body.X + body.Width * _rule.WidthFraction, ruleY, _rule.Thickness, _rule.Color));
        foreach (var box in page.NoteBoxes)
        {
            foreach (var item in box.Items) page.Items.Add(item.Translate(body.X, y));
            y += box.Height;
        }
    }
}

/// <summary>The rule above footnotes and the space it takes.</summary>
internal sealed record FootnoteRule(double Gap, double WidthFraction, double Thickness, Rgba Color);
