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
        var needed = before + chunk.Height + NotesNeeded(chunk.Boxes);
        if (_used + needed + NotesArea <= Capacity + Epsilon) return SpacePlan.FullRender(needed);
        if (!empty) return SpacePlan.Wrap($"needs {needed:0.#}pt, {Capacity - _used - NotesArea:0.#}pt left");
        // Even an empty page is too short: keep-together is relaxed and the chunk is split.
        int fit = 0; double height = before;
        foreach (var e in chunk.Elements)
        {
            var h = e is FlowBox b ? b.Height + NotesNeeded([b]) : ((FlowSpace)e).Height;
            if (e is FlowBox && fit > 0 && _used + height + h + NotesArea > Capacity + Epsilon) break;
            height += h;
            if (e is FlowBox) fit++;
        }
        return SpacePlan.PartialRender(height, fit, "a block that must stay together is taller than the page");
    }

    /// <summary>Places the first <paramref name="boxes"/> boxes of the chunk (all by default); returns the rest.</summary>
    public Chunk? Place(Chunk chunk, int boxes = int.MaxValue)
    {
        if (!IsFresh) _used += chunk.SpaceBefore;
        _used += chunk.StickySpace;
        var placed = 0;
        for (var i = 0; i < chunk.Elements.Count; i++)
        {
            var element = chunk.Elements[i];
            if (element is FlowSpace s) { if (!IsFresh) _used += s.Height; continue; }
            if (placed == boxes) return chunk with { SpaceBefore = 0, StickySpace = 0, Elements = chunk.Elements.Skip(i).ToList() };
            PlaceBox((FlowBox)element);
            placed++;
        }
        return null;
    }

    /// <summary>Ends the current page and opens the next; <paramref name="next"/> is what the new page starts with.</summary>
    public void BreakPage(string reason, FlowBox? next = null)
    {
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
        FlowBox[] CarriedNotes, int Destinations, int Breaks, int ForcedBreaks);

    public Mark Save() => new(_pages.Count, Current.Items.Count, Current.Boxes.Count, Current.NoteBoxes.Count, _used, _notesUsed,
        _repeated, [.. _carriedNotes], _destinationLog.Count, Breaks.Count, ForcedBreaks);

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

    private void PlaceBox(FlowBox box, bool repeated = false)
    {
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
        _pages.Add(new PageDraft(_pages.Count) { ChapterTitle = _chapter, InBody = _inBody });
        _used = 0; _notesUsed = 0; _repeated = 0;
        // Notes continued from the previous page come first, in at most half the text block,
        // so that the page still carries text that cites something.
        while (_carriedNotes.Count > 0 && _notesUsed + _rule.Gap + _carriedNotes.Peek().Height <= Capacity / 2)
            AddNoteBox(_carriedNotes.Dequeue());
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
