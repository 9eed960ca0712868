namespace Publish.Model;

/// <summary>
/// The one attribute bag every node carries (after pandoc's <c>Attr</c>): an identifier,
/// classes and key-value pairs. Heading ids live here too.
/// </summary>
public sealed record Attr(string Id, IReadOnlyList<string> Classes, IReadOnlyList<KeyValuePair<string, string>> KeyValues)
{
    public static readonly Attr Empty = new("", [], []);

    public bool HasClass(string name) => Classes.Contains(name);

    public string? this[string key] => KeyValues.FirstOrDefault(kv => kv.Key == key).Value;

    public Attr WithId(string id) => this with { Id = id };

    public bool IsEmpty => Id.Length == 0 && Classes.Count == 0 && KeyValues.Count == 0;

    // Records compare lists by reference; attributes must compare by content.
    public bool Equals(Attr? other) =>
        other is not null && Id == other.Id && Classes.SequenceEqual(other.Classes) && KeyValues.SequenceEqual(other.KeyValues);

    public override int GetHashCode() => HashCode.Combine(Id, Classes.Count, KeyValues.Count);
}
