using System.Text.Json.Serialization;

namespace Publish.Model;

/// <summary>What every block and inline carries: its source span and its attributes.</summary>
public abstract record Node
{
    [JsonPropertyOrder(-2)]
    public SourceSpan Span { get; init; } = SourceSpan.None;

    [JsonPropertyOrder(-1)]
    public Attr Attr { get; init; } = Attr.Empty;
}
