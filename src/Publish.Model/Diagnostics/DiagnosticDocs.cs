using System.Text;

namespace Publish.Model;

/// <summary>
/// <c>docs/diagnostics.md</c> as the catalogue makes it; a test keeps the checked-in file equal to
/// it (and rewrites it when <c>PUBLISH_UPDATE_DOCS=1</c>), so the docs cannot drift from the code.
/// </summary>
internal static class DiagnosticDocs
{
    public static string Markdown()
    {
        var text = new StringBuilder();
        text.Append("# Diagnostics\n\n")
            .Append("Generated from `src/Publish.Model/Diagnostics/DiagnosticCatalog.cs` (a test keeps this file equal to it:\n")
            .Append("after adding a code, run the Model tests with `PUBLISH_UPDATE_DOCS=1`). Every diagnostic is printed as\n")
            .Append("`path:line:col: error|warning CODE: message`; errors make the build exit with 1, warnings only\n")
            .Append("with `--strict`.\n\n")
            .Append("| code | severity | what |\n|---|---|---|\n");
        foreach (var code in DiagnosticCatalog.All)
            text.Append($"| [{code.Code}](#{code.Anchor}) | {SeverityName(code)} | {code.Title} |\n");
        foreach (var code in DiagnosticCatalog.All)
        {
            text.Append($"\n## {code.Code}\n\n**{SeverityName(code)}** — {code.Title}.\n\n{code.Explanation}\n");
            if (code.Hint is not null) text.Append($"\n*What to do:* {code.Hint}\n");
        }
        return text.ToString();
    }

    private static string SeverityName(DiagnosticCode code) => code.Severity == Severity.Error ? "error" : "warning";
}
