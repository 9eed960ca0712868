using System.Text;
using Publish.Model;

namespace Publish.Readers;

/// <summary>Turns a source file's bytes into text, reporting what cannot be text.</summary>
internal static class SourceText
{
    private static readonly UTF8Encoding s_strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding s_lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// Strips a BOM, decodes UTF-8 (invalid bytes → U+FFFD with a PUB0003 warning at the first bad
    /// byte's offset). Returns null, with PUB0004, when the bytes are binary rather than text.
    /// </summary>
    public static string? Decode(byte[] bytes, string path, DiagnosticBag diagnostics)
    {
        // Windows editors still save "Unicode" text as UTF-16 with a BOM; that is text, not binary.
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var content = bytes.AsSpan(start);
        // NUL never occurs in text; a few of them mean an image, archive or UTF-16 file.
        var nul = content.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Report(DiagnosticCatalog.BinaryInput, $"the file holds binary data (a NUL byte at offset {nul + start}), not text", new SourceSpan(path, 0, 0),
                "save it as UTF-8 text");
            return null;
        }
        try
        {
            return s_strict.GetString(content);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? e.Index + start : FirstInvalid(content) + start;
            var line = 1 + content[..Math.Min(content.Length, offset - start)].Count((byte)'\n');
            diagnostics.Report(DiagnosticCatalog.InvalidUtf8, $"invalid UTF-8 at byte offset {offset}; undecodable bytes are replaced with U+FFFD",
                new SourceSpan(path, line, 1), "save the file as UTF-8");
            return s_lenient.GetString(content);
        }
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var decoder = s_strict.GetDecoder();
        var chars = new char[8];
        for (var i = 0; i < bytes.Length; i++)
        {
            try { decoder.GetChars(bytes.Slice(i, 1), chars, flush: false); }
            catch (DecoderFallbackException) { return i; }
        }
        return bytes.Length;
    }
}
