using System.Globalization;
using Publish.Layout.Hyphenation;
using Publish.Layout.Shaping;

namespace Publish.Layout.Inline;

/// <summary>
/// Shape phase: turns runs into boxes (shaped word pieces), glue (inter-word spaces) and
/// penalties (hyphenation points, breaks after explicit hyphens and dashes, forced breaks).
/// Words are shaped whole (one cache entry per distinct word) and hyphenation points take
/// their widths from that shape, so kerning inside a word survives.
/// </summary>
internal sealed class ItemBuilder
{
    // TeX's \hyphenpenalty: a hyphen costs 300² = 90,000 demerits, what a line of badness 290
    // (spaces at about 1.65× their stretch) costs, so a word is cut only when keeping it whole
    // would space a line wider than that. TeX's 50 hyphenated 11% of the novel's lines; tuned on
    // the novel between 150 and 400 (bench/typography.py), 300 brought it under 6% with the word
    // spaces' median 0.1 pt wider.
    public const int HyphenPenalty = 300;
    // \exhyphenpenalty: a break after a hyphen of the text ("drawing-/room") cuts no word, so it
    // costs a third of a hyphenation, but still more than TeX's 50, which put a hyphen at the
    // end of a line in every other compound.
    public const int ExplicitHyphenPenalty = 100;
    // A break after an em or en dash costs the same as at a hyphen, but adds no hyphen.
    public const int DashPenalty = 50;
    // Inline code and URLs may break after / . ] { - _ (no hyphen is added: it would read as part
    // of the code). Cheaper than a hyphenation, since no word is cut, but dearer than a space.
    public const int CodeBreakPenalty = 200;
    // A token wider than the whole measure may break between any two characters, but only in the
    // emergency passes, and there its 5,000² demerits outweigh every other way of setting the
    // paragraph, yet beat the overfull line they replace.
    public const int LastResortBreakPenalty = LineBreaker.EmergencyOnlyPenalty;
    private const string CodeBreakAfter = "/.]{-_";

    // TeX's inter-word glue for a book face: stretch half a space, shrink a third (cmr10: 3.33pt plus 1.67pt minus 1.11pt).
    public const double SpaceStretch = 0.5, SpaceShrink = 1.0 / 3;

    // Between two CJK characters a justified line may open up by a tenth of an em each
    // (pLaTeX's \kanjiskip is 0pt plus 0.4pt at 10pt); JIS X 4051 justifies by such
    // inter-character space because the text has no word spaces to stretch.
    public const double CjkStretch = 0.1;

    /// <summary>A break-point cost that marks a CJK inter-character opportunity (a glue, not a penalty).</summary>
    private const int CjkBreak = int.MinValue;

    private readonly RunSet _set;
    private readonly ParagraphSettings _settings;
    private readonly Hyphenator? _hyphenator;
    private readonly List<Item> _items;
    private readonly List<(int At, bool Flagged, int Cost)> _breaks = [];
    private readonly Dictionary<TextRun, double> _hyphenWidths = [];

    private ItemBuilder(RunSet set, ParagraphSettings settings, List<Item> items)
    {
        _set = set;
        _settings = settings;
        _items = items;
        _hyphenator = settings.Hyphenate && !settings.Preformatted ? Hyphenator.ForLanguage(settings.Language) : null;
    }

    /// <summary>The paragraph's items, in <paramref name="into"/> when given (cleared first: a caller's buffer reused from paragraph to paragraph), else in a new list.</summary>
    public static List<Item> Build(RunSet set, IReadOnlyList<Marker> markers, ParagraphSettings settings, List<Item>? into = null)
    {
        into?.Clear();
        var builder = new ItemBuilder(set, settings, into ?? []);
        if (settings.FirstLineIndent > 0 && !settings.Preformatted) builder._items.Add(Item.Box(settings.FirstLineIndent, 0, 0, -1));
        var forced = markers.Where(m => m.Kind == MarkerKind.ForcedBreak).Select(m => m.Position).ToList();
        var next = 0;
        for (var r = 0; r < set.Runs.Count; r++)
        {
            var run = set.Runs[r];
            for (var pos = run.Start; pos < run.End;)
            {
                while (next < forced.Count && forced[next] <= pos) builder.ForcedBreak(forced[next++]);
                var stop = next < forced.Count ? Math.Min(run.End, forced[next]) : run.End;
                pos = builder.AddText(r, pos, stop);
            }
        }
        while (next < forced.Count) builder.ForcedBreak(forced[next++]);
        builder.Finish(set.Source.Length);
        return builder._items;
    }

    /// <summary>Adds the next space or word of run <paramref name="r"/> from <paramref name="pos"/>; returns where it stopped.</summary>
    private int AddText(int r, int pos, int stop)
    {
        var run = _set.Runs[r];
        var text = _set.Display;
        if (run.Style.Formula is { } formula)
        {
            // A formula is one unbreakable box.
            _items.Add(Item.Box(formula.Width, pos, pos + 1, r));
            return pos + 1;
        }
        if (text[pos] == '\n')
        {
            ForcedBreak(pos);
            return pos + 1;
        }
        if (text[pos] == ' ')
        {
            var space = run.Font.SpaceAdvance * run.Scale;
            if (_settings.Preformatted)
            {
                // Code keeps its spaces: each one is a box, with a break allowed after it.
                _items.Add(Item.Box(space, pos, pos + 1, r));
                _items.Add(Item.Penalty(0, 0, false, pos + 1, r));
            }
            else if (_settings.Align == Styling.TextAlign.Justify)
                _items.Add(Item.Glue(space, space * SpaceStretch, space * SpaceShrink, pos, pos + 1, r));
            else
                _items.Add(Item.Glue(space, 0, 0, pos, pos + 1, r));
            return pos + 1;
        }
        var end = pos;
        while (end < stop && text[end] != ' ' && text[end] != '\n') end++;
        AddWord(r, pos, end);
        return end;
    }

    private void AddWord(int r, int start, int end)
    {
        var run = _set.Runs[r];
        var shaped = Shaper.Shape(run.Font, _set.Display.AsSpan(start, end - start), run.Features);
        var breaks = BreakPoints(run, start, end, shaped.Width * run.Scale > _settings.Width);
        var from = start;
        var fromAdvance = 0;
        foreach (var (at, flagged, cost) in breaks)
        {
            var advance = shaped.AdvanceBefore(at - start);
            if (advance < 0) continue;   // a ligature spans this point
            _items.Add(Item.Box((advance - fromAdvance) * run.Scale, from, at, r));
            if (cost == CjkBreak)
                _items.Add(_settings.Align == Styling.TextAlign.Justify
                    ? Item.Glue(0, run.Size * CjkStretch, 0, at, at, r)
                    : Item.Penalty(0, 0, false, at, r));
            else
            {
                var width = flagged && IsLetter(_set.Display[at - 1]) ? HyphenWidth(run) : 0;
                _items.Add(Item.Penalty(width, cost, flagged, at, r));
            }
            from = at;
            fromAdvance = advance;
        }
        _items.Add(Item.Box((shaped.Width - fromAdvance) * run.Scale, from, end, r));
    }

    /// <summary>Break opportunities inside a word, in order: hyphenation points, after hyphens and dashes, and in code anywhere.</summary>
    private List<(int At, bool Flagged, int Cost)> BreakPoints(TextRun run, int start, int end, bool widerThanMeasure = false)
    {
        var text = _set.Display;
        var result = _breaks;
        result.Clear();
        if (_settings.Preformatted)
        {
            // A token longer than the measure must still break; prefer the spaces, at a cost.
            for (var i = start + 1; i < end; i++)
                if (!char.IsLowSurrogate(text[i])) result.Add((i, false, 900));
            return result;
        }
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (i > start && IsCjkBoundary(text, i)) result.Add((i, false, CjkBreak));
            if (i > start && i + 1 < end && IsLetter(text[i + 1]))
            {
                if (c is '-' or '\u2010') result.Add((i + 1, true, ExplicitHyphenPenalty));
                else if (c is '\u2014' or '\u2013' or '/') result.Add((i + 1, false, DashPenalty));
            }
            if (_hyphenator is null || run.Style.NoHyphenate || !IsLetter(c) || (i > start && IsLetter(text[i - 1]))) continue;
            var wordEnd = i;
            while (wordEnd < end && IsLetter(text[wordEnd])) wordEnd++;
            var word = text.AsSpan(i, wordEnd - i);
            // Words in capitals (acronyms, shouted words) are not hyphenated.
            if (word.Length < Hyphenator.MinWordLength || !word.ContainsAnyExceptInRange('A', 'Z')) continue;
            foreach (var p in _hyphenator.Hyphenate(word)) result.Add((i + p, true, HyphenPenalty));
        }
        if (run.Style.Mono || LooksLikeUrl(text.AsSpan(start, end - start)))
            for (var i = start + 1; i < end - 1; i++)
                if (CodeBreakAfter.Contains(text[i - 1]) && !CodeBreakAfter.Contains(text[i])) result.Add((i, false, CodeBreakPenalty));
        if (widerThanMeasure)
            for (var i = start + 1; i < end; i++)
                if (!char.IsLowSurrogate(text[i]) && CharUnicodeInfo.GetUnicodeCategory(text[i]) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark))
                    result.Add((i, false, LastResortBreakPenalty));
        if (result.Count > 1)
        {
            // The cheapest break wins where several fall at one place.
            result.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Cost.CompareTo(b.Cost));
            var kept = 1;
            for (var i = 1; i < result.Count; i++)
                if (result[i].At != result[kept - 1].At) result[kept++] = result[i];
            result.RemoveRange(kept, result.Count - kept);
        }
        return result;
    }

    private static bool IsLetter(char c) => char.IsLetter(c);

    private static bool LooksLikeUrl(ReadOnlySpan<char> token) =>
        token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>A UAX #14 break opportunity between text[i - 1] and text[i] in text set without spaces (CJK).</summary>
    private static bool IsCjkBoundary(string text, int i)
    {
        // Nothing below U+2E80 is CJK: Latin text takes the fast path and breaks as before.
        if (text[i] < '\u2E80' && text[i - 1] < '\u2E80' || char.IsLowSurrogate(text[i])) return false;
        var before = i >= 2 && char.IsSurrogatePair(text[i - 2], text[i - 1]) ? char.ConvertToUtf32(text[i - 2], text[i - 1]) : text[i - 1];
        var after = i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]) ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
        return Unicode.CjkBreaks.CanBreakBetween(before, after);
    }

    private double HyphenWidth(TextRun run)
    {
        if (!_hyphenWidths.TryGetValue(run, out var width))
            _hyphenWidths[run] = width = Shaper.Shape(run.Font, "-", run.Features).Width * run.Scale;
        return width;
    }

    private void ForcedBreak(int at)
    {
        _items.Add(Item.Glue(0, Item.Fill, 0, at, at, -1));
        _items.Add(Item.Penalty(0, -Item.Infinite, false, at, -1));
    }

    private void Finish(int end)
    {
        // TeX ends a paragraph with \penalty10000 \hskip\parfillskip \penalty-10000.
        _items.Add(Item.Penalty(0, Item.Infinite, false, end, -1));
        _items.Add(Item.Glue(0, Item.Fill, 0, end, end, -1));
        _items.Add(Item.Penalty(0, -Item.Infinite, false, end, -1));
    }
}
