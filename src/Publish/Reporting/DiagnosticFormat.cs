using Publish.Model;

namespace Publish.Reporting;

/// <summary><c>--diagnostics text|json|github</c>.</summary>
internal enum DiagnosticFormat { Text, Json, GitHub }

/// <summary>Turns one diagnostic into the text a reader (a person, a script, a CI service) expects.</summary>
internal interface IDiagnosticFormatter
{
    /// <summary>The diagnostic as one or more complete lines, ending in a newline.</summary>
    string Format(Diagnostic diagnostic);
}

internal static class DiagnosticFormatters
{
    /// <summary>
    /// Text for people: with the source line and a caret on a terminal, plain lines otherwise
    /// (pipes, files and CI logs, where colour codes and layout would get in the way).
    /// </summary>
    public static IDiagnosticFormatter For(DiagnosticFormat format, bool richText) => format switch
    {
        DiagnosticFormat.Json => new JsonDiagnosticFormatter(),
        DiagnosticFormat.GitHub => new GitHubDiagnosticFormatter(),
        _ when richText => new SourceDiagnosticFormatter(new SourceLines()),
        _ => new PlainDiagnosticFormatter(),
    };

    internal static string SeverityWord(Severity severity) => severity == Severity.Error ? "error" : "warning";
}

/// <summary><c>path:line:col: error CODE: message</c>, and the hint indented on the next line.</summary>
internal sealed class PlainDiagnosticFormatter : IDiagnosticFormatter
{
    public string Format(Diagnostic diagnostic) =>
        diagnostic + "\n" + (diagnostic.Hint is { } hint ? $"  hint: {hint}\n" : "");
}
