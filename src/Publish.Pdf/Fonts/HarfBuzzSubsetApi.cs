using System.Runtime.InteropServices;

namespace Publish.Pdf.Fonts;

/// <summary>
/// The few entry points of HarfBuzz's subsetter that we need. HarfBuzzSharp does not wrap
/// <c>hb_subset_*</c>, but the native library it ships exports them.
/// </summary>
internal static partial class HarfBuzzSubsetApi
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary><c>HB_MEMORY_MODE_DUPLICATE</c>: HarfBuzz copies the bytes, so nothing stays pinned.</summary>
    public const int MemoryModeDuplicate = 0;

    public const uint FlagNoHinting = 0x1;
    public const uint FlagRetainGids = 0x2;

    /// <summary><c>HB_SUBSET_SETS_DROP_TABLE_TAG</c>.</summary>
    public const int SetDropTableTag = 3;

    [LibraryImport(Library)] public static partial nint hb_blob_create(nint data, uint length, int mode, nint userData, nint destroy);
    [LibraryImport(Library)] public static partial void hb_blob_destroy(nint blob);
    [LibraryImport(Library)] public static partial nint hb_blob_get_data(nint blob, out uint length);
    [LibraryImport(Library)] public static partial nint hb_face_create(nint blob, uint index);
    [LibraryImport(Library)] public static partial void hb_face_destroy(nint face);
    [LibraryImport(Library)] public static partial nint hb_face_reference_blob(nint face);
    [LibraryImport(Library)] public static partial nint hb_subset_input_create_or_fail();
    [LibraryImport(Library)] public static partial void hb_subset_input_destroy(nint input);
    [LibraryImport(Library)] public static partial nint hb_subset_input_glyph_set(nint input);
    [LibraryImport(Library)] public static partial nint hb_subset_input_unicode_set(nint input);
    [LibraryImport(Library)] public static partial nint hb_subset_input_set(nint input, int setType);
    [LibraryImport(Library)] public static partial void hb_subset_input_set_flags(nint input, uint flags);
    [LibraryImport(Library)] public static partial nint hb_subset_or_fail(nint face, nint input);
    [LibraryImport(Library)] public static partial void hb_set_add(nint set, uint codepoint);
}
