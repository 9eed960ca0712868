namespace Publish.Model;

public enum Severity { Warning, Error }

/// <summary>A finding about the input, printed as <c>path:line:col: error|warning CODE: message</c>.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceSpan Span, string? Hint = null)
{
    /// <summary>A finding of a catalogued kind: its code and severity come from <paramref name="code"/>.</summary>
    internal static Diagnostic Create(DiagnosticCode code, string message, SourceSpan span, string? hint = null) => new(code.Severity, code.Code, message, span, hint);

    // The string-coded factories predate DiagnosticCatalog; src/ uses Create (a test rejects "PUB…" literals there).
    internal static Diagnostic Error(string code, string message, SourceSpan span, string? hint = null) => new(Severity.Error, code, message, span, hint);
    internal static Diagnostic Warning(string code, string message, SourceSpan span, string? hint = null) => new(Severity.Warning, code, message, span, hint);

    public override string ToString()
    {
        var where = Span.Line > 0 ? $"{Span.File}:{Span.Line}:{Span.Column}: " : Span.File.Length > 0 ? $"{Span.File}: " : "";
        return $"{where}{(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
    }
}

/// <summary>Collects diagnostics from every stage; safe to add to from several threads.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Add(Diagnostic diagnostic) { lock (_gate) _items.Add(diagnostic); }
    /// <summary>Reports a finding of a catalogued kind (<see cref="DiagnosticCatalog"/>).</summary>
    internal void Report(DiagnosticCode code, string message, SourceSpan span, string? hint = null) => Add(Diagnostic.Create(code, message, span, hint));
    internal void Error(string code, string message, SourceSpan span, string? hint = null) => Add(Diagnostic.Error(code, message, span, hint));
    internal void Warning(string code, string message, SourceSpan span, string? hint = null) => Add(Diagnostic.Warning(code, message, span, hint));

    public IReadOnlyList<Diagnostic> Items { get { lock (_gate) return [.. _items]; } }
    public bool HasErrors { get { lock (_gate) return _items.Any(d => d.Severity == Severity.Error); } }
}
