using System.Security.Cryptography;

namespace Publish.Pdf.Metadata;

/// <summary>
/// The file identifier (trailer <c>/ID</c>, XMP document id) derived from the bytes written
/// before it, never from the clock or a random source: the same input gives the same file,
/// different content a different id.
/// </summary>
internal static class DocumentId
{
    /// <summary>The first 16 bytes of <paramref name="contentHash"/>, marked as a name-based (version 5) RFC 4122 UUID.</summary>
    public static byte[] From(byte[] contentHash)
    {
        var uuid = SHA256.HashData(contentHash)[..16];
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50);
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80);
        return uuid;
    }

    /// <summary>The dashed lower-case form XMP uses.</summary>
    public static string Dashed(byte[] id)
    {
        var hex = Convert.ToHexStringLower(id);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }
}
