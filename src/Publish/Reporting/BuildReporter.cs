using System.Globalization;
using Publish.Model;

namespace Publish.Reporting;

/// <summary>How the console should be used: where text goes, and whether a person is watching.</summary>
internal sealed record ConsoleSettings(TextWriter Output, TextWriter Error, bool IsTerminal, bool IsCi)
{
    /// <summary>Source quotes and progress are for a person at a terminal, not for logs or CI.</summary>
    public bool Interactive => IsTerminal && !IsCi;
}

/// <summary>What a build reports, and how much of it.</summary>
internal sealed record ReportSettings
{
    public DiagnosticFormat Diagnostics { get; init; } = DiagnosticFormat.Text;
    /// <summary>Only diagnostics: no progress, no summary.</summary>
    public bool Quiet { get; init; }
    /// <summary>Print per-stage times for each input.</summary>
    public bool Timings { get; init; }
}

/// <summary>
/// Everything a build says while it runs: progress per stage on a terminal (on stderr, so
/// stdout stays clean), each input's diagnostics together as it finishes, its stage times when
/// asked, and one summary line at the end. Builds run in parallel, so writes are serialised.
/// </summary>
internal sealed class BuildReporter
{
    private readonly ConsoleSettings _console;
    private readonly ReportSettings _settings;
    private readonly IDiagnosticFormatter _formatter;
    private readonly Lock _gate = new();

    public BuildReporter(ConsoleSettings console, ReportSettings settings)
    {
        _console = console;
        _settings = settings;
        _formatter = DiagnosticFormatters.For(settings.Diagnostics, console.Interactive);
    }

    /// <summary>Progress lines appear only for a person at a terminal, in text mode, not quiet.</summary>
    public bool ShowsProgress => _console.Interactive && !_settings.Quiet && _settings.Diagnostics == DiagnosticFormat.Text;

    public void Progress(BuildProgress p)
    {
        if (!ShowsProgress) return;
        var what = p.Unit.Length > 0 ? $": {p.Count.ToString("N0", CultureInfo.InvariantCulture)} {p.Unit}" : "";
        Write(_console.Error, $"{p.Stage,10} {Publisher.OutputName(p.Input)}{what} ({Seconds(p.Elapsed)})\n");
    }

    public void Finished(BuildResult result)
    {
        var text = string.Concat(result.Diagnostics.Select(_formatter.Format));
        if (_settings.Timings && result.Timings.Count > 0)
        {
            var total = result.Timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Elapsed);
            var lines = result.Timings.Select(t => $"  {t.Stage,-10} {t.Elapsed.TotalMilliseconds,9:0.0} ms\n");
            Write(_console.Output, $"timings for {result.Input}:\n{string.Concat(lines)}  {"total",-10} {total.TotalMilliseconds,9:0.0} ms\n{Reused(result.Reuse)}");
        }
        if (text.Length > 0) Write(_console.Error, text);
    }

    // Watch mode: what the rebuild took from the previous build instead of redoing it.
    private static string Reused(Caching.BuildCacheStatistics? r) => r is null ? "" :
        $"  reused     {r.ChaptersReused} of {r.ChaptersReused + r.ChaptersLaidOut} chapter layouts, {r.XhtmlReused} of {r.XhtmlReused + r.XhtmlRendered} chapter pages"
        + $", {r.ChapterFilesReused} of {r.ChapterFilesReused + r.ChapterFilesRead} chapter files, {r.ImagesReused} images\n";

    /// <summary>One line: how many inputs built, outputs, pages, size, time, and the count of problems.</summary>
    public void Summary(IReadOnlyList<BuildResult> results, TimeSpan elapsed)
    {
        if (_settings.Quiet) return;
        var outputs = results.SelectMany(r => r.Outputs).ToList();
        var bytes = outputs.Sum(o => File.Exists(o) ? new FileInfo(o).Length : 0);
        var pages = results.Sum(r => r.PageCount);
        var errors = results.Sum(r => r.Diagnostics.Count(d => d.Severity == Severity.Error));
        var warnings = results.Sum(r => r.Diagnostics.Count(d => d.Severity == Severity.Warning));
        var built = results.Count(r => r.Succeeded);
        var verb = built == results.Count ? "built" : "failed";
        var counts = verb == "built" ? $"{results.Count} {Plural(results.Count, "input")}" : $"{results.Count - built} of {results.Count} {Plural(results.Count, "input")}";
        var problems = errors + warnings > 0 ? $" ({errors} {Plural(errors, "error")}, {warnings} {Plural(warnings, "warning")})" : "";
        Write(_console.Output, $"{verb} {counts}: {outputs.Count} {Plural(outputs.Count, "output")}, {pages} {Plural(pages, "page")}, {Size(bytes)} in {Seconds(elapsed)}{problems}\n");
    }

    public void Rebuilt(bool succeeded, TimeSpan elapsed) =>
        Write(_console.Output, succeeded
            ? $"[{DateTime.Now:HH:mm:ss}] rebuilt in {Seconds(elapsed)}\n"
            : $"[{DateTime.Now:HH:mm:ss}] build failed after {Seconds(elapsed)}; the last good outputs are kept\n");

    /// <summary>A remark for the person running the build (watch state, empty shards); silent when quiet.</summary>
    public void Note(string text)
    {
        if (!_settings.Quiet) Write(_console.Output, text + "\n");
    }

    private void Write(TextWriter writer, string text)
    {
        lock (_gate)
        {
            writer.Write(text);
            writer.Flush();
        }
    }

    private static string Plural(int n, string word) => n == 1 ? word : word + "s";

    private static string Seconds(TimeSpan t) => t.TotalSeconds < 1
        ? $"{t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms"
        : $"{t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s";

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{(bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)} KB",
        _ => $"{(bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture)} MB",
    };
}
