using Publish.Layout.Inline;
using Publish.Layout.Paged;
using Publish.Model;

namespace Publish.Layout.Tests.Inline;

/// <summary>Builds test paragraphs and reads set lines back as text.</summary>
internal static class Paragraphs
{
    public static readonly ParagraphLayouter Layouter = new();

    public static ParagraphSettings Book(double width = 300, bool hyphenate = true) => new()
    {
        Width = width, Families = ["DejaVu Serif"], Size = 10.5, Leading = 14, Hyphenate = hyphenate,
    };

    public static IReadOnlyList<LaidLine> Set(string text, ParagraphSettings settings) =>
        Layouter.Layout([new Text(text)], settings, SourceSpan.None);

    /// <summary>The text of a line as drawn (hyphens included).</summary>
    public static string TextOf(LaidLine line) => string.Concat(line.Items.OfType<GlyphRun>().Select(g => g.Text));

    public static string LastWord(LaidLine line) => TextOf(line).Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];

    /// <summary>The corpus folder: walk up from the test's folder to the one holding shared/.</summary>
    public static string Corpus(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", relative);
            if (File.Exists(candidate)) return candidate;
        }
        return Path.Combine("/work/shared/corpus", relative);
    }

    /// <summary>The novel's prose paragraphs (headings skipped, emphasis markers dropped).</summary>
    public static List<string> NovelParagraphs() =>
        File.ReadAllText(Corpus("books/pride-and-prejudice.md"))
            .Split("\n\n")
            .Select(p => p.Replace('\n', ' ').Replace("*", "").Replace("_", "").Trim())
            .Where(p => p.Length > 0 && !p.StartsWith('#'))
            .ToList();
}
