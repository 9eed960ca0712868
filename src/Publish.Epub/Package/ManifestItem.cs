namespace Publish.Epub.Package;

/// <summary>One file of the package: manifest id, href (relative to the OPF), media type, properties, bytes.</summary>
internal sealed record ManifestItem(string Id, string Href, string MediaType, byte[] Data, string? Properties = null)
{
    public const string XhtmlType = "application/xhtml+xml";
}

/// <summary>A spine entry: a manifest id and whether it is part of the linear reading order.</summary>
internal sealed record SpineItem(string IdRef, bool Linear = true);

/// <summary>A table of contents entry and the entries nested under it.</summary>
internal sealed record TocEntry(string Title, string Href, int Level)
{
    public List<TocEntry> Children { get; } = [];
}
