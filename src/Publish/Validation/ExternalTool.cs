using System.Diagnostics;

namespace Publish.Validation;

/// <summary>What an external program printed and how it exited.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error);

/// <summary>Finds and runs installed programs (validators) with a time limit.</summary>
internal static class ExternalTool
{
    public static string? Find(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
    }

    public static ToolRun Run(string program, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return new ToolRun(-1, output.Result, error.Result + $"\n{Path.GetFileName(program)} did not finish within {timeout.TotalSeconds:0} s");
        }
        return new ToolRun(process.ExitCode, output.Result, error.Result);
    }
}
