using Publish.Infrastructure;
using Publish.Model;
using Publish.Styling.Yaml;

namespace Publish.Styling.Binding;

/// <summary>What binding shares: where to report, and where each key was set (for checks that span keys).</summary>
internal sealed class BindContext(DiagnosticBag diagnostics, ProjectScope? scope = null)
{
    public DiagnosticBag Diagnostics { get; } = diagnostics;
    /// <summary>Where files a theme names (fonts) may come from; null: anywhere beside the theme.</summary>
    public ProjectScope? Scope { get; } = scope;
    public Dictionary<string, SourceSpan> Spans { get; } = [];
    public int Errors { get; private set; }

    public void Error(DiagnosticCode code, string message, SourceSpan span)
    {
        Errors++;
        Diagnostics.Report(code, message, span);
    }

    /// <summary>The keys a mapping may hold, in the order they are applied; unknown keys are reported with a suggestion.</summary>
    public IEnumerable<(string Key, ValueReader Value)> Read(ThemeNode? node, string path, params string[] keys)
    {
        if (node is null) yield break;
        if (node is not MappingNode mapping)
        {
            Error(DiagnosticCatalog.ThemeValueType, $"theme key '{path}': expected a mapping with keys {string.Join(", ", keys)}; found {node.Kind}", node.Span);
            yield break;
        }
        foreach (var entry in mapping.Entries.Where(e => !keys.Contains(e.Key.Value)))
        {
            var suggestion = Suggestion.Closest(entry.Key.Value, keys);
            var where = path.Length == 0 ? "" : $" under '{path}'";
            var hint = suggestion is null ? "" : $"did you mean '{suggestion}'? ";
            Error(DiagnosticCatalog.UnknownThemeKey, $"unknown theme key '{entry.Key.Value}'{where}: {hint}allowed keys are {string.Join(", ", keys)}", entry.Key.Span);
        }
        // Schema order, not file order: `size:` lands before `width:`, `body:` before the
        // sections whose em values depend on the body size.
        foreach (var key in keys)
        {
            var value = mapping[key];
            if (value is null) continue;
            var keyPath = path.Length == 0 ? key : $"{path}.{key}";
            Spans[keyPath] = value.Span;
            yield return (key, new ValueReader(value, keyPath, this));
        }
    }

    public SourceSpan SpanOf(string keyPath, SourceSpan fallback) => Spans.GetValueOrDefault(keyPath, fallback);
}
