using System.Text;
using Publish.Model;

namespace Publish.Reporting;

/// <summary>
/// GitHub Actions workflow commands, which the runner turns into annotations on the file:
/// <c>::error file=book.md,line=3,col=1,title=PUB0403::message</c>. The message escapes
/// <c>%</c>, CR and LF; property values also escape <c>:</c> and <c>,</c> (as the runner's
/// own toolkit does in <c>command.ts</c>), or the command would be cut short.
/// </summary>
internal sealed class GitHubDiagnosticFormatter : IDiagnosticFormatter
{
    public string Format(Diagnostic d)
    {
        var properties = new List<string>();
        if (d.Span.File.Length > 0) properties.Add("file=" + EscapeProperty(d.Span.File));
        if (d.Span.Line > 0) properties.Add("line=" + d.Span.Line);
        if (d.Span.Line > 0 && d.Span.Column > 0) properties.Add("col=" + d.Span.Column);
        properties.Add("title=" + EscapeProperty(d.Code));
        var message = d.Hint is null ? d.Message : $"{d.Message}\nhint: {d.Hint}";
        return $"::{DiagnosticFormatters.SeverityWord(d.Severity)} {string.Join(',', properties)}::{EscapeData(message)}\n";
    }

    public static string EscapeData(string value) =>
        new StringBuilder(value).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    public static string EscapeProperty(string value) =>
        new StringBuilder(EscapeData(value)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
