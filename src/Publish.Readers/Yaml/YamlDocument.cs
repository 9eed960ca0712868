using Publish.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Publish.Readers.Yaml;

/// <summary>Loads a YAML mapping, turning syntax errors into a PUB0101 diagnostic at the absolute line.</summary>
internal static class YamlDocument
{
    /// <summary>A long book.yaml is a few KB; past this it is not metadata, and a tree of it would cost gigabytes.</summary>
    public const int MaxLength = 1 << 20;

    // firstLine: the 1-based line of the file where the YAML text starts.
    public static YamlMappingNode? LoadMapping(string yaml, string path, int firstLine, DiagnosticBag diagnostics)
    {
        if (yaml.Length > MaxLength)
        {
            diagnostics.Report(DiagnosticCatalog.YamlLimit, $"the YAML block is {yaml.Length:N0} characters long, more than the {MaxLength:N0} metadata may have",
                new SourceSpan(path, firstLine, 1), "keep metadata short; long text belongs in the body");
            return null;
        }
        if (Publish.Yaml.YamlLimits.Check(yaml) is { } violation)
        {
            diagnostics.Report(violation.Message.StartsWith("malformed", StringComparison.Ordinal) ? DiagnosticCatalog.MalformedYaml : DiagnosticCatalog.YamlLimit, violation.Message,
                new SourceSpan(path, violation.Line + firstLine - 1, violation.Column));
            return null;
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            // The innermost exception points at the offending character; outer ones at the enclosing node.
            var inner = e;
            while (inner.InnerException is YamlException deeper) inner = deeper;
            // YamlDotNet's marks are 1-based, counted from the start of the YAML text; End is where
            // the scanner stood when it found the problem (Start may be the enclosing mapping).
            var mark = inner.End.Line >= inner.Start.Line ? inner.End : inner.Start;
            var line = (int)Math.Max(1, mark.Line) + firstLine - 1;
            // For a tab in indentation YamlDotNet names the mapping, not the tab: point at the tab.
            if (inner.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstTabIndentedLine(yaml) is { } tabLine)
                line = tabLine + firstLine - 1;
            diagnostics.Report(DiagnosticCatalog.MalformedYaml, $"malformed YAML: {Message(inner)}", new SourceSpan(path, line, (int)Math.Max(1, mark.Column)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet gives up this way on a flow collection ([...] or {...}) left open at the end.
            var lastLine = firstLine + Math.Max(0, yaml.TrimEnd().Split('\n').Length - 1);
            diagnostics.Report(DiagnosticCatalog.MalformedYaml, "malformed YAML: a '[' or '{' is never closed", new SourceSpan(path, lastLine, 1));
            return null;
        }
        if (stream.Documents.Count == 0) return new YamlMappingNode();
        if (stream.Documents[0].RootNode is YamlMappingNode mapping) return mapping;
        if (stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return new YamlMappingNode();
        var root = stream.Documents[0].RootNode;
        diagnostics.Report(DiagnosticCatalog.MalformedYaml, "malformed YAML: expected 'key: value' lines",
            new SourceSpan(path, (int)root.Start.Line + firstLine - 1, (int)root.Start.Column));
        return null;
    }

    private static int? FirstTabIndentedLine(string yaml)
    {
        var lines = yaml.Split('\n');
        var index = Array.FindIndex(lines, l => l[..(l.Length - l.TrimStart().Length)].Contains('\t'));
        return index < 0 ? null : index + 1;
    }

    private static string Message(YamlException e)
    {
        var message = e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }
}
