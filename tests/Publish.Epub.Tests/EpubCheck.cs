using System.Diagnostics;

namespace Publish.Epub.Tests;

/// <summary>Runs the installed epubcheck jar; tests skip with a reason when java or the jar is missing.</summary>
internal static class EpubCheck
{
    private static readonly string? Jar = new[] { "/usr/share/java/epubcheck.jar", Environment.GetEnvironmentVariable("EPUBCHECK_JAR") ?? "" }
        .FirstOrDefault(p => p.Length > 0 && File.Exists(p));

    private static readonly Lazy<bool> HasJava = new(() =>
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("java", "-version") { RedirectStandardError = true, RedirectStandardOutput = true });
            p!.WaitForExit();
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception) { return false; }
    });

    public static void SkipUnlessAvailable() =>
        Assert.SkipUnless(Jar is not null && HasJava.Value, "epubcheck needs java and /usr/share/java/epubcheck.jar (apt-get install epubcheck)");

    /// <summary>epubcheck's messages (fatal, error, warning lines); empty means the book passed clean.</summary>
    public static IReadOnlyList<string> Run(string epubPath)
    {
        SkipUnlessAvailable();
        var info = new ProcessStartInfo("java", ["-jar", Jar!, epubPath]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        var lines = (stdout.Result + "\n" + stderr).Split('\n');
        var problems = lines.Where(l => l.StartsWith("FATAL", StringComparison.Ordinal) || l.StartsWith("ERROR", StringComparison.Ordinal)
            || l.StartsWith("WARNING", StringComparison.Ordinal)).ToList();
        if (p.ExitCode != 0 && problems.Count == 0) problems.Add($"epubcheck exited with {p.ExitCode}: {stderr}");
        return problems;
    }
}
