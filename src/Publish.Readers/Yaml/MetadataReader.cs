using Publish.Model;
using YamlDotNet.RepresentationModel;

namespace Publish.Readers.Yaml;

/// <summary>
/// Reads the metadata keys shared by front matter and book.yaml from a YAML mapping.
/// Unknown keys and values of the wrong shape are warnings, never fatal: the book still builds.
/// </summary>
internal sealed class MetadataReader(string path, int lineOffset, DiagnosticBag diagnostics)
{
    public Metadata Read(YamlMappingNode mapping, IReadOnlySet<string>? extraKeys = null)
    {
        var metadata = new Metadata();
        var bibliographyReported = false;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            metadata = key.ToLowerInvariant() switch
            {
                "title" => metadata with { Title = Scalar(key, value) },
                "subtitle" => metadata with { Subtitle = Scalar(key, value) },
                "author" or "authors" => metadata with { Authors = [.. metadata.Authors, .. Contributors(key, value)] },
                "lang" or "language" => metadata with { Language = Scalar(key, value) ?? metadata.Language },
                "date" => metadata with { Date = Scalar(key, value) },
                "publisher" => metadata with { Publisher = Scalar(key, value) },
                "rights" => metadata with { Rights = Scalar(key, value) },
                "identifier" => metadata with { Identifier = Scalar(key, value) },
                "description" => metadata with { Description = Scalar(key, value) },
                "subject" or "subjects" or "keywords" => metadata with { Subjects = [.. metadata.Subjects, .. Strings(key, value)] },
                "cover-image" => metadata with { CoverImage = Scalar(key, value) },
                "theme" => metadata with { Theme = Scalar(key, value) },
                "dir" or "direction" => metadata with { Direction = Direction(key, value) },
                "kind" => metadata with { Kind = Kind(key, value) ?? metadata.Kind },
                "short-title" => metadata with { ShortTitle = Scalar(key, value) },
                // pandoc's citation keys: heard, but not processed yet; one warning says what happens instead.
                "bibliography" or "references" or "csl" => Bibliography(metadata, key, keyNode, ref bibliographyReported),
                _ when extraKeys?.Contains(key) == true => metadata,
                _ => Unknown(metadata, key, keyNode),
            };
        }
        return metadata;
    }

    public SourceSpan SpanOf(YamlNode node) => new(path, (int)node.Start.Line + lineOffset, (int)node.Start.Column);

    private Metadata Unknown(Metadata metadata, string key, YamlNode keyNode)
    {
        diagnostics.Report(DiagnosticCatalog.UnknownMetadataKey, $"unknown metadata key '{key}' is ignored", SpanOf(keyNode),
            "known keys: title, subtitle, author, lang, dir, date, publisher, rights, identifier, description, subject, cover-image, theme, kind, short-title");
        return metadata;
    }

    private Metadata Bibliography(Metadata metadata, string key, YamlNode keyNode, ref bool reported)
    {
        if (reported) return metadata;
        reported = true;
        diagnostics.Report(DiagnosticCatalog.BibliographyNotProcessed,
            $"'{key}' names a bibliography, which is not processed yet: citations are shown as written, with their keys", SpanOf(keyNode));
        return metadata;
    }

    private string? Direction(string key, YamlNode node)
    {
        var value = Scalar(key, node)?.ToLowerInvariant();
        if (value is null or "rtl" or "ltr") return value;
        diagnostics.Report(DiagnosticCatalog.MetadataShape, $"metadata key '{key}' should be rtl or ltr, not '{value}'", SpanOf(node));
        return null;
    }

    private string? Scalar(string key, YamlNode node)
    {
        if (node is YamlScalarNode scalar) return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
        diagnostics.Report(DiagnosticCatalog.MetadataShape, $"metadata key '{key}' should be a single value", SpanOf(node));
        return null;
    }

    private DocumentKind? Kind(string key, YamlNode node)
    {
        var text = Scalar(key, node);
        if (text is null) return null;
        var kind = DocumentKinds.Parse(text);
        if (kind is null) diagnostics.Report(DiagnosticCatalog.MetadataShape, $"metadata key '{key}' is '{text}'; allowed: article or book (the kind is decided from the text instead)", SpanOf(node));
        return kind;
    }

    private IEnumerable<string> Strings(string key, YamlNode node) => node switch
    {
        YamlScalarNode s when !string.IsNullOrWhiteSpace(s.Value) => [s.Value.Trim()],
        YamlSequenceNode seq => seq.Children.Select(c => Scalar(key, c)).OfType<string>().ToList(),
        _ => [],
    };

    private List<Contributor> Contributors(string key, YamlNode node) => node switch
    {
        YamlScalarNode s when !string.IsNullOrWhiteSpace(s.Value) => [new Contributor(s.Value.Trim())],
        YamlSequenceNode seq => seq.Children.SelectMany(c => Contributors(key, c)).ToList(),
        YamlMappingNode map => Contributor(key, map) is { } c ? [c] : [],
        _ => [],
    };

    private Contributor? Contributor(string key, YamlMappingNode map)
    {
        string? name = null, role = null;
        foreach (var (k, v) in map.Children)
        {
            switch ((k as YamlScalarNode)?.Value)
            {
                case "name": name = Scalar(key, v); break;
                case "role": role = Scalar(key, v); break;
                default: diagnostics.Report(DiagnosticCatalog.UnknownMetadataKey, $"unknown key '{k}' in '{key}' is ignored (use name and role)", SpanOf(k)); break;
            }
        }
        if (name is null)
        {
            diagnostics.Report(DiagnosticCatalog.MetadataShape, $"an entry of '{key}' has no name", SpanOf(map));
            return null;
        }
        return new Contributor(name, role ?? "aut");
    }
}
