using System.Diagnostics;
using Publish.Layout.Inline;
using Publish.Model;

namespace Publish.Layout.Tests.Inline;

/// <summary>The whole novel, set at the book theme's measure: the invariants every paragraph must keep.</summary>
public class NovelTests(ITestOutputHelper output)
{
    // The book theme: 6 × 9 in page, inner 54 pt and outer 45 pt margins → a 333 pt measure.
    private const double Measure = 333;

    [Fact]
    public void Every_paragraph_of_the_novel_sets_flush_without_overfull_lines_or_hyphen_ladders()
    {
        var paragraphs = Paragraphs.NovelParagraphs();
        var diagnostics = new DiagnosticBag();
        var layouter = new ParagraphLayouter(Publish.Layout.Fonts.FontCatalog.System, diagnostics);
        var settings = Paragraphs.Book(Measure) with { FirstLineIndent = 15.75 };

        var coldCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var set = paragraphs.Select(p => layouter.Layout([new Text(p)], settings, SourceSpan.None)).ToList();
        clock.Stop();
        var cold = clock.ElapsedMilliseconds;
        var coldCpuMs = (Process.GetCurrentProcess().TotalProcessorTime - coldCpu).TotalMilliseconds;
        // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        foreach (var p in paragraphs) layouter.Layout([new Text(p)], settings, SourceSpan.None);
        var warm = clock.ElapsedMilliseconds;
        var warmCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;

        int lines = 0, nonFinal = 0, flush = 0, hyphenated = 0;
        foreach (var paragraph in set)
        {
            var run = 0;
            for (var k = 0; k < paragraph.Count; k++)
            {
                var line = paragraph[k];
                lines++;
                Assert.False(line.Overfull, Paragraphs.TextOf(line));
                Assert.True(line.Width <= Measure + 0.01, $"{line.Width}: {Paragraphs.TextOf(line)}");
                run = line.EndsWithHyphen ? run + 1 : 0;
                Assert.True(run <= LineBreaker.MaxConsecutiveHyphens, Paragraphs.TextOf(line));
                if (line.EndsWithHyphen) hyphenated++;
                if (k == paragraph.Count - 1) continue;
                nonFinal++;
                if (Math.Abs(line.Width - Measure) <= 0.01) flush++;
            }
        }
        output.WriteLine($"{paragraphs.Count} paragraphs, {lines} lines, {hyphenated} hyphenated, {flush}/{nonFinal} non-final lines flush; shaped and broken in {cold} ms ({coldCpuMs:0} ms CPU) the first time (fonts, patterns, JIT, every distinct word shaped), {warm} ms again with warm caches ({warmCpu:0} ms CPU)");
        Assert.Empty(diagnostics.Items);
        Assert.True(hyphenated > 0, "hyphenation is in use");
        Assert.Equal(nonFinal, flush);
    }
}
