namespace Publish.Images;

/// <summary>
/// A <c>data:</c> URI holding an image (RFC 2397): its bytes, or why they cannot be used.
/// Only image types the outputs can carry are accepted, and only up to <see cref="MaxBytes"/>.
/// </summary>
internal sealed record DataUri(byte[]? Data, string? Problem)
{
    /// <summary>
    /// Inline data is meant for icons and small figures; a larger picture belongs in a file of
    /// its own (its base64 text would also make the Markdown source several megabytes long).
    /// </summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    private static readonly string[] MediaTypes = ["image/png", "image/jpeg", "image/gif", "image/svg+xml", "image/webp"];

    public static bool Is(string source) => source.StartsWith("data:", StringComparison.OrdinalIgnoreCase);

    public static DataUri Parse(string source)
    {
        var comma = source.IndexOf(',');
        if (comma < 0) return new(null, "has no ',' before its data");
        var header = source[5..comma].Split(';');
        var mediaType = header[0].Trim().ToLowerInvariant();
        var base64 = header.Skip(1).Any(p => p.Trim().Equals("base64", StringComparison.OrdinalIgnoreCase));
        if (!MediaTypes.Contains(mediaType))
            return new(null, $"holds '{(mediaType.Length == 0 ? "text/plain" : mediaType)}', not a PNG, JPEG, GIF, WebP or SVG image");
        var payload = source[(comma + 1)..];
        // Base64 grows data by 4/3: refuse by the text's length before decoding anything.
        if ((base64 ? payload.Length / 4 * 3 : payload.Length) > MaxBytes)
            return new(null, $"is larger than {MaxBytes / (1024 * 1024)} MB");
        try
        {
            var data = base64
                ? Convert.FromBase64String(string.Concat(payload.Where(c => !char.IsWhiteSpace(c))))
                : System.Text.Encoding.UTF8.GetBytes(Uri.UnescapeDataString(payload));
            return data.Length > MaxBytes ? new(null, $"is larger than {MaxBytes / (1024 * 1024)} MB") : new(data, null);
        }
        catch (FormatException)
        {
            return new(null, "is not valid base64");
        }
    }
}
