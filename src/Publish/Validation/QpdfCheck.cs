using Publish.Model;

namespace Publish.Validation;

/// <summary>
/// <c>qpdf --check</c>: exit 0 is a clean file, 3 means warnings, 2 errors; the findings are the
/// lines it prints on stderr (and the "WARNING:" lines on stdout).
/// </summary>
internal static class QpdfCheck
{
    public static IReadOnlyList<Diagnostic> Run(string path)
    {
        var qpdf = ExternalTool.Find("qpdf");
        if (qpdf is null)
            return [OutputValidator.Missing(path, "qpdf", "install it (Debian/Ubuntu: apt-get install qpdf)")];
        var run = ExternalTool.Run(qpdf, ["--check", path], OutputValidator.Timeout);
        return Interpret(run, path);
    }

    public static IReadOnlyList<Diagnostic> Interpret(ToolRun run, string path)
    {
        var span = new SourceSpan(path, 0, 0);
        if (run.ExitCode == 0) return [];
        var lines = (run.Error + "\n" + run.Output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith("WARNING", StringComparison.Ordinal) || l.StartsWith("qpdf", StringComparison.Ordinal)
                || l.Contains("error", StringComparison.OrdinalIgnoreCase))
            .Distinct().ToList();
        if (lines.Count == 0) lines.Add($"qpdf --check exited with code {run.ExitCode}");
        return run.ExitCode == 3
            ? lines.Select(l => Diagnostic.Create(DiagnosticCatalog.QpdfWarning, $"qpdf: {l}", span)).ToList()
            : lines.Select(l => Diagnostic.Create(DiagnosticCatalog.QpdfError, $"qpdf: {l}", span)).ToList();
    }
}
