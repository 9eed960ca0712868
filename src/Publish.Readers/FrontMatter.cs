using Publish.Model;
using Publish.Readers.Yaml;

namespace Publish.Readers;

/// <summary>What a YAML front matter block said, and where the body starts.</summary>
internal sealed record FrontMatterResult(Metadata Metadata, string Body, int BodyLine);

/// <summary>Splits an optional <c>---</c> YAML block off the top of a source and reads it into <see cref="Metadata"/>.</summary>
internal static class FrontMatter
{
    /// <summary>
    /// Returns the metadata (defaults when there is no front matter), the body text and the
    /// 1-based line where the body starts, so readers can keep source lines right.
    /// </summary>
    public static FrontMatterResult Split(string text, string path, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        if (lines.Length < 2 || lines[0].TrimEnd('\r', ' ', '\t') != "---")
            return new FrontMatterResult(Metadata.Empty, text, 1);

        // The block closes with '---' or '...' on its own line; without one it is no front matter
        // (a leading thematic break, as pandoc reads it).
        var close = Array.FindIndex(lines, 1, l => l.TrimEnd('\r', ' ', '\t') is "---" or "...");
        if (close < 0) return new FrontMatterResult(Metadata.Empty, text, 1);

        // Front matter is a mapping: a block whose first line is no 'key:' is Markdown between
        // two rules ("---\nFoo\n---" is a rule and a setext heading), as pandoc reads it.
        var firstContent = lines[1..close].FirstOrDefault(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));
        if (firstContent is not null && !LooksLikeKey(firstContent)) return new FrontMatterResult(Metadata.Empty, text, 1);

        var yaml = string.Join('\n', lines[1..close]);
        var body = string.Join('\n', lines[(close + 1)..]);
        var bodyLine = close + 2;
        var mapping = YamlDocument.LoadMapping(yaml, path, firstLine: 2, diagnostics);
        var metadata = mapping is null ? Metadata.Empty : new MetadataReader(path, lineOffset: 1, diagnostics).Read(mapping);
        return new FrontMatterResult(metadata, body, bodyLine);
    }

    private static bool LooksLikeKey(string line)
    {
        var colon = line.IndexOf(':');
        return colon > 0 && !char.IsWhiteSpace(line[0]) && (colon + 1 == line.TrimEnd('\r').Length || char.IsWhiteSpace(line[colon + 1]));
    }
}
