using System.Text.Encodings.Web;
using System.Text.Json;
using Publish.Model;

namespace Publish.Reporting;

/// <summary>One JSON object per line (JSON Lines): file, line, column, severity, code, message, hint.</summary>
internal sealed class JsonDiagnosticFormatter : IDiagnosticFormatter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Format(Diagnostic d)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("file", d.Span.File);
            json.WriteNumber("line", d.Span.Line);
            json.WriteNumber("column", d.Span.Column);
            json.WriteString("severity", DiagnosticFormatters.SeverityWord(d.Severity));
            json.WriteString("code", d.Code);
            json.WriteString("message", d.Message);
            if (d.Hint is null) json.WriteNull("hint");
            else json.WriteString("hint", d.Hint);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
