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
