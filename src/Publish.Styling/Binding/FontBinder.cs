using Publish.Infrastructure;
using Publish.Model;

namespace Publish.Styling.Binding;

/// <summary>
/// <c>fonts:</c> names the sans, mono and math families and lists font files the theme brings, e.g.
/// <c>files: [{family: Body, file: fonts/Body-Regular.ttf, weight: bold, italic: true}]</c>.
/// A file path is relative to the theme file that names it.
/// </summary>
internal static class FontBinder
{
    private static readonly string[] Extensions = [".ttf", ".otf", ".woff", ".woff2"];

    public static Theme Bind(Theme theme, ValueReader node, string? folder, BindContext context)
    {
        foreach (var (key, value) in context.Read(node.Node, node.Path, "sans", "mono", "math", "files", "scripts"))
        {
            theme = key switch
            {
                "sans" => value.Families() is { } s ? theme with { SansFamilies = s } : theme,
                "mono" => value.Families() is { } m ? theme with { MonoFamilies = m } : theme,
                "math" => value.Families() is { } f ? theme with { MathFamilies = f } : theme,
                "scripts" => theme with { ScriptFamilies = Scripts(theme.ScriptFamilies, value, context) },
                _ => value.Items("a list of font files, each with family: and file:") is { } items
                    ? theme with { FontFiles = [.. items.Select(i => File(i, folder, context)).OfType<FontFile>()] }
                    : theme,
            };
        }
        return theme;
    }

    /// <summary><c>scripts:</c> — font families per script, e.g. <c>arabic: [Amiri]</c>, <c>japanese: [Noto Serif CJK JP]</c>.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Scripts(IReadOnlyDictionary<string, IReadOnlyList<string>> start, ValueReader node, BindContext context)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(start, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in context.Read(node.Node, node.Path, [.. Languages.ScriptNames.All]))
            if (value.Families() is { } families) result[key] = families;
        return result;
    }

    private static FontFile? File(ValueReader item, string? folder, BindContext context)
    {
        string? family = null, file = null;
        var weight = FontWeight.Normal;
        var italic = false;
        var named = 0;
        foreach (var (key, value) in context.Read(item.Node, item.Path, "family", "file", "weight", "italic"))
        {
            switch (key)
            {
                case "family": family = value.Text(); named++; break;
                case "file": file = Resolve(value, folder, context); named++; break;
                case "weight": weight = value.Choice(("normal", FontWeight.Normal), ("bold", FontWeight.Bold)) ?? weight; break;
                default: italic = value.Bool() ?? italic; break;
            }
        }
        if (named < 2 && item.Node is Yaml.MappingNode)
        {
            context.Error(DiagnosticCatalog.ThemeValueType, $"theme key '{item.Path}': a font file needs both family: and file:", item.Node.Span);
            return null;
        }
        return family is null || file is null ? null : new FontFile(family, file, weight, italic);
    }

    private static string? Resolve(ValueReader value, string? folder, BindContext context)
    {
        if (value.Text() is not { } relative) return null;
        if (!Extensions.Contains(Path.GetExtension(relative).ToLowerInvariant()))
        {
            value.Reject($"a font file ending in {string.Join(", ", Extensions)}");
            return null;
        }
        var themeFile = value.Node.Span.File;
        var baseFolder = themeFile.Length > 0 ? Path.GetDirectoryName(Path.GetFullPath(themeFile)) : folder;
        var full = Path.GetFullPath(relative, baseFolder ?? Directory.GetCurrentDirectory());
        // The same rule as every other file: inside the project (or the theme's own folder), a
        // regular file with a size under the cap, symlinks resolved — a font is copied whole into
        // the EPUB, so a link to /proc/self/environ would publish the build's secrets.
        var scope = context.Scope ?? new ProjectScope([baseFolder ?? Directory.GetCurrentDirectory()]);
        var check = scope.Check(full, FileKind.Font);
        if (check.Ok && check.Detail != "0") return check.RealPath;
        var reason = check.Ok ? $"'{relative}' is empty" : check.Reason(relative, FileKind.Font);
        context.Error(DiagnosticCatalog.ThemeValueImpossible, $"theme key 'fonts': font file {reason}; allowed: a font file under the theme's fonts/ folder, inside the project", value.Node.Span);
        return null;
    }
}
