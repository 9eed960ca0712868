using Publish.Model;
using Publish.Styling;

namespace Publish.Layout.Book;

/// <summary>A heading as the contents, outline and running heads see it; <c>Title</c> includes its number.</summary>
internal sealed record HeadingEntry(Heading Heading, int Level, string Id, string Title, string? Number = null);

/// <summary>
/// What is decided once, before any chapter is set: heading ids and numbers, footnote numbers,
/// and the chapters (runs of blocks starting at level-1 headings). One pass over the document;
/// chapters can then be laid out independently.
/// </summary>
internal sealed class BookPlan
{
    private readonly Dictionary<Note, string> _noteMarkers = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Heading, HeadingEntry> _headings = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Note, int> _noteOrder = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Block, int> _numbers = new(ReferenceEqualityComparer.Instance);
    private int _figures, _tables;

    public string Language { get; private init; } = "en";
    /// <summary>The book is set right to left (its language or its <c>dir</c>): paragraphs, lists and pages are mirrored.</summary>
    public bool RightToLeft { get; private init; }
    public IReadOnlyDictionary<string, Resource> Resources { get; private init; } = new Dictionary<string, Resource>();
    public List<HeadingEntry> Headings { get; } = [];
    public List<IReadOnlyList<Block>> Chapters { get; } = [];

    public string NoteMarker(Note note) => _noteMarkers.TryGetValue(note, out var m) ? m : "*";
    public HeadingEntry Entry(Heading heading) => _headings[heading];
    /// <summary>The heading's entry, or null for a heading the plan does not number (one inside a note).</summary>
    public HeadingEntry? TryEntry(Heading heading) => _headings.GetValueOrDefault(heading);
    /// <summary>The destination on a note's text, and the one on its reference, for links both ways.</summary>
    public (string Note, string Reference) NoteIds(Note note) =>
        _noteOrder.TryGetValue(note, out var k) ? ($"fn{k}", $"fnref{k}") : ("", "");
    /// <summary>The figure's or table's number in the book (1-based), counted in reading order.</summary>
    public int Number(Block figureOrTable) => _numbers.TryGetValue(figureOrTable, out var n) ? n : 0;

    public static BookPlan Build(Document document, Theme theme)
    {
        var plan = new BookPlan
        {
            Language = document.Metadata.Language,
            RightToLeft = Styling.Languages.LanguageTag.IsRightToLeft(document.Metadata.Language, document.Metadata.Direction),
            Resources = document.Resources,
        };
        var counters = new int[7];
        var notes = 0;
        List<Block>? chapter = null;
        foreach (var block in document.Blocks)
        {
            if (block is Heading { Level: 1 } || chapter is null)
            {
                chapter = [];
                plan.Chapters.Add(chapter);
                if (block is Heading && theme.Footnotes.Numbering == NoteNumbering.PerChapter) notes = 0;
            }
            chapter.Add(block);
            notes = plan.Plan(block, theme, counters, notes);
        }
        return plan;
    }

    // Numbers headings, figures, tables and notes in reading order; returns the notes counted so
    // far. A note's own blocks are not the book's: headings and notes inside one are not numbered.
    private int Plan(Block block, Theme theme, int[] counters, int notes)
    {
        Model.Walk.Visit([block], node =>
        {
            switch (node)
            {
                case Heading h: Number(h, theme, counters); break;
                case Table t when t.Caption.Count > 0: _numbers[t] = ++_tables; break;
                case Figure f: _numbers[f] = ++_figures; break;
                case Note n:
                    if (_noteMarkers.TryAdd(n, (++notes).ToString(System.Globalization.CultureInfo.InvariantCulture)))
                        _noteOrder[n] = _noteOrder.Count + 1;
                    return false;
            }
            return true;
        });
        return notes;
    }

    private void Number(Heading h, Theme theme, int[] counters)
    {
        var level = Math.Clamp(h.Level, 1, 6);
        counters[level]++;
        for (var l = level + 1; l < counters.Length; l++) counters[l] = 0;
        var title = PlainText.Of(h.Content).Trim();
        var number = theme.Heading(level).Numbered ? Label(counters, level, theme) : null;
        var id = h.Id.Length > 0 ? h.Id : $"heading-{Headings.Count + 1}";
        var entry = new HeadingEntry(h, level, id, number is null ? title : $"{number} {title}", number);
        _headings[h] = entry;
        Headings.Add(entry);
    }

    /// <summary>
    /// "2.3": one part per numbered level down to this one. A level the theme does not number, or
    /// one with no heading yet (sections before the first chapter), adds no part, so numbering
    /// starts at 1 and never reads "1.1" under a missing "1".
    /// </summary>
    private static string Label(int[] counters, int level, Theme theme)
    {
        var parts = new List<int>(level);
        for (var l = 1; l <= level; l++)
            if (theme.Heading(l).Numbered && counters[l] > 0) parts.Add(counters[l]);
        return string.Join('.', parts);
    }
}
