namespace Publish.Styling;

/// <summary>Where named themes live when no folder is given.</summary>
internal static class StylesFolder
{
    /// <summary>
    /// A <c>styles/</c> folder holding themes, searched upwards from the current directory (a
    /// project's own themes win), then beside the running tool (the themes it ships with).
    /// </summary>
    public static string? Find()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "styles");
            if (HoldsThemes(candidate)) return candidate;
        }
        return Shipped();
    }

    /// <summary>The themes the tool ships with, beside the running tool; null when it was installed without them.</summary>
    public static string? Shipped()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "styles");
        return HoldsThemes(shipped) ? shipped : null;
    }

    /// <summary>Theme names in a folder: its <c>.yaml</c>/<c>.yml</c> files without extension, sorted.</summary>
    public static IReadOnlyList<string> ThemeNames(string folder) => !Directory.Exists(folder)
        ? []
        : [.. Directory.EnumerateFiles(folder)
            .Where(IsThemeFile)
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Distinct()
            .Order(StringComparer.Ordinal)];

    // Only a folder with at least one theme counts: a web project's unrelated styles/ should not shadow ours.
    public static bool HoldsThemes(string folder) => Directory.Exists(folder) && Directory.EnumerateFiles(folder).Any(IsThemeFile);

    private static bool IsThemeFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
