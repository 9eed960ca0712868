namespace Publish.Model;

/// <summary>
/// A file the document embeds (an image), read once by the pipeline and confined to the
/// project. <c>Key</c> is stable and derived from the content, e.g. <c>images/3fa2…c1.png</c>.
/// </summary>
public sealed record Resource(string Key, string MediaType, byte[] Data, int PixelWidth, int PixelHeight);
