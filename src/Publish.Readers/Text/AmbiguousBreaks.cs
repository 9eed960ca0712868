namespace Publish.Readers.Text;

/// <summary>
/// Decides the breaks that line length cannot: a line that ends a sentence, followed by a line
/// that opens one, where the next word would not have fitted anyway. Most such places are plain
/// wraps (a paragraph holds several sentences), so the default is to join; a break needs evidence
/// from the shape of the text.
/// </summary>
/// <remarks>
/// Paragraph length was tried as evidence too (split paragraphs much longer than the text's
/// median) and rejected: news paragraphs run from one sentence to a dozen within one article,
/// so it broke as many good paragraphs as it mended.
/// </remarks>
internal static class AmbiguousBreaks
{
    // A news lede is one sentence standing as its own paragraph; shorter openings are datelines
    // or bylines rather than a lede.
    private const int MinLedeWords = 8;

    // A line of names ("Almunia, Lauren, Toure, Campbell, Cole") after prose starts a new block:
    // team sheets, casts and credits are never run into the prose before them.
    private const int MinListCommas = 3;
    private const double MinListCapitals = 0.7;

    public static bool IsBreak(IReadOnlyList<SourceLine> current, SourceLine next, IReadOnlyList<TextBlock> done)
    {
        var isOpening = !done.Any(b => b.Role == BlockRole.Paragraph);
        if (isOpening && IsOneSentence(current)) return true;
        return IsListOfNames(next.Text) && !IsListOfNames(current[^1].Text);
    }

    private static bool IsOneSentence(IReadOnlyList<SourceLine> lines)
    {
        var text = string.Join(' ', lines.Select(l => l.Text));
        return Sentences.Count(text) == 1 && text.Split(' ').Length >= MinLedeWords;
    }

    private static bool IsListOfNames(string line)
    {
        var words = line.Split(' ');
        var capitals = words.Count(w => w.Length > 0 && char.IsUpper(w[0]));
        return line.Count(c => c is ',' or ';') >= MinListCommas && capitals >= MinListCapitals * words.Length;
    }
}
