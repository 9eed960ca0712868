using Publish.Epub;
using Publish.Layout.Caching;
using Publish.Pdf;
using Publish.Readers.Book;
using Publish.Styling;

namespace Publish.Caching;

/// <summary>
/// Work one build of an input hands to the next (watch mode): a watch session keeps one per input
/// and passes it in <see cref="BuildOptions.Cache"/> on every rebuild. Whatever it reuses is keyed
/// by content, so a build through the cache writes the same bytes as a build without one.
/// Not for two builds at once.
/// </summary>
internal sealed class BuildCache
{
    private string? _themeText;
    private Theme? _theme;

    /// <summary>A book's chapter files as read by the previous build.</summary>
    public BookChapterCache BookChapters { get; } = new();

    /// <summary>Images read by earlier builds.</summary>
    public ImageFileCache Images { get; } = new();

    /// <summary>Chapter flows for the PDF layout.</summary>
    public LayoutCache Layout { get; } = new();

    /// <summary>Chapter pages for the EPUB.</summary>
    public EpubCache Epub { get; } = new();

    /// <summary>The PDF writer's own work (unchanged pages).</summary>
    public PdfWriteCache Pdf { get; } = new();

    /// <summary>What the last build through this cache redid and reused.</summary>
    public BuildCacheStatistics LastBuild => new(BookChapters.ChaptersRead, BookChapters.ChaptersReused, Layout.ChaptersLaidOut, Layout.ChaptersReused, Epub.ChaptersRendered, Epub.ChaptersReused, Images.Reused);

    /// <summary>
    /// The theme of the previous build when the new one has the same content, so caches keyed on
    /// the theme instance keep their entries; otherwise the new one.
    /// </summary>
    internal Theme Canonical(Theme theme)
    {
        var text = System.Text.Json.JsonSerializer.Serialize(theme, ThemeJsonContext.Default.Theme);
        if (_theme is not null && text == _themeText) return _theme;
        (_theme, _themeText) = (theme, text);
        return theme;
    }
}

/// <summary>Counts from one build through a <see cref="BuildCache"/>: what was redone and what was reused.</summary>
internal sealed record BuildCacheStatistics(int ChapterFilesRead, int ChapterFilesReused, int ChaptersLaidOut, int ChaptersReused, int XhtmlRendered, int XhtmlReused, int ImagesReused);

/// <summary>Source-generated JSON metadata for comparing themes by content (AOT-safe; reflection is off in the AOT build).</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(Theme))]
internal sealed partial class ThemeJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
