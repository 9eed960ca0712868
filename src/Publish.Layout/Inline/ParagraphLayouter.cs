using Publish.Layout.Paged;
using Publish.Model;
using Publish.Styling;

namespace Publish.Layout.Inline;

/// <summary>How to set one run of inlines: the contract between block layout and inline layout.</summary>
internal sealed record ParagraphSettings
{
    /// <summary>The measure (line width) in points.</summary>
    public required double Width { get; init; }
    /// <summary>Font families in order of preference (fallbacks after the first).</summary>
    public required IReadOnlyList<string> Families { get; init; }
    public required double Size { get; init; }
    /// <summary>Baseline-to-baseline distance in points.</summary>
    public required double Leading { get; init; }
    public double FirstLineIndent { get; init; }
    public TextAlign Align { get; init; } = TextAlign.Justify;
    public bool Hyphenate { get; init; } = true;
    /// <summary>BCP 47 language of the text (hyphenation patterns).</summary>
    public string Language { get; init; } = "en";
    public bool Bold { get; init; }
    /// <summary>Old-style figures (<c>onum</c>) where the font has them; code keeps lining ones.</summary>
    public bool OldStyleFigures { get; init; }
    public bool Italic { get; init; }
    public TextCase Case { get; init; } = TextCase.None;
    public Rgba Color { get; init; } = Rgba.Black;
    public Rgba LinkColor { get; init; } = Rgba.Black;
    /// <summary>Code: keep every space, break only where a line is full, mark continued lines.</summary>
    public bool Preformatted { get; init; }
    /// <summary>Families for inline code.</summary>
    public IReadOnlyList<string> MonoFamilies { get; init; } = ["DejaVu Sans Mono"];
    /// <summary>Families for formulas (the theme's <c>fonts: math:</c>), an OpenType math font first where there is one.</summary>
    public IReadOnlyList<string> MathFamilies { get; init; } = ["DejaVu Serif"];
    /// <summary>The marker printed for a footnote reference (e.g. its number); null leaves notes out.</summary>
    public Func<Note, string>? NoteMarker { get; init; }
    /// <summary>Sets an image inside the text as a box on the line; null (or a null result) sets its alt text instead.</summary>
    public Func<Model.Image, Formulas.MathBox?>? Picture { get; init; }
    /// <summary>Lines more (positive) or fewer (negative) than the optimum, if the tolerance allows (TeX's \looseness).</summary>
    public int Looseness { get; init; }
    /// <summary>The paragraph's direction: given by the document (lang, dir) or, when Auto, by its first strong character.</summary>
    public TextDirection Direction { get; init; } = TextDirection.Auto;
    /// <summary>The theme's families per script (<c>fonts: scripts:</c>), tried for characters the main font lacks.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ScriptFamilies { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}

/// <summary>A paragraph's base direction (UAX #9's paragraph level).</summary>
internal enum TextDirection { Auto, LeftToRight, RightToLeft }

/// <summary>
/// One set line. Items are positioned relative to the line: x from the left edge of the measure,
/// y from the baseline (so a block layouter only translates them). <c>Notes</c> are the footnotes
/// cited on this line, in order, so the paginator can keep each note on its reference's page.
/// </summary>
internal sealed record LaidLine(double Width, double Ascent, double Descent, double Leading, IReadOnlyList<PageItem> Items)
{
    public IReadOnlyList<Note> Notes { get; init; } = [];
    /// <summary>Ids (anchors) that fall on this line, e.g. spans with an id.</summary>
    public IReadOnlyList<string> Anchors { get; init; } = [];
    public bool EndsWithHyphen { get; init; }
    /// <summary>The line holds a typeset formula, whose height may need more room than the leading gives.</summary>
    public bool HasFormula { get; init; }
    /// <summary>Badness/overfull facts for tests and warnings.</summary>
    public bool Overfull { get; init; }
}

/// <summary>Sets a paragraph into lines (shaping, hyphenation, optimum-fit line breaking).</summary>
internal interface IParagraphLayouter
{
    IReadOnlyList<LaidLine> Layout(IReadOnlyList<Model.Inline> content, ParagraphSettings settings, SourceSpan span);
}

/// <summary>
/// Sets paragraphs: collect the inlines into styled text → split into font runs → shape and
/// hyphenate into boxes, glue and penalties → break into lines (Knuth–Plass; first-fit for
/// code) → finalize each line into positioned glyph runs. Thread-safe: one instance can set
/// paragraphs from several threads.
/// </summary>
internal sealed class ParagraphLayouter(Fonts.FontCatalog fonts, DiagnosticBag? diagnostics = null) : IParagraphLayouter
{
    private readonly FontResolver _resolver = new(fonts, diagnostics);
    private readonly Formulas.MathTypesetter _math = new(fonts, diagnostics);

    public ParagraphLayouter() : this(Fonts.FontCatalog.System) { }

    // A paragraph's items are its largest garbage: lists that grow to thousands of items, about
    // 50 MB over the novel. They live only while the paragraph is set, so each thread keeps one
    // list to fill again. It is taken while in use (a paragraph set inside another's layout gets
    // its own) and not kept when a huge paragraph grew it past this many items (about 3 MB).
    [ThreadStatic] private static List<Item>? t_items;
    private const int KeptItemsCapacity = 1 << 16;

    public IReadOnlyList<LaidLine> Layout(IReadOnlyList<Model.Inline> content, ParagraphSettings settings, SourceSpan span)
    {
        var collected = InlineCollector.Collect(content, settings, m => _math.Typeset(m, settings.Size, span, settings.MathFamilies));
        if (collected.Text.Length == 0 && collected.Markers.Count == 0) return [];
        var runs = new RunSegmenter(fonts, _resolver).Segment(collected, settings, span);
        var buffer = t_items ?? [];
        t_items = null;
        try
        {
            var items = ItemBuilder.Build(runs, collected.Markers, settings, buffer);
            var breaks = settings.Preformatted
                ? GreedyBreaker.Break(items, settings.Width, ContinuationWidth(runs))
                : LineBreaker.Break(items, settings.Width, settings.Size, settings.Align == TextAlign.Justify, settings.Looseness);
            return Finalize(runs, items, breaks, collected.Markers, settings, span, Bidi(collected.Text, settings));
        }
        finally
        {
            buffer.Clear();
            if (buffer.Capacity <= KeptItemsCapacity) t_items = buffer;
        }
    }

    /// <summary>Embedding levels for a paragraph that holds right-to-left text or is right to left; null for plain left-to-right text.</summary>
    private static BidiParagraph? Bidi(string text, ParagraphSettings settings)
    {
        if (settings.Preformatted) return null;
        var level = settings.Direction switch
        {
            TextDirection.RightToLeft => 1,
            TextDirection.LeftToRight => 0,
            _ => Unicode.BidiLevels.FirstStrongLevel(text),
        };
        if (level == 0 && !Unicode.BidiLevels.HasRightToLeft(text)) return null;
        return new BidiParagraph(level, Unicode.BidiLevels.Resolve(text, level));
    }

    private List<LaidLine> Finalize(RunSet runs, List<Item> items, IReadOnlyList<Breakpoint> breaks, IReadOnlyList<Marker> markers, ParagraphSettings settings, SourceSpan span, BidiParagraph? bidi)
    {
        var finalizer = new LineFinalizer(runs, items, settings, bidi);
        var set = new List<SetLine>(breaks.Count);
        var from = 0;
        for (var k = 0; k < breaks.Count; k++)
        {
            var continued = settings.Preformatted && k > 0 && !items[breaks[k - 1].Item].IsForcedBreak;
            set.Add(finalizer.Finalize(from, breaks[k], continued));
            from = breaks[k].Item + 1;
        }
        finalizer.Release();
        var lines = set.Select(s => s.Line).ToList();
        AttachMarkers(lines, set, markers);
        foreach (var s in set.Where(s => s.Line.Overfull))
            diagnostics?.Report(DiagnosticCatalog.OverfullLine,
                $"A line is {Math.Max(0, s.Overflow):0.#} pt wider than the measure: \"{Excerpt(s.Line)}\" has no break point.", span,
                "Shorten the word, add a break opportunity (a hyphen or a space), or widen the measure.");
        for (var k = 0; k < breaks.Count; k++)
            if (items[breaks[k].Item] is { Kind: ItemKind.Penalty, Cost: LineBreaker.EmergencyOnlyPenalty })
                diagnostics?.Report(DiagnosticCatalog.TokenWrapped,
                    $"A word wider than the measure is broken between two characters after \"{Excerpt(lines[k])}\".", span);
        return lines;
    }

    private static void AttachMarkers(List<LaidLine> lines, List<SetLine> set, IReadOnlyList<Marker> markers)
    {
        if (lines.Count == 0 || markers.Count == 0) return;
        var notes = new List<Note>[lines.Count];
        var anchors = new List<string>[lines.Count];
        foreach (var m in markers.Where(m => m.Kind != MarkerKind.ForcedBreak))
        {
            var k = 0;
            while (k + 1 < set.Count && set[k + 1].TextStart <= m.Position) k++;
            if (m.Kind == MarkerKind.Note) (notes[k] ??= []).Add(m.Note!);
            else (anchors[k] ??= []).Add(m.Id!);
        }
        for (var k = 0; k < lines.Count; k++)
            if (notes[k] is not null || anchors[k] is not null)
                lines[k] = lines[k] with { Notes = notes[k] ?? [], Anchors = anchors[k] ?? [] };
    }

    private static double ContinuationWidth(RunSet runs) =>
        Shaping.Shaper.Shape(runs.Primary, LineFinalizer.ContinuationMark).Width * runs.Primary.Scale(runs.Size);

    private static string Excerpt(LaidLine line)
    {
        var text = string.Concat(line.Items.OfType<GlyphRun>().Select(g => g.Text));
        return text.Length <= 60 ? text : text[..57] + "...";
    }
}
