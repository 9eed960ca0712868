using Publish.Infrastructure;
using Publish.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Publish.Styling.Yaml;

// Our own small YAML tree: unlike YamlDotNet's nodes, every node remembers which file it came
// from, so after `extends:` merges a parent into a child an error still names the right file.

/// <summary>A YAML node with the file, line and column it was read from.</summary>
internal abstract record ThemeNode(SourceSpan Span)
{
    /// <summary>What the node is, for "expected a mapping, found a list" messages.</summary>
    public abstract string Kind { get; }
}

internal sealed record ScalarNode(string Value, bool Quoted, SourceSpan Span) : ThemeNode(Span)
{
    public override string Kind => Quoted || Value.Length > 0 ? $"'{Value}'" : "an empty value";
    /// <summary>An unquoted <c>~</c>, <c>null</c> or nothing at all.</summary>
    public bool IsNull => !Quoted && Value is "" or "~" or "null" or "Null" or "NULL";
}

internal sealed record SequenceNode(IReadOnlyList<ThemeNode> Items, SourceSpan Span) : ThemeNode(Span)
{
    public override string Kind => "a list";
}

internal sealed record MappingEntry(ScalarNode Key, ThemeNode Value);

internal sealed record MappingNode(IReadOnlyList<MappingEntry> Entries, SourceSpan Span) : ThemeNode(Span)
{
    public override string Kind => "a mapping";

    public ThemeNode? this[string key] => Entries.LastOrDefault(e => e.Key.Value == key)?.Value;

    /// <summary>
    /// Deep merge for <c>extends:</c>: the child's keys win; where both sides hold a mapping the
    /// two merge key by key, so a child can change one margin without restating the others.
    /// </summary>
    public MappingNode MergeOnto(MappingNode parent)
    {
        var merged = new List<MappingEntry>(parent.Entries);
        foreach (var entry in Entries)
        {
            var index = merged.FindIndex(e => e.Key.Value == entry.Key.Value);
            if (index < 0) { merged.Add(entry); continue; }
            var value = entry.Value is MappingNode child && merged[index].Value is MappingNode inherited
                ? child.MergeOnto(inherited)
                : entry.Value;
            merged[index] = new MappingEntry(entry.Key, value);
        }
        return new MappingNode(merged, Span);
    }
}

/// <summary>Reads a theme file into a <see cref="MappingNode"/>, reporting syntax errors with their position.</summary>
internal static class ThemeYaml
{
    /// <summary>
    /// Reads a theme through <paramref name="scope"/> (confined, capped); a refusal is reported at
    /// <paramref name="namedAt"/> (the line that named the theme) and never quotes the file.
    /// </summary>
    public static MappingNode? Read(string path, DiagnosticBag diagnostics, ProjectScope? scope = null, SourceSpan? namedAt = null, string? named = null)
    {
        scope ??= new ProjectScope([Path.GetDirectoryName(Path.GetFullPath(path))!]);
        var read = scope.Read(path, FileKind.Theme);
        if (read.Data is not { } data)
        {
            var code = read.Refusal switch { FileRefusal.Outside => DiagnosticCatalog.ThemeOutsideProject, FileRefusal.TooLarge => DiagnosticCatalog.ThemeLimit, _ => DiagnosticCatalog.ThemeUnreadable };
            diagnostics.Report(code, $"theme {read.Reason(named ?? path, FileKind.Theme)}", namedAt ?? new SourceSpan(path, 0, 0),
                read.Refusal == FileRefusal.Outside ? "a theme is a built-in name, or a file inside the project (beside book.yaml or in its styles/ folder)" : null);
            return null;
        }
        return Parse(new System.Text.UTF8Encoding(false).GetString(data), path, diagnostics);
    }

    public static MappingNode? Parse(string text, string file, DiagnosticBag diagnostics)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (Publish.Yaml.YamlLimits.Check(text) is { } violation)
        {
            diagnostics.Report(violation.Message.StartsWith("malformed", StringComparison.Ordinal) ? DiagnosticCatalog.ThemeUnreadable : DiagnosticCatalog.ThemeLimit, $"theme: {violation.Message}",
                new SourceSpan(file, violation.Line, violation.Column));
            return null;
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            diagnostics.Report(DiagnosticCatalog.ThemeUnreadable, $"theme is not valid YAML: {message}", new SourceSpan(file, (int)e.Start.Line, (int)e.Start.Column));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, when the file ends inside an
            // unclosed [ or {; the end of the file is where the reader has to look.
            var lines = text.Split('\n').Length;
            diagnostics.Report(DiagnosticCatalog.ThemeUnreadable, "theme is not valid YAML: the file ends inside an unclosed [ or {", new SourceSpan(file, lines, 1));
            return null;
        }
        if (stream.Documents.Count == 0) return new MappingNode([], new SourceSpan(file, 1, 1));
        var root = Convert(stream.Documents[0].RootNode, file);
        if (root is MappingNode mapping) return mapping;
        if (root is ScalarNode { IsNull: true }) return new MappingNode([], root.Span);
        diagnostics.Report(DiagnosticCatalog.ThemeValueType, $"a theme must be a mapping of keys (page:, body:, ...), found {root.Kind}", root.Span);
        return null;
    }

    private static ThemeNode Convert(YamlNode node, string file)
    {
        var span = new SourceSpan(file, (int)node.Start.Line, (int)node.Start.Column);
        return node switch
        {
            YamlScalarNode s => new ScalarNode(s.Value ?? "", s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted, span),
            YamlSequenceNode q => new SequenceNode([.. q.Children.Select(c => Convert(c, file))], span),
            YamlMappingNode m => new MappingNode([.. m.Children.Select(c => new MappingEntry(KeyOf(c.Key, file), Convert(c.Value, file)))], span),
            _ => new ScalarNode("", false, span),
        };
    }

    // Keys are always read as text; a list or mapping used as a key becomes a key nobody knows,
    // which the binder reports as unknown.
    private static ScalarNode KeyOf(YamlNode key, string file) => Convert(key, file) as ScalarNode
        ?? new ScalarNode("<complex key>", false, new SourceSpan(file, (int)key.Start.Line, (int)key.Start.Column));
}
