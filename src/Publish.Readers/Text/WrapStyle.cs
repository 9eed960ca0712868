namespace Publish.Readers.Text;

/// <summary>How the source laid its paragraphs out in lines.</summary>
internal enum WrapStyle
{
    /// <summary>Hard-wrapped with a blank line after every line, so a break looks like a wrap (web copies).</summary>
    Spaced,
    /// <summary>Hard-wrapped paragraphs separated by blank lines (Project Gutenberg).</summary>
    Blocks,
    /// <summary>One paragraph per line.</summary>
    OneLine,
}

/// <summary>The wrapping style and width of a text, inferred from its lines.</summary>
internal sealed record WrapLayout(WrapStyle Style, int Width)
{
    // A text wrapped for reading stays within ~100 columns; longer lines are whole paragraphs.
    private const int MaxWrapWidth = 100;
    // Consecutive lines are the mark of block paragraphs; a Spaced text has almost none.
    private const double BlockShare = 0.3;
    // Wrapping cuts sentences: in wrapped text most lines stop mid-sentence, in one-paragraph-per-line
    // text nearly every line ends one, however short the paragraphs are.
    private const double WholeSentenceShare = 0.8;
    // A lone line this much longer than all others (a URL, a table row) does not set the width.
    private const int OutlierGap = 12;

    public static WrapLayout Infer(IReadOnlyList<SourceLine> body)
    {
        var width = InferWidth(body);
        if (body.Count < 2) return new WrapLayout(WrapStyle.OneLine, width);
        if ((width > MaxWrapWidth && IsRoomy(body, width)) || MostlyWholeSentences(body)) return new WrapLayout(WrapStyle.OneLine, width);
        var consecutive = body.Skip(1).Count(l => l.BlanksBefore == 0);
        if (consecutive >= BlockShare * (body.Count - 1)) return new WrapLayout(WrapStyle.Blocks, width);
        return new WrapLayout(WrapStyle.Spaced, width);
    }

    private static bool MostlyWholeSentences(IReadOnlyList<SourceLine> body) =>
        body.Count(l => Sentences.EndsClause(l.Text)) >= WholeSentenceShare * body.Count;

    // Very long lines are still wrapped if most could not have taken the next word (a greedy
    // wrapper fills every line but a paragraph's last); otherwise each is a whole paragraph.
    private static bool IsRoomy(IReadOnlyList<SourceLine> body, int width)
    {
        var roomy = 0;
        for (var i = 0; i + 1 < body.Count; i++)
            if (Fits(body[i], body[i + 1], width)) roomy++;
        return roomy * 2 >= body.Count - 1;
    }

    /// <summary>Whether the first word of <paramref name="next"/> would have fitted at the end of <paramref name="line"/>.</summary>
    public bool NextWordFits(SourceLine line, SourceLine next) => Fits(line, next, Width);

    private static bool Fits(SourceLine line, SourceLine next, int width) =>
        line.Length + 1 + next.FirstWord.Length <= width;

    // The widest line is a lower bound of the wrap width: any word that fits within it would have
    // been put on the line by the wrapper, so "it would have fitted" is then certain. (Tightening it
    // towards the upper bound that unfinished lines give was tried: it found no extra breaks on
    // re-wrapped articles and cost a few false ones.)
    private static int InferWidth(IReadOnlyList<SourceLine> body)
    {
        var lengths = body.Select(l => l.Length).OrderDescending().ToList();
        var i = 0;
        while (i + 1 < lengths.Count && lengths[i] - lengths[i + 1] > OutlierGap && i < lengths.Count / 10) i++;
        return lengths.Count == 0 ? 0 : lengths[i];
    }
}
