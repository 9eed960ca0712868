namespace Publish.Model;

/// <summary>Where a node came from: file path as given to the reader, 1-based line and column.</summary>
public sealed record SourceSpan(string File, int Line, int Column)
{
    /// <summary>For nodes made by the pipeline rather than read from a source.</summary>
    public static readonly SourceSpan None = new("", 0, 0);

    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
