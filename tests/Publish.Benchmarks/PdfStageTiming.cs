using System.Diagnostics;
using Publish.Layout;
using Publish.Layout.Paged;
using Publish.Model;
using Publish.Pdf;
using Publish.Readers;
using Publish.Styling;

namespace Publish.Benchmarks;

/// <summary>
/// `pdf-stage [runs]`: the PDF stage alone on the novel, in-process, without BenchmarkDotNet's
/// minutes of warm-up — cold first write, warm writes, and watch-mode writes through one
/// <see cref="PdfWriteCache"/> after a one-word edit (the edit is made in the paged document:
/// one glyph of one run on one page changes).
/// </summary>
internal static class PdfStageTiming
{
    public static void Run(int runs)
    {
        var novel = Corpus.Find("books/pride-and-prejudice.md");
        var document = DocumentReader.Read(novel, SourceFormat.Auto, new DiagnosticBag());
        var paged = DocumentLayouter.Layout(document, Theme.Default, new LayoutOptions(), new DiagnosticBag());
        var glyphs = paged.Pages.SelectMany(p => p.Items).OfType<GlyphRun>().Sum(r => r.Glyphs.Length);
        Console.WriteLine($"novel: {paged.Pages.Count} pages, {glyphs:N0} glyphs");

        Console.WriteLine($"first write (cold): {Time(() => Write(paged, null)):F1} ms, {Write(paged, null):N0} bytes");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var warm = Enumerable.Range(0, runs).Select(_ => Time(() => Write(paged, null))).Order().ToList();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        // CPU time per write too: on a shared machine the wall time says as much about the neighbours.
        Console.WriteLine($"warm writes: median {warm[warm.Count / 2]:F1} ms, best {warm[0]:F1} ms; CPU {cpu.TotalMilliseconds / runs:F1} ms per write");

        var cache = new PdfWriteCache();
        Write(paged, cache);
        var edited = OneGlyphChanged(paged);
        var rebuilds = new List<double>();
        for (var i = 0; i < runs; i++) rebuilds.Add(Time(() => Write(i % 2 == 0 ? edited : paged, cache)));
        rebuilds.Sort();
        Console.WriteLine($"watch rebuilds after an edit: median {rebuilds[rebuilds.Count / 2]:F1} ms, best {rebuilds[0]:F1} ms; last: {cache.LastWrite}");

        Phases(paged, runs);

        var path = Path.Combine(Path.GetTempPath(), "pdf-stage-novel.pdf");
        using (var file = File.Create(path)) PdfWriter.Write(paged, file, new PdfWriteOptions());
        Console.WriteLine($"written to {path} for the checkers");
    }

    /// <summary>Each phase of the writer alone, on one thread: where the time goes.</summary>
    private static void Phases(PagedDocument paged, int runs)
    {
        var resources = Pdf.Content.DocumentResources.Collect(paged, null);
        var collect = Best(runs, () => Pdf.Content.DocumentResources.Collect(paged, null));
        var fingerprints = Best(runs, () => { foreach (var p in paged.Pages) Pdf.Content.PageFingerprint.Of(p, resources); });
        using var builder = new Pdf.Content.PageContentBuilder(resources);
        var raw = new List<byte[]>();
        var content = Best(runs, () => { raw.Clear(); foreach (var p in paged.Pages) { builder.Build(p); raw.Add(builder.Out.Written.ToArray()); } });
        var compress = Best(runs, () => { foreach (var r in raw) Pdf.Syntax.Deflate.Compress(r); });
        var fonts = Best(runs, () => { foreach (var f in resources.Fonts) Pdf.Fonts.FontProgram.Build(f); });
        Console.WriteLine($"phases, one thread, best of {runs}: collect {collect:F1} ms, fingerprints {fingerprints:F1} ms, " +
            $"content {content:F1} ms ({raw.Sum(r => r.Length):N0} bytes), compress {compress:F1} ms, fonts {fonts:F1} ms");
    }

    private static double Best(int runs, Action action) => Enumerable.Range(0, runs).Min(_ => Time(action));

    private static long Write(PagedDocument paged, PdfWriteCache? cache)
    {
        using var stream = new MemoryStream();
        PdfWriter.Write(paged, stream, new PdfWriteOptions { Cache = cache });
        return stream.Length;
    }

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>The novel with one glyph of a run in the middle swapped for its neighbour: what a one-word edit looks like to the PDF stage.</summary>
    private static PagedDocument OneGlyphChanged(PagedDocument paged)
    {
        var index = paged.Pages.Count / 2;
        var page = paged.Pages[index];
        var items = page.Items.ToList();
        var at = items.FindIndex(i => i is GlyphRun { Glyphs.Length: > 2 });
        var run = (GlyphRun)items[at];
        var changed = (ushort[])run.Glyphs.Clone();
        (changed[0], changed[1]) = (changed[1], changed[0]);
        items[at] = run with { Glyphs = changed };
        var pages = paged.Pages.ToList();
        pages[index] = page with { Items = items };
        return paged with { Pages = pages };
    }
}
