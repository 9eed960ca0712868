using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Publish.Cli.Tests;

/// <summary>
/// Issue 21: <c>dotnet pack src/Publish</c> gives a folder of packages that a fresh console
/// project restores from, with nuget.org only for third-party packages, and the README's library
/// example runs against them. Packs the already built assemblies (<c>--no-build</c>) under a
/// version of its own, so the NuGet cache never serves a stale package, and removes that version
/// from the cache afterwards.
/// </summary>
public partial class LibraryPackageTests
{
    [Fact]
    public void The_packed_library_restores_in_a_fresh_project_and_runs_the_readme_example()
    {
        var root = RepoRoot();
        // The configuration these tests (and so the library beside them) were built in.
        var configuration = typeof(Publisher).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        // One identifier "pid-time": a purely numeric one may not start with 0 (SemVer), as the time does before 10:00.
        var version = $"0.1.0-check.{Environment.ProcessId}-{DateTime.UtcNow:HHmmssfff}";
        using var project = new TempProject();
        var feed = project.Path("feed");
        try
        {
            var pack = Dotnet(root, "pack", "src/Publish", "-c", configuration, "--no-build", "-o", feed, $"-p:PackageVersion={version}");
            Assert.True(pack.Code == 0, pack.Output);
            var packages = Directory.GetFiles(feed, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.Contains($"Publish.{version}.nupkg", packages);
            Assert.Contains($"Publish.Model.{version}.nupkg", packages);

            project.Write("app/nuget.config", $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                </configuration>
                """);
            // The host RID keeps the bin folder to one platform's natives, as the repository does.
            project.Write("app/app.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <RuntimeIdentifier>{System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier}</RuntimeIdentifier>
                    <SelfContained>false</SelfContained>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Publish" Version="{version}" />
                  </ItemGroup>
                </Project>
                """);
            project.Write("app/Program.cs", ReadmeExample(root));

            var restore = Dotnet(project.Path("app"), "restore");
            Assert.SkipWhen(restore.Code != 0 && restore.Output.Contains("NU1301", StringComparison.Ordinal), "nuget.org cannot be reached for the third-party packages:\n" + restore.Output);
            Assert.True(restore.Code == 0, restore.Output);
            var run = Dotnet(project.Path("app"), "run", "--no-restore");
            Assert.True(run.Code == 0, run.Output);
            Assert.Matches(@"wrote .*hello\.epub", run.Output);
        }
        finally
        {
            var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            if (Directory.Exists(cache))
                foreach (var id in Directory.GetDirectories(cache, "publish*"))
                {
                    if (Directory.Exists(Path.Combine(id, version))) Directory.Delete(Path.Combine(id, version), recursive: true);
                    if (Directory.GetFileSystemEntries(id).Length == 0) Directory.Delete(id);
                }
        }
    }

    private static (int Code, string Output) Dotnet(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, $"dotnet {string.Join(' ', args)} (exit {process.ExitCode})\n{output}{error.Result}");
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Publish.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("the repository root (Publish.sln)");
    }

    private static string ReadmeExample(string root)
    {
        var match = Example().Match(File.ReadAllText(Path.Combine(root, "README.md")));
        Assert.True(match.Success, "README.md has no '<!-- library-example -->' C# block");
        return match.Groups["code"].Value;
    }

    [GeneratedRegex(@"<!-- library-example -->\s*```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();
}
