using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Publish.Cli.Tests;

/// <summary>The README's library example compiles against the built Publish library and runs.</summary>
public partial class LibraryExampleTests
{
    private static string ReadmeExample()
    {
        var readme = File.ReadAllText(RepoReadme());
        var match = Example().Match(readme);
        Assert.True(match.Success, "README.md has no '<!-- library-example -->' C# block");
        return match.Groups["code"].Value;
    }

    private static string RepoReadme()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Publish.sln"))) return Path.Combine(dir.FullName, "README.md");
        throw new FileNotFoundException("README.md of the repository");
    }

    [Fact]
    public void The_readme_library_example_compiles_and_builds_a_book()
    {
        var code = ReadmeExample();
        Assert.InRange(code.Trim().Split('\n').Length, 5, 15);
        var globalUsings = "global using System; global using System.IO; global using System.Linq;";
        // The framework as loaded, plus every Publish assembly beside the tests: which of those are
        // loaded already depends on the tests that ran before this one.
        var locations = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic && a.Location.Length > 0 && !Path.GetFileName(a.Location).StartsWith("Publish", StringComparison.Ordinal))
            .Select(a => a.Location)
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "Publish.*.dll").Where(f => !f.EndsWith(".Tests.dll", StringComparison.Ordinal)));
        var references = locations.Distinct(StringComparer.Ordinal).Select(l => MetadataReference.CreateFromFile(l));
        var compilation = CSharpCompilation.Create("LibraryExample",
            [CSharpSyntaxTree.ParseText(code, cancellationToken: TestContext.Current.CancellationToken), CSharpSyntaxTree.ParseText(globalUsings, cancellationToken: TestContext.Current.CancellationToken)],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));

        var entry = Assembly.Load(image.ToArray()).EntryPoint!;
        var exitCode = entry.Invoke(null, entry.GetParameters().Length == 0 ? [] : [Array.Empty<string>()]);
        Assert.Equal(0, exitCode);
    }

    [GeneratedRegex(@"<!-- library-example -->\s*```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();
}
