using System.Text.RegularExpressions;
using Publish.Model;

namespace Publish.Validation;

/// <summary>
/// epubcheck, run as <c>java -jar epubcheck.jar</c> (the jar Debian's epubcheck package installs).
/// Its report lines look like
/// <c>ERROR(RSC-005): book.epub/EPUB/ch1.xhtml(12,5): Error while parsing file: ...</c>.
/// </summary>
internal static partial class EpubCheck
{
    private static readonly string[] JarLocations = ["/usr/share/java/epubcheck.jar", "/usr/share/epubcheck/epubcheck.jar", "/usr/local/share/java/epubcheck.jar"];

    /// <summary>The epubcheck jar: <c>EPUBCHECK_JAR</c> when set, else where packages install it.</summary>
    public static string? Jar()
    {
        var configured = Environment.GetEnvironmentVariable("EPUBCHECK_JAR");
        if (!string.IsNullOrEmpty(configured)) return File.Exists(configured) ? configured : null;
        return JarLocations.FirstOrDefault(File.Exists);
    }

    public static IReadOnlyList<Diagnostic> Run(string path) => Run(path, Jar());

    /// <summary>Runs the given jar (null or missing: reports that epubcheck is not installed).</summary>
    public static IReadOnlyList<Diagnostic> Run(string path, string? jar)
    {
        if (jar is not null && !File.Exists(jar)) jar = null;
        var java = ExternalTool.Find("java");
        if (jar is null || java is null)
            return [OutputValidator.Missing(path, "epubcheck", "install it (Debian/Ubuntu: apt-get install epubcheck) or set EPUBCHECK_JAR to its jar")];
        var run = ExternalTool.Run(java, ["-jar", jar, "--quiet", path], OutputValidator.Timeout);
        var findings = Parse(run.Output + "\n" + run.Error, path).ToList();
        if (run.ExitCode != 0 && !findings.Any(d => d.Severity == Severity.Error))
            findings.Add(Diagnostic.Create(DiagnosticCatalog.EpubCheckError, $"epubcheck failed (exit code {run.ExitCode}): {FirstLine(run.Error + run.Output)}", new SourceSpan(path, 0, 0)));
        return findings;
    }

    /// <summary>epubcheck's report → diagnostics (PUB0802 errors, PUB0803 warnings), keeping its own code in the message.</summary>
    public static IEnumerable<Diagnostic> Parse(string report, string epubPath)
    {
        foreach (var line in report.Split('\n'))
        {
            var m = Finding().Match(line.TrimEnd('\r'));
            if (!m.Success) continue;
            var level = m.Groups["level"].Value;
            if (level is "INFO" or "USAGE") continue;
            var file = m.Groups["file"].Value;
            int.TryParse(m.Groups["line"].Value, out var lineNo);
            int.TryParse(m.Groups["col"].Value, out var col);
            var span = new SourceSpan(file.Length > 0 ? file : epubPath, Math.Max(0, lineNo), Math.Max(0, col));
            var message = $"epubcheck {m.Groups["id"].Value}: {m.Groups["message"].Value.Trim()}";
            yield return level is "ERROR" or "FATAL"
                ? Diagnostic.Create(DiagnosticCatalog.EpubCheckError, message, span)
                : Diagnostic.Create(DiagnosticCatalog.EpubCheckWarning, message, span);
        }
    }

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no output";

    [GeneratedRegex(@"^(?<level>FATAL|ERROR|WARNING|USAGE|INFO)\((?<id>[A-Z]+-\d+[a-z]?)\): (?:(?<file>.+?)(?:\((?<line>-?\d+),(?<col>-?\d+)\))?: )?(?<message>.*)$")]
    private static partial Regex Finding();
}
