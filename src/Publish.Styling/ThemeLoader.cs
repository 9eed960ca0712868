using Publish.Infrastructure;
using Publish.Model;
using Publish.Styling.Binding;
using Publish.Styling.Yaml;

namespace Publish.Styling;

/// <summary>
/// Where a theme named by a source may come from: the project it belongs to (whose <c>styles/</c>
/// folder adds themes, and inside which theme files must live) and the file that named it (paths
/// resolve against that file's folder). <c>NamedBy</c> null means the command line named it:
/// a path is then relative to the working directory and its folder is trusted.
/// </summary>
public sealed record ThemeOrigin(string? ProjectRoot, string? NamedBy = null, SourceSpan? At = null);

/// <summary>Finds and loads themes: a name under a <c>styles/</c> folder, or a path to a YAML file.</summary>
public static class ThemeLoader
{
    /// <summary>
    /// Loads a theme by name or path; null (or blank) means the default (<c>book</c>) theme, or the built-in
    /// defaults when no styles folder is found. Returns null after reporting errors. Names are
    /// looked up in the project's <c>styles/</c>, then <paramref name="stylesFolder"/> (or the one
    /// found upwards from the working directory), then the themes the tool ships with.
    /// </summary>
    public static Theme? Load(string? nameOrPath, string? stylesFolder, DiagnosticBag diagnostics, ThemeOrigin? origin = null)
    {
        var folders = NameFolders(stylesFolder, origin?.ProjectRoot);
        var at = origin?.At ?? new SourceSpan(origin?.NamedBy ?? "", 0, 0);
        if (string.IsNullOrWhiteSpace(nameOrPath))
        {
            var book = FindByName("book", folders);
            return book is null ? Theme.Default : LoadFile(book, diagnostics, folders, Scope(folders, origin, null), at);
        }
        string? path;
        string? trusted = null;
        if (IsPath(nameOrPath))
        {
            var relativeTo = origin?.NamedBy is { Length: > 0 } namedBy ? Path.GetDirectoryName(Path.GetFullPath(namedBy))! : Directory.GetCurrentDirectory();
            var full = Path.GetFullPath(nameOrPath, relativeTo);
            if (origin?.NamedBy is null) trusted = Path.GetDirectoryName(full);
            path = full;
        }
        else path = FindByName(nameOrPath, folders);
        if (path is null)
        {
            diagnostics.Report(DiagnosticCatalog.UnknownTheme, UnknownTheme(nameOrPath, folders), origin is null ? new SourceSpan("", 0, 0) : at);
            return null;
        }
        var scope = Scope(folders, origin, trusted);
        var check = scope.Check(path, FileKind.Theme);
        if (check.Refusal == FileRefusal.Missing)
        {
            diagnostics.Report(DiagnosticCatalog.UnknownTheme, UnknownTheme(nameOrPath, folders), origin is null ? new SourceSpan(nameOrPath, 0, 0) : at);
            return null;
        }
        return LoadFile(IsPath(nameOrPath) && origin?.NamedBy is null ? Shown(path) : path, diagnostics, folders, scope, at, nameOrPath);
    }

    /// <summary>
    /// Loads one theme file, following its <c>extends:</c> chain: a parent name is looked up in
    /// <paramref name="stylesFolder"/> (or the styles folder found as for names) and the shipped
    /// themes, then beside the file.
    /// </summary>
    public static Theme? LoadFile(string path, DiagnosticBag diagnostics, string? stylesFolder = null) =>
        LoadFile(Shown(path), diagnostics, NameFolders(stylesFolder, null), null, null, null);

    private static Theme? LoadFile(string path, DiagnosticBag diagnostics, IReadOnlyList<string> folders, ProjectScope? scope, SourceSpan? at, string? named = null)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        scope ??= new ProjectScope([folder, .. folders]);
        var context = new BindContext(diagnostics, scope);
        var merged = ReadChain(path, [], folders, scope, context, at, named);
        if (merged is null) return null;
        var theme = ThemeBinder.Bind(merged, Theme.Default, folder, context) with
        {
            Name = Path.GetFileNameWithoutExtension(path),
            Folder = folder,
        };
        ThemeValidator.Check(theme, new SourceSpan(path, 1, 1), context);
        return context.Errors > 0 ? null : theme;
    }

    /// <summary>Where named themes are looked up, in order: the project's styles/, the given or found styles folder, the shipped themes.</summary>
    internal static IReadOnlyList<string> NameFolders(string? stylesFolder, string? projectRoot)
    {
        var folders = new List<string>();
        if (projectRoot is not null && StylesFolder.HoldsThemes(Path.Combine(projectRoot, "styles"))) folders.Add(Path.GetFullPath(Path.Combine(projectRoot, "styles")));
        if ((stylesFolder ?? StylesFolder.Find()) is { } given) folders.Add(Path.GetFullPath(given));
        if (StylesFolder.Shipped() is { } shipped) folders.Add(shipped);
        return [.. folders.Distinct(StringComparer.Ordinal)];
    }

    // Theme files may come from the project, the styles folders, and a folder the command line named.
    private static ProjectScope Scope(IReadOnlyList<string> folders, ThemeOrigin? origin, string? trusted) =>
        new([.. folders, .. origin?.ProjectRoot is { } root ? [root] : Array.Empty<string>(), .. trusted is null ? [] : new[] { trusted }]);

    // Reads a theme and everything it extends, merged child-over-parent; `chain` holds the files
    // already on the way down, so `a extends b extends a` is reported instead of looping.
    private static MappingNode? ReadChain(string path, List<string> chain, IReadOnlyList<string> folders, ProjectScope scope, BindContext context,
        SourceSpan? namedAt, string? named)
    {
        var root = ThemeYaml.Read(path, context.Diagnostics, scope, namedAt, named);
        if (root is null) return null; // already reported with its position
        chain.Add(Path.GetFullPath(path));
        if (root["extends"] is not { } extends) return root;

        if (extends is not ScalarNode { IsNull: false } parentName)
        {
            context.Error(DiagnosticCatalog.ThemeValueType, $"theme key 'extends': expected a theme name or path; found {extends.Kind}", extends.Span);
            return null;
        }
        var own = Path.GetDirectoryName(Path.GetFullPath(path))!;
        // A name is a theme in the styles folders (the built-in ones last), then beside the file —
        // but never a book's manifest: a theme beside book.yaml that extends `book` means the theme.
        var parentPath = IsPath(parentName.Value)
            ? Existing(Path.GetFullPath(parentName.Value, own))
            : FindByName(parentName.Value, folders) ?? NotAManifest(FindByName(parentName.Value, [own]));
        if (parentPath is null)
        {
            context.Error(DiagnosticCatalog.UnknownTheme, $"theme key 'extends': {UnknownTheme(parentName.Value, folders)}", parentName.Span);
            return null;
        }
        if (chain.Contains(Path.GetFullPath(parentPath)))
        {
            var cycle = string.Join(" → ", chain.Append(parentPath).Select(Path.GetFileNameWithoutExtension));
            context.Error(DiagnosticCatalog.ThemeExtendsCycle, $"theme key 'extends': themes extend each other in a cycle ({cycle}); allowed: a chain that ends in a theme without extends", parentName.Span);
            return null;
        }
        var parent = ReadChain(Shown(parentPath), chain, folders, scope, context, parentName.Span, parentName.Value);
        return parent is null ? null : root.MergeOnto(WithoutLevelKeysSetByAll(parent, root));
    }

    // Beside a theme, book.yaml is the book's manifest (the name `book` means the built-in theme).
    private static string? NotAManifest(string? path) => path is not null && Path.GetFileName(path) is "book.yaml" or "book.yml" ? null : path;

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

    private static string? FindByName(string name, IEnumerable<string> folders) => folders
        .Select(folder => Existing(Path.Combine(folder, name + ".yaml")) ?? Existing(Path.Combine(folder, name + ".yml")))
        .FirstOrDefault(p => p is not null);

    private static string? Existing(string path) => File.Exists(path) ? path : null;

    /// <summary>A path contains a separator or names a YAML file; anything else is a theme name.</summary>
    private static bool IsPath(string nameOrPath) =>
        nameOrPath.Contains('/') || nameOrPath.Contains(Path.DirectorySeparatorChar)
        || nameOrPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || nameOrPath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static string UnknownTheme(string nameOrPath, IReadOnlyList<string> folders)
    {
        if (IsPath(nameOrPath)) return $"theme file '{nameOrPath}' not found";
        var names = folders.SelectMany(StylesFolder.ThemeNames).Distinct().Order(StringComparer.Ordinal).ToList();
        return names.Count == 0
            ? $"unknown theme '{nameOrPath}': no styles/ folder with themes was found"
            : $"unknown theme '{nameOrPath}'{(Binding.Suggestion.Closest(nameOrPath, names) is { } s ? $" (did you mean '{s}'?)" : "")}; available themes: {string.Join(", ", names)}";
    }
}
