using Publish.Infrastructure;
using System.Collections.Concurrent;
using Publish.Model;

namespace Publish.Layout.Fonts;

/// <summary>
/// The fonts layout may use: the system's font folders plus any extra folders (a theme's
/// <c>fonts/</c>), indexed by the family names the files declare. Thread-safe; each face is
/// loaded once and shared.
/// </summary>
internal sealed class FontCatalog
{
    /// <summary>Families tried, after the ones asked for, for characters a font lacks.</summary>
    public static readonly IReadOnlyList<string> FallbackFamilies =
        ["DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono", "Noto Sans", "Noto Serif", "Noto Sans Symbols", "Noto Sans Symbols2", "FreeSerif", "Symbola"];

    /// <summary>Where Linux, macOS and Windows keep installed fonts, system-wide and per user (missing folders are skipped).</summary>
    public static readonly IReadOnlyList<string> SystemFolders =
    [
        "/usr/share/fonts", "/usr/local/share/fonts",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local/share/fonts"),
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"),
        // macOS
        "/System/Library/Fonts", "/Library/Fonts",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "Library/Fonts"),
        // Windows: the system folder and the per-user one fonts installed without admin rights go to
        Environment.GetFolderPath(Environment.SpecialFolder.Fonts),
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Microsoft", "Windows", "Fonts"),
    ];

    private static readonly Lazy<FontCatalog> s_system = new(() => new FontCatalog(SystemFolders));
    private static readonly ConcurrentDictionary<string, FontCatalog> s_withFolders = new();

    private readonly Dictionary<string, List<FontFileInfo>> _byFamily = new(StringComparer.OrdinalIgnoreCase);
    // Process-wide: catalogs for different theme folders share the system's faces, so each file
    // is loaded, shaped with and embedded as one FontFace.
    private static readonly ConcurrentDictionary<(string Path, int Index), Lazy<Font>> s_loaded = new();
    private readonly ConcurrentDictionary<(string Family, bool Bold, bool Italic), Font?> _resolved = new();
    private readonly ConcurrentDictionary<(int Codepoint, bool Bold, bool Italic), Font?> _fallbacks = new();

    /// <summary>Indexes every font file under the given folders (missing folders are skipped).</summary>
    /// <remarks>
    /// Files under <paramref name="confined"/> (a theme's fonts folder, which a source may fill) are
    /// read only when they are regular files whose real path stays in that folder, under the font cap.
    /// </remarks>
    public FontCatalog(IEnumerable<string> folders, string? confined = null)
    {
        var scope = confined is null ? null : new ProjectScope([confined]);
        // Earlier folders win: a theme's own font shadows a system font of the same family and style.
        foreach (var folder in folders.Where(Directory.Exists))
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var ext = Path.GetExtension(file).ToLowerInvariant();
                if (ext is not (".ttf" or ".otf" or ".ttc" or ".otc")) continue;
                if (scope is not null && folder == confined && scope.Check(file, FileKind.Font) is not { Ok: true, Detail: not "0" }) continue;
                foreach (var info in FontFileInfo.Read(file))
                {
                    if (!_byFamily.TryGetValue(info.Family, out var list)) _byFamily[info.Family] = list = [];
                    list.Add(info);
                }
            }
    }

    /// <summary>The system fonts.</summary>
    public static FontCatalog System => s_system.Value;

    /// <summary>
    /// The system fonts with a theme's <c>fonts/</c> folder in front, and the folders of the font
    /// files the theme lists (a theme that extends a built-in one from elsewhere still finds the
    /// faces the built-in theme ships); one catalog per set of folders.
    /// </summary>
    public static FontCatalog ForThemeFolder(string? themeFolder, IEnumerable<string?>? fontFileFolders = null)
    {
        var own = string.IsNullOrEmpty(themeFolder) ? null : Path.GetFullPath(Path.Combine(themeFolder, "fonts"));
        if (own is not null && !Directory.Exists(own)) own = null;
        var listed = (fontFileFolders ?? []).OfType<string>().Select(Path.GetFullPath).Where(f => f != own && Directory.Exists(f))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (own is null && listed.Count == 0) return System;
        var key = string.Join("\n", [own ?? "", .. listed]);
        return s_withFolders.GetOrAdd(key, _ => new FontCatalog([.. own is null ? Array.Empty<string>() : [own], .. listed, .. SystemFolders], confined: own));
    }

    public IEnumerable<string> Families => _byFamily.Keys.Order(StringComparer.OrdinalIgnoreCase);

    public bool HasFamily(string family) => _byFamily.ContainsKey(family);

    /// <summary>The face of <paramref name="family"/> closest to the asked weight and slant, or null when the family is unknown.</summary>
    public Font? Find(string family, bool bold = false, bool italic = false) =>
        _resolved.GetOrAdd((family, bold, italic), key =>
        {
            if (!_byFamily.TryGetValue(key.Family, out var faces)) return null;
            var best = faces.MinBy(f => Distance(f, key.Bold, key.Italic))!;
            return Load(best);
        });

    /// <summary>The first of <paramref name="families"/> that is installed.</summary>
    public Font? FindFirst(IEnumerable<string> families, bool bold = false, bool italic = false) =>
        families.Select(f => Find(f, bold, italic)).FirstOrDefault(f => f is not null);

    /// <summary>
    /// A font that has <paramref name="codepoint"/>: the preferred families first, then the
    /// common fallbacks, then any installed family. Null when no font has it.
    /// </summary>
    public Font? FallbackFor(int codepoint, IReadOnlyList<string> preferred, bool bold = false, bool italic = false)
    {
        foreach (var family in preferred)
            if (Find(family, bold, italic) is { } f && f.HasGlyph(codepoint)) return f;
        return _fallbacks.GetOrAdd((codepoint, bold, italic), key =>
        {
            foreach (var family in FallbackFamilies.Concat(Families))
                if (Find(family, key.Bold, key.Italic) is { } f && f.HasGlyph(key.Codepoint)) return f;
            return null;
        });
    }

    private Font Load(FontFileInfo info) =>
        s_loaded.GetOrAdd((info.Path, info.FaceIndex), _ => new Lazy<Font>(() => new Font(info))).Value;

    // Slant matters most (a roman for an italic is a visible error), then weight, then width.
    private static int Distance(FontFileInfo f, bool bold, bool italic) =>
        (f.Italic != italic ? 10_000 : 0) + Math.Abs(f.Weight - (bold ? 700 : 400)) + Math.Abs(f.WidthClass - 5) * 50;
}
