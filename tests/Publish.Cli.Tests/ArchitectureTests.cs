using System.Reflection;
using System.Xml.Linq;

namespace Publish.Cli.Tests;

/// <summary>
/// DESIGN.md's reference rules, read from the project files and from the built assemblies' own
/// references: the model references nothing, the EPUB writer never the layout, the PDF writer
/// never the model. A new project fails here until it is given its place in the table.
/// </summary>
public class ArchitectureTests
{
    // Which projects each project may reference directly (DESIGN.md, "Projects and who may reference whom").
    private static readonly Dictionary<string, string[]> s_allowed = new()
    {
        ["Publish.Model"] = [],
        ["Publish.Math"] = [],
        ["Publish.Infrastructure"] = ["Publish.Model"],
        ["Publish.Readers"] = ["Publish.Model", "Publish.Infrastructure"],
        ["Publish.Styling"] = ["Publish.Model", "Publish.Infrastructure"],
        ["Publish.Layout"] = ["Publish.Model", "Publish.Infrastructure", "Publish.Styling", "Publish.Math"],
        ["Publish.Pdf"] = ["Publish.Infrastructure", "Publish.Layout"],
        ["Publish.Epub"] = ["Publish.Model", "Publish.Infrastructure", "Publish.Styling", "Publish.Math"],
        ["Publish"] = ["Publish.Model", "Publish.Infrastructure", "Publish.Readers", "Publish.Styling", "Publish.Math", "Publish.Layout", "Publish.Pdf", "Publish.Epub"],
        ["Publish.Cli"] = ["Publish"],
    };

    // Project → assembly name, where they differ (see the project files for why).
    private static readonly Dictionary<string, string> s_assemblies = new() { ["Publish"] = "Publish.Pipeline", ["Publish.Cli"] = "publish" };

    [Fact]
    public void Every_project_references_only_the_projects_the_design_allows()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var violations = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.csproj", SearchOption.AllDirectories))
        {
            var project = Path.GetFileNameWithoutExtension(file);
            if (!s_allowed.TryGetValue(project, out var allowed)) { violations.Add($"{project} is not in the reference table of ArchitectureTests (and DESIGN.md)"); continue; }
            foreach (var reference in XDocument.Load(file).Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension((string)r.Attribute("Include")!)))
                if (!allowed.Contains(reference)) violations.Add($"{project} references {reference}");
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Theory]
    [InlineData("Publish.Model", "Publish.")]
    [InlineData("Publish.Math", "Publish.")]
    [InlineData("Publish.Epub", "Publish.Layout")]
    [InlineData("Publish.Epub", "Publish.Pdf")]
    [InlineData("Publish.Pdf", "Publish.Model")]
    [InlineData("Publish.Pdf", "Publish.Epub")]
    // In the assemblies too: a project may use a type of a project it reaches through another
    // (the CLI prints the model's diagnostics), but never one of these.
    public void The_rules_DESIGN_md_names_hold(string project, string forbidden)
    {
        var used = Assembly.Load(new AssemblyName(AssemblyOf(project))).GetReferencedAssemblies().Select(a => a.Name!).Where(IsOurs);
        Assert.DoesNotContain(used, name => name.StartsWith(forbidden, StringComparison.Ordinal) || name.Equals(forbidden, StringComparison.Ordinal));
        var file = Path.Combine(RepositoryRoot(), "src", project, project + ".csproj");
        var references = XDocument.Load(file).Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension((string)r.Attribute("Include")!));
        Assert.DoesNotContain(references, name => name.StartsWith(forbidden, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Publish.Infrastructure", "")]
    [InlineData("Publish.Math", "")]
    [InlineData("Publish.Readers", "Publish.Readers.SourceFormat")]
    [InlineData("Publish.Layout", "")]
    [InlineData("Publish.Pdf", "")]
    [InlineData("Publish.Epub", "")]
    // Issue 21: an embedder sees Publisher, its options and result, the model and themes (README,
    // "Use it from code"); the stages behind them are internal, free to change, and export only
    // what BuildOptions names.
    public void The_stages_behind_the_pipeline_export_only_what_BuildOptions_names(string project, string exported)
    {
        var types = Assembly.Load(new AssemblyName(AssemblyOf(project))).GetExportedTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal);
        Assert.Equal(exported.Split(',', StringSplitOptions.RemoveEmptyEntries), types);
    }

    [Fact]
    public void Every_library_declares_its_public_API_for_the_analyzer()
    {
        // The public API analyzer checks a project only when PublicAPI.Shipped.txt and
        // PublicAPI.Unshipped.txt lie beside it: a library without them would change its surface unnoticed.
        var root = RepositoryRoot();
        var missing = s_allowed.Keys.Where(project => project != "Publish.Cli")
            .SelectMany(project => new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" }.Select(file => Path.Combine("src", project, file)))
            .Where(file => !File.Exists(Path.Combine(root, file)));
        Assert.Empty(missing);
    }

    private static string AssemblyOf(string project) => s_assemblies.GetValueOrDefault(project, project);

    private static bool IsOurs(string assembly) => assembly.StartsWith("Publish.", StringComparison.Ordinal) || assembly == "publish";

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Publish.sln"))) return dir.FullName;
        Assert.Skip("the tests run outside a checkout of the repository (no Publish.sln above them)");
        return "";
    }
}
