using System.Security.Cryptography;
using System.Text;

namespace Publish.Pdf.Structure;

/// <summary>
/// Skia's PDF/A output names the file with a time-based UUID (trailer <c>/ID</c>, XMP document
/// and instance ids). We replace it with one derived from the content, written in the same
/// number of bytes so every offset in the file stays valid: same input, same bytes.
/// </summary>
internal static class ReproducibleIds
{
    public static byte[] Replace(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var ids = new PdfFile(pdf).Trailer["ID"] is PdfArray array
            ? array.Items.OfType<PdfAtom>().Select(a => a.Raw.Trim('<', '>')).Where(IsHex16).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
            : [];
        if (ids.Count == 0) return pdf;

        // Hash the file with the old ids blanked out, so the new ids depend on content alone.
        var masked = ids.Aggregate(text, (t, id) => ReplaceForms(t, id, new string('0', 32)));
        var digest = SHA256.HashData(Encoding.Latin1.GetBytes(masked));
        for (var i = 0; i < ids.Count; i++)
        {
            var seed = SHA256.HashData([.. digest, (byte)i]);
            text = ReplaceForms(text, ids[i], Convert.ToHexString(AsUuid(seed)));
        }
        return Encoding.Latin1.GetBytes(text);
    }

    /// <summary>An id appears as 32 hex digits in the trailer and as a dashed lower-case UUID in XMP.</summary>
    private static string ReplaceForms(string text, string oldHex, string newHex) => text
        .Replace(oldHex.ToUpperInvariant(), newHex.ToUpperInvariant(), StringComparison.Ordinal)
        .Replace(oldHex.ToLowerInvariant(), newHex.ToLowerInvariant(), StringComparison.Ordinal)
        .Replace(Dashed(oldHex).ToLowerInvariant(), Dashed(newHex).ToLowerInvariant(), StringComparison.Ordinal)
        .Replace(Dashed(oldHex).ToUpperInvariant(), Dashed(newHex).ToUpperInvariant(), StringComparison.Ordinal);

    private static string Dashed(string hex) => $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";

    /// <summary>The first 16 bytes of a hash, marked as a name-based (version 5) RFC 4122 UUID.</summary>
    private static byte[] AsUuid(byte[] hash)
    {
        var uuid = hash[..16];
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50);
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80);
        return uuid;
    }

    private static bool IsHex16(string s) => s.Length == 32 && s.All(char.IsAsciiHexDigit);
}
