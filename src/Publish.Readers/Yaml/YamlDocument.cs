using Publish.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Publish.Readers.Yaml;

/// <summary>Loads a YAML mapping, turning syntax errors into a PUB0101 diagnostic at the absolute line.</summary>
internal static class YamlDocument
{
    // firstLine: the 1-based line of the file where the YAML text starts.
    public static YamlMappingNode? LoadMapping(string yaml, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            // YamlDotNet's marks are 1-based, counted from the start of the YAML text.
            var line = (int)Math.Max(1, e.Start.Line) + firstLine - 1;
            diagnostics.Error("PUB0101", $"malformed YAML: {FirstSentence(e)}", new SourceSpan(path, line, (int)Math.Max(1, e.Start.Column)));
            return null;
        }
        if (stream.Documents.Count == 0) return new YamlMappingNode();
        if (stream.Documents[0].RootNode is YamlMappingNode mapping) return mapping;
        if (stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return new YamlMappingNode();
        var root = stream.Documents[0].RootNode;
        diagnostics.Error("PUB0101", "malformed YAML: expected 'key: value' lines",
            new SourceSpan(path, (int)root.Start.Line + firstLine - 1, (int)root.Start.Column));
        return null;
    }

    private static string FirstSentence(YamlException e)
    {
        var message = (e.InnerException as YamlException)?.Message ?? e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }
}
