using System.Diagnostics;
using Publish.Layout;
using Publish.Model;
using Publish.Readers;
using Publish.Styling;

namespace Publish.Benchmarks;

/// <summary>
/// `layout-stage [runs] [file]`: the layout stage alone on the novel (or another corpus file),
/// with the theme `publish build` picks for it (the source's, else <c>book</c> from the styles
/// folder found from the working directory), in-process, without BenchmarkDotNet's minutes of warm-up — one cold layout, then warm runs
/// with their wall time, the process's CPU time and the bytes allocated per run. On a shared
/// machine the wall time says as much about the neighbours; CPU time and allocations say what
/// the layout itself costs (its chapters are set in parallel, so CPU time counts every thread).
/// </summary>
internal static class LayoutStageTiming
{
    public static void Run(int runs, string file)
    {
        var path = File.Exists(file) ? file : Corpus.Find(file);
        var document = DocumentReader.Read(path, SourceFormat.Auto, new DiagnosticBag());
        var theme = ThemeLoader.Load(document.Metadata.Theme, null, new DiagnosticBag()) ?? Theme.Default;
        var cold = Stopwatch.StartNew();
        var pages = Layout(document, theme);
        Console.WriteLine($"{Path.GetFileName(path)}: {pages} pages; cold layout {cold.Elapsed.TotalMilliseconds:F0} ms");

        var wall = new List<double>();
        var cpu = new List<double>();
        var bytes = new List<long>();
        var process = Process.GetCurrentProcess();
        using var ticks = Environment.GetEnvironmentVariable("ALLOC_TICKS") is null ? null : new AllocTicks();
        for (var i = 0; i < runs; i++)
        {
            // A collection between runs, so that no run pays for the garbage of the one before.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var bytes0 = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            Layout(document, theme);
            wall.Add(watch.Elapsed.TotalMilliseconds);
            bytes.Add(GC.GetTotalAllocatedBytes(precise: true) - bytes0);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpu0).TotalMilliseconds);
        }
        ticks?.Print();
        Console.WriteLine($"warm layout, {runs} runs: wall median {Median(wall):F0} ms (best {wall.Min():F0}), " +
            $"CPU median {Median(cpu):F0} ms (best {cpu.Min():F0}), allocated {Median(bytes) / 1e6:F0} MB per run");
    }

    private static int Layout(Document document, Theme theme) =>
        DocumentLayouter.Layout(document, theme, new LayoutOptions(), new DiagnosticBag()).Pages.Count;

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
    private static double Median(List<long> values) => values.Order().ElementAt(values.Count / 2);
}
