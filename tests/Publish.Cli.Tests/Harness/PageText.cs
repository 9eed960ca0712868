using Publish.Layout.Paged;

namespace Publish.Cli.Tests;

/// <summary>The words a laid-out page shows, split into its running head, its text block and its foot.</summary>
internal sealed record PageText(string Head, string Body)
{
    /// <summary>Lines are runs grouped by baseline, left to right; the head is above the top margin, the foot below the bottom one.</summary>
    public static PageText Of(Page page, double marginTop, double marginBottom)
    {
        var lines = page.Items.OfType<GlyphRun>()
            .GroupBy(r => Math.Round(r.Baseline, 1))
            .OrderBy(g => g.Key)
            .Select(g => (Baseline: g.Key, Text: string.Join(" ", g.OrderBy(r => r.X).Select(r => r.Text.Trim()))))
            .ToList();
        var head = lines.Where(l => l.Baseline < page.Trim.Y + marginTop).Select(l => l.Text);
        var body = lines.Where(l => l.Baseline >= page.Trim.Y + marginTop && l.Baseline <= page.Trim.Y + page.Trim.Height - marginBottom).Select(l => l.Text);
        return new PageText(string.Join(" ", head), string.Join("\n", body));
    }

    /// <summary>Text compared without spaces, line-end hyphens or soft hyphens: what survives any line breaking.</summary>
    public static string Squeezed(string text) =>
        StraightQuotes(new(text.Where(c => !char.IsWhiteSpace(c) && c is not '-' and not '\u00AD' and not '\u2010').ToArray()));

    /// <summary>Curly quotes as typed: the truth files have straight ones, the typeset text curly ones.</summary>
    public static string StraightQuotes(string text) =>
        new(text.Select(c => c switch { '\u2018' or '\u2019' => '\'', '\u201C' or '\u201D' => '"', _ => c }).ToArray());
}
