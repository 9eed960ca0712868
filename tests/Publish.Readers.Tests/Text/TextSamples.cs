using Publish.Model;
using Publish.Readers.Text;

namespace Publish.Readers.Tests.Text;

/// <summary>Small helpers that let the reader's tests read as specifications.</summary>
internal static class TextSamples
{
    /// <summary>Reads text and returns the title and an outline: "P: text" or "H2 id: text" per block.</summary>
    public static (string? Title, List<string> Outline, DiagnosticBag Diagnostics) Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        var document = PlainTextArticleReader.Read(text, "sample.txt", diagnostics);
        var outline = document.Blocks.Select(b => b switch
        {
            Heading h => $"H{h.Level} {h.Id}: {PlainText.Of(h.Content)}",
            Paragraph p => $"P: {PlainText.Of(p.Content)}",
            _ => b.GetType().Name,
        }).ToList();
        return (document.Metadata.Title, outline, diagnostics);
    }

    /// <summary>Greedy wrap at <paramref name="width"/>, the way programs wrap text.</summary>
    public static List<string> Wrap(string paragraph, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in paragraph.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width) { lines.Add(line); line = word; }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }

    /// <summary>The seed's layout: every wrapped line followed by a blank line, paragraphs too.</summary>
    public static string Spaced(string title, int width, params string[] paragraphs) =>
        string.Join("\n\n", [title, .. paragraphs.SelectMany(p => Wrap(p, width))]) + "\n";

    /// <summary>Project Gutenberg's layout: wrapped paragraphs separated by one blank line.</summary>
    public static string Blocks(string title, int width, params string[] paragraphs) =>
        string.Join("\n\n", [title, .. paragraphs.Select(p => string.Join("\n", Wrap(p, width)))]) + "\n";

    public const string First = "The council voted on Monday to close the old bridge to traffic for a year while engineers repair it.";
    public const string Second = "Repairs will cost about four million pounds. The work starts in March and should end before the summer of next year, the council said.";
    public const string Third = "Local shops fear they will lose trade. One owner said the closure could force him out of business within months.";
}
