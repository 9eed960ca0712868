using System.Text.RegularExpressions;

namespace Publish.Readers.Text;

/// <summary>What a Project Gutenberg licence header says about the book.</summary>
internal sealed record GutenbergHeader(string? Title, string? Author);

/// <summary>
/// The furniture of Project Gutenberg texts: the licence header and footer around the book,
/// <c>[Illustration]</c> blocks, and chapter headings.
/// </summary>
internal static partial class GutenbergText
{
    [GeneratedRegex(@"^\*{3}\s*START OF (THE|THIS) PROJECT GUTENBERG", RegexOptions.IgnoreCase)]
    private static partial Regex StartMarker();

    [GeneratedRegex(@"^\*{3}\s*END OF (THE|THIS) PROJECT GUTENBERG", RegexOptions.IgnoreCase)]
    private static partial Regex EndMarker();

    private const string Numbers = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
        + "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
        + "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|the";

    [GeneratedRegex(@"^(chapter|book|part|volume|letter|act|canto|stave)\s+([ivxlcdm]+|\d+|(" + Numbers + @")([\s-](" + Numbers + @"))*)\b\.?(\s*[.:\u2014-]\s*\S.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ChapterLine();

    /// <summary>
    /// Cuts the licence header and footer off, keeping the book between the <c>*** START OF</c> and
    /// <c>*** END OF</c> lines; texts without the markers come back whole.
    /// </summary>
    public static (List<SourceLine> Book, GutenbergHeader Header) StripLicence(List<SourceLine> lines)
    {
        var start = lines.FindIndex(l => StartMarker().IsMatch(l.Text));
        var end = lines.FindIndex(l => EndMarker().IsMatch(l.Text));
        if (start < 0 && end < 0) return (lines, new GutenbergHeader(null, null));
        var header = lines.Take(Math.Max(start, 0)).ToList();
        var from = start + 1;
        var to = end > start ? end : lines.Count;
        return (lines[from..to], new GutenbergHeader(Field(header, "Title:"), Field(header, "Author:")));
    }

    private static string? Field(List<SourceLine> header, string name) =>
        header.FirstOrDefault(l => l.Text.StartsWith(name, StringComparison.OrdinalIgnoreCase))?.Text[name.Length..].Trim() is { Length: > 0 } value
            ? value : null;

    /// <summary>A line that opens a chapter: "CHAPTER I.", "Chapter 12", "Book the First", "PART TWO: Home".</summary>
    public static bool IsChapterHeading(string text) => text.Length <= 80 && ChapterLine().IsMatch(text.TrimEnd(']'));

    /// <summary>The heading as it should read: "CHAPTER II." → "Chapter II".</summary>
    public static string ChapterTitle(string text)
    {
        var trimmed = text.TrimEnd(']', ' ').TrimEnd('.');
        var space = trimmed.IndexOf(' ');
        var keyword = trimmed[..space];
        return SectionHeadings.IsAllCaps(keyword) ? keyword[0] + keyword[1..].ToLowerInvariant() + trimmed[space..] : trimmed;
    }

    /// <summary>
    /// Drops <c>[Illustration: …]</c> blocks (their pictures are not in a text file), keeping a
    /// chapter heading printed inside one as a line of its own.
    /// </summary>
    public static List<SourceLine> DropIllustrations(List<SourceLine> lines)
    {
        var kept = new List<SourceLine>(lines.Count);
        var depth = 0;
        foreach (var line in lines)
        {
            if (depth == 0 && !line.Text.StartsWith("[Illustration", StringComparison.OrdinalIgnoreCase))
            {
                kept.Add(line);
                continue;
            }
            if (IsChapterHeading(line.Text)) kept.Add(line with { Text = line.Text.TrimEnd(']'), BlanksBefore = 2 });
            depth += line.Text.Count(c => c == '[') - line.Text.Count(c => c == ']');
            if (depth < 0) depth = 0;
        }
        return kept;
    }

    /// <summary>A novel: at least two chapter headings, each standing apart from the prose.</summary>
    public static bool IsNovel(IReadOnlyList<SourceLine> lines) =>
        lines.Where((l, i) => StandsApart(l, i) && IsChapterHeading(l.Text)).Count() >= 2;

    /// <summary>A line after a blank line, or the first line of the text.</summary>
    public static bool StandsApart(SourceLine line, int index) => index == 0 || line.BlanksBefore > 0;
}
