using Publish.Model;
using Publish.Styling.Binding;
using Publish.Styling.Yaml;

namespace Publish.Styling;

/// <summary>Finds and loads themes: a name under <c>styles/</c>, or a path to a YAML file.</summary>
public static class ThemeLoader
{
    /// <summary>
    /// Loads a theme by name or path; null (or blank) means the default (<c>book</c>) theme, or the built-in
    /// defaults when no styles folder is found. Returns null after reporting errors.
    /// </summary>
    public static Theme? Load(string? nameOrPath, string? stylesFolder, DiagnosticBag diagnostics)
    {
        var folder = stylesFolder ?? StylesFolder.Find();
        if (string.IsNullOrWhiteSpace(nameOrPath))
        {
            var book = folder is null ? null : FindByName("book", folder);
            return book is null ? Theme.Default : LoadFile(book, diagnostics, folder);
        }
        var path = IsPath(nameOrPath) ? (File.Exists(nameOrPath) ? nameOrPath : null)
            : folder is null ? null : FindByName(nameOrPath, folder);
        if (path is null)
        {
            diagnostics.Report(DiagnosticCatalog.UnknownTheme, UnknownTheme(nameOrPath, folder), new SourceSpan(IsPath(nameOrPath) ? nameOrPath : "", 0, 0));
            return null;
        }
        return LoadFile(path, diagnostics, folder);
    }

    /// <summary>
    /// Loads one theme file, following its <c>extends:</c> chain: a parent name is looked up beside
    /// the file, then in <paramref name="stylesFolder"/> (or the styles folder found as for names).
    /// </summary>
    public static Theme? LoadFile(string path, DiagnosticBag diagnostics, string? stylesFolder = null)
    {
        var context = new BindContext(diagnostics);
        path = Shown(path);
        var merged = ReadChain(path, [], stylesFolder ?? StylesFolder.Find(), context);
        if (merged is null) return null;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        var theme = ThemeBinder.Bind(merged, Theme.Default, folder, context) with
        {
            Name = Path.GetFileNameWithoutExtension(path),
            Folder = folder,
        };
        ThemeValidator.Check(theme, new SourceSpan(path, 1, 1), context);
        return context.Errors > 0 ? null : theme;
    }

    // Reads a theme and everything it extends, merged child-over-parent; `chain` holds the files
    // already on the way down, so `a extends b extends a` is reported instead of looping.
    private static MappingNode? ReadChain(string path, List<string> chain, string? stylesFolder, BindContext context)
    {
        var root = ThemeYaml.Read(path, context.Diagnostics);
        if (root is null) return null; // already reported with its position
        chain.Add(Path.GetFullPath(path));
        if (root["extends"] is not { } extends) return root;

        if (extends is not ScalarNode { IsNull: false } parentName)
        {
            context.Error(DiagnosticCatalog.ThemeValueType, $"theme key 'extends': expected a theme name or path; found {extends.Kind}", extends.Span);
            return null;
        }
        var own = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var parentPath = IsPath(parentName.Value)
            ? Existing(Path.GetFullPath(parentName.Value, own))
            : FindByName(parentName.Value, own) ?? (stylesFolder is null ? null : FindByName(parentName.Value, stylesFolder));
        if (parentPath is null)
        {
            context.Error(DiagnosticCatalog.UnknownTheme, $"theme key 'extends': {UnknownTheme(parentName.Value, own)}", parentName.Span);
            return null;
        }
        if (chain.Contains(Path.GetFullPath(parentPath)))
        {
            var cycle = string.Join(" → ", chain.Append(parentPath).Select(Path.GetFileNameWithoutExtension));
            context.Error(DiagnosticCatalog.ThemeExtendsCycle, $"theme key 'extends': themes extend each other in a cycle ({cycle}); allowed: a chain that ends in a theme without extends", parentName.Span);
            return null;
        }
        var parent = ReadChain(Shown(parentPath), chain, stylesFolder, context);
        return parent is null ? null : root.MergeOnto(WithoutLevelKeysSetByAll(parent, root));
    }

    // A child's `headings: all:` should win over the parent's per-level keys (large-print's bold
    // sans headings over book's small-caps chapter title), but after a plain merge the parent's
    // `h1: weight:` would be applied after `all:`. So the keys the child sets for all levels are
    // dropped from the parent's levels first.
    private static MappingNode WithoutLevelKeysSetByAll(MappingNode parent, MappingNode child)
    {
        if (child["headings"] is not MappingNode { } childHeadings || childHeadings["all"] is not MappingNode all) return parent;
        if (parent["headings"] is not MappingNode parentHeadings) return parent;
        var keys = all.Entries.Select(e => e.Key.Value).ToHashSet();
        var levels = parentHeadings.Entries.Select(e => e.Value is MappingNode level && e.Key.Value != "all"
            ? e with { Value = level with { Entries = [.. level.Entries.Where(x => !keys.Contains(x.Key.Value))] } }
            : e);
        var headings = parentHeadings with { Entries = [.. levels] };
        return parent with { Entries = [.. parent.Entries.Select(e => e.Key.Value == "headings" ? e with { Value = headings } : e)] };
    }

    // Diagnostics name a theme under the current folder by its relative path, as compilers do.
    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    private static string? FindByName(string name, string folder) =>
        Existing(Path.Combine(folder, name + ".yaml")) ?? Existing(Path.Combine(folder, name + ".yml"));

    private static string? Existing(string path) => File.Exists(path) ? path : null;

    /// <summary>A path contains a separator or names a YAML file; anything else is a theme name.</summary>
    private static bool IsPath(string nameOrPath) =>
        nameOrPath.Contains('/') || nameOrPath.Contains(Path.DirectorySeparatorChar)
        || nameOrPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || nameOrPath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static string UnknownTheme(string nameOrPath, string? folder)
    {
        if (IsPath(nameOrPath)) return $"theme file '{nameOrPath}' not found";
        var names = folder is null ? [] : StylesFolder.ThemeNames(folder);
        return names.Count == 0
            ? $"unknown theme '{nameOrPath}': no styles/ folder with themes was found"
            : $"unknown theme '{nameOrPath}'{(Binding.Suggestion.Closest(nameOrPath, names) is { } s ? $" (did you mean '{s}'?)" : "")}; available themes: {string.Join(", ", names)}";
    }
}
