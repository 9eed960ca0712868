namespace Publish.Readers.Text;

/// <summary>
/// Decides the breaks that line length cannot: a line that ends a sentence, followed by a line
/// that opens one, where the next word would not have fitted anyway. Most such places are plain
/// wraps (a paragraph holds several sentences), so the default is to join; a break needs evidence
/// from the shape of the text.
/// </summary>
internal sealed class AmbiguousBreaks(WrapLayout layout, IReadOnlyList<SourceLine> body)
{
    // A news lede is one sentence standing as its own paragraph; shorter openings are datelines
    // or bylines rather than a lede.
    private const int MinLedeWords = 8;

    public bool IsBreak(IReadOnlyList<SourceLine> current, SourceLine next, IReadOnlyList<TextBlock> done)
    {
        _ = layout; _ = body; _ = next;
        var text = string.Join(' ', current.Select(l => l.Text));
        var isOpening = !done.Any(b => b.Role == BlockRole.Paragraph);
        if (isOpening && Sentences.Count(text) == 1 && text.Split(' ').Length >= MinLedeWords) return true;
        return false;
    }
}
