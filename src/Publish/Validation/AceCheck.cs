using System.Text.Json;
using Publish.Model;

namespace Publish.Validation;

/// <summary>
/// DAISY Ace, the EPUB accessibility checker (<c>@daisy/ace</c> from npm), run headless through
/// <c>ace-puppeteer</c> with the system's Chromium. Optional: <c>publish check</c> runs it on an
/// EPUB when it is installed and says nothing when it is not. Its JSON report's failed assertions
/// become diagnostics: critical and serious ones errors (PUB0870), the rest warnings (PUB0871).
/// </summary>
internal static class AceCheck
{
    // Where .ci/run installs it, and npm's global and local bin folders, after ACE_PUPPETEER and PATH.
    private static readonly string[] Locations = ["/opt/ace/node_modules/.bin/ace-puppeteer", "/usr/local/bin/ace-puppeteer"];

    /// <summary>ace-puppeteer: <c>ACE_PUPPETEER</c> when set, else on PATH, else where CI installs it.</summary>
    public static string? Program()
    {
        var configured = Environment.GetEnvironmentVariable("ACE_PUPPETEER");
        if (!string.IsNullOrEmpty(configured)) return File.Exists(configured) ? configured : null;
        return ExternalTool.Find("ace-puppeteer") ?? Locations.FirstOrDefault(File.Exists);
    }

    /// <summary>The browser Ace drives: PUPPETEER_EXECUTABLE_PATH when set, else Debian's chromium.</summary>
    public static string? Browser()
    {
        var configured = Environment.GetEnvironmentVariable("PUPPETEER_EXECUTABLE_PATH");
        if (!string.IsNullOrEmpty(configured) && File.Exists(configured)) return configured;
        return ExternalTool.Find("chromium") ?? ExternalTool.Find("chromium-browser");
    }

    public static bool IsAvailable => Program() is not null && Browser() is not null;

    /// <summary>Ace's findings for the EPUB; empty when Ace or a browser is not installed.</summary>
    public static IReadOnlyList<Diagnostic> Run(string epub)
    {
        if (Program() is not { } ace || Browser() is not { } browser) return [];
        var report = Directory.CreateTempSubdirectory("publish-ace-");
        try
        {
            var run = ExternalTool.Run(ace, ["--silent", "--force", "--outdir", report.FullName, epub], OutputValidator.Timeout,
                new Dictionary<string, string> { ["PUPPETEER_EXECUTABLE_PATH"] = browser });
            var json = Path.Combine(report.FullName, "report.json");
            if (!File.Exists(json))
                return [Diagnostic.Create(DiagnosticCatalog.AceViolation, $"Ace did not finish (exit code {run.ExitCode}): {FirstLine(run.Error + run.Output)}", new SourceSpan(epub, 0, 0))];
            return Parse(File.ReadAllText(json), epub);
        }
        finally
        {
            report.Delete(recursive: true);
        }
    }

    /// <summary>Ace's report.json → one diagnostic per failed assertion.</summary>
    public static IReadOnlyList<Diagnostic> Parse(string reportJson, string epub)
    {
        using var doc = JsonDocument.Parse(reportJson);
        var findings = new List<Diagnostic>();
        if (!doc.RootElement.TryGetProperty("assertions", out var documents)) return findings;
        foreach (var file in documents.EnumerateArray())
        {
            var url = file.TryGetProperty("earl:testSubject", out var subject) && subject.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
            if (!file.TryGetProperty("assertions", out var assertions)) continue;
            foreach (var a in assertions.EnumerateArray())
            {
                if (Text(a, "earl:result", "earl:outcome") != "fail") continue;
                var impact = Text(a, "earl:test", "earl:impact");
                var rule = Text(a, "earl:test", "dct:title");
                var message = $"Ace {rule} ({impact}): {Text(a, "earl:result", "dct:description")}";
                var span = new SourceSpan(url.Length > 0 ? $"{epub}/{url}" : epub, 0, 0);
                findings.Add(Diagnostic.Create(impact is "critical" or "serious" ? DiagnosticCatalog.AceViolation : DiagnosticCatalog.AceWarning, message, span));
            }
        }
        return findings;
    }

    private static string Text(JsonElement e, string outer, string inner) =>
        e.TryGetProperty(outer, out var o) && o.ValueKind == JsonValueKind.Object && o.TryGetProperty(inner, out var i) && i.ValueKind == JsonValueKind.String
            ? i.GetString() ?? "" : "";

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no output";
}
