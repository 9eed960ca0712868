using Publish.Model;

namespace Publish.Styling;

/// <summary>Finds and loads themes: a name under <c>styles/</c>, or a path to a YAML file.</summary>
public static class ThemeLoader
{
    /// <summary>Loads a theme by name or path; null means the default theme.</summary>
    public static Theme? Load(string? nameOrPath, string? stylesFolder, DiagnosticBag diagnostics)
    {
        if (nameOrPath is null or "book") return Theme.Default;
        diagnostics.Error("PUB0301", $"unknown theme '{nameOrPath}'", SourceSpan.None, "themes are not built yet; use the default");
        return null;
    }
}
