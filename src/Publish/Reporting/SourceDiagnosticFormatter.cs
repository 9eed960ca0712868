using System.Text;
using Publish.Model;

namespace Publish.Reporting;

/// <summary>
/// Diagnostics for a person at a terminal, after rustc and Typst: the message, where it is, the
/// source line with a caret under the column, and the hint.
/// <code>
/// error[PUB0403]: image '../../etc/passwd' resolves outside the project folder and is refused
///   --> book.md:3:1
///    |
///  3 | ![secret](../../etc/passwd)
///    | ^
///    = hint: resources must live inside the input's folder
/// </code>
/// </summary>
internal sealed class SourceDiagnosticFormatter(SourceLines sources) : IDiagnosticFormatter
{
    /// <summary>Quoted lines are cut here so one minified line cannot flood the terminal.</summary>
    private const int MaxQuoted = 160;

    public string Format(Diagnostic d)
    {
        var text = new StringBuilder();
        text.Append($"{DiagnosticFormatters.SeverityWord(d.Severity)}[{d.Code}]: {d.Message}\n");
        var span = d.Span;
        var line = sources.Line(span.File, span.Line);
        var gutter = new string(' ', Math.Max(1, span.Line.ToString().Length));
        if (span.Line > 0) text.Append($"{gutter}--> {span.File}:{span.Line}:{span.Column}\n");
        else if (span.File.Length > 0) text.Append($"{gutter}--> {span.File}\n");
        if (line is not null)
        {
            var (quoted, caretAt) = Quote(line, Math.Max(1, span.Column));
            text.Append($"{gutter} |\n");
            text.Append($"{span.Line} | {quoted}\n");
            text.Append($"{gutter} | {new string(' ', caretAt)}^\n");
        }
        if (d.Hint is { } hint) text.Append($"{gutter} = hint: {hint}\n");
        return text.ToString();
    }

    /// <summary>The line as shown (tabs as spaces, long lines cut around the column) and where the caret goes.</summary>
    private static (string Line, int Caret) Quote(string line, int column)
    {
        var shown = new StringBuilder();
        var caret = -1;
        for (var i = 0; i < line.Length; i++)
        {
            if (i == column - 1) caret = shown.Length;
            var c = line[i];
            if (c == '\t') shown.Append("    ");
            else if (char.IsControl(c)) shown.Append('\uFFFD');
            else shown.Append(c);
        }
        if (caret < 0) caret = shown.Length;
        var text = shown.ToString();
        if (text.Length <= MaxQuoted) return (text, caret);
        var start = Math.Clamp(caret - MaxQuoted / 2, 0, text.Length - MaxQuoted);
        var cut = (start > 0 ? "..." : "") + text.Substring(start, MaxQuoted) + (start + MaxQuoted < text.Length ? "..." : "");
        return (cut, caret - start + (start > 0 ? 3 : 0));
    }
}
