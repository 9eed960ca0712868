using System.Runtime.InteropServices;
using static Publish.Pdf.Fonts.HarfBuzzSubsetApi;

namespace Publish.Pdf.Fonts;

/// <summary>
/// Cuts a font file down to the glyphs a document uses, for embedding (<see cref="FontProgram"/>).
/// Glyph ids are retained, so content streams address glyphs by their shaped ids (CID = GID).
/// </summary>
internal static class FontSubsetter
{
    // Tables the drawing never reads: shaping is done, and a PDF font program needs outlines,
    // metrics and cmap only. Dropping them keeps a subset of a large font well under 100 KB.
    private static readonly string[] DroppedTables = ["GSUB", "GPOS", "GDEF", "kern", "morx", "mort", "DSIG", "BASE", "JSTF", "MATH"];

    /// <summary>
    /// A font holding <paramref name="glyphs"/> (plus the glyphs of <paramref name="codepoints"/>,
    /// so that the PDF's ToUnicode map still knows the characters) under their original ids,
    /// without hinting. Null when HarfBuzz cannot subset the font.
    /// </summary>
    public static byte[]? Subset(byte[] font, int faceIndex, IEnumerable<ushort> glyphs, IEnumerable<int> codepoints)
    {
        var handle = GCHandle.Alloc(font, GCHandleType.Pinned);
        nint blob = 0, face = 0, input = 0, subset = 0, result = 0;
        try
        {
            blob = hb_blob_create(handle.AddrOfPinnedObject(), (uint)font.Length, MemoryModeDuplicate, 0, 0);
            face = hb_face_create(blob, (uint)faceIndex);
            input = hb_subset_input_create_or_fail();
            if (input == 0) return null;

            // Glyph ids stay as layout shaped them, so runs need no remapping.
            hb_subset_input_set_flags(input, FlagRetainGids | FlagNoHinting);
            var glyphSet = hb_subset_input_glyph_set(input);
            hb_set_add(glyphSet, 0); // .notdef is required in every font program
            foreach (var g in glyphs) hb_set_add(glyphSet, g);
            var unicodeSet = hb_subset_input_unicode_set(input);
            foreach (var c in codepoints) hb_set_add(unicodeSet, (uint)c);
            var dropSet = hb_subset_input_set(input, SetDropTableTag);
            foreach (var tag in DroppedTables) hb_set_add(dropSet, Tag(tag));

            subset = hb_subset_or_fail(face, input);
            if (subset == 0) return null;
            result = hb_face_reference_blob(subset);
            var data = hb_blob_get_data(result, out var length);
            if (data == 0 || length == 0) return null;
            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            if (result != 0) hb_blob_destroy(result);
            if (subset != 0) hb_face_destroy(subset);
            if (input != 0) hb_subset_input_destroy(input);
            if (face != 0) hb_face_destroy(face);
            if (blob != 0) hb_blob_destroy(blob);
            handle.Free();
        }
    }

    private static uint Tag(string t) => (uint)(t[0] << 24 | t[1] << 16 | t[2] << 8 | t[3]);
}
