using System.Text.Json;
using Publish.Cli;
using Publish.Reporting;

namespace Publish.Cli.Tests;

/// <summary>What one in-process run of <c>publish</c> printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>The diagnostics of a run made with <c>--diagnostics json</c>.</summary>
    public IReadOnlyList<JsonDiagnostic> Diagnostics =>
        Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.StartsWith('{'))
            .Select(l => JsonSerializer.Deserialize<JsonDiagnostic>(l, JsonOptions)!)
            .ToList();

    public IEnumerable<string> Codes => Diagnostics.Select(d => d.Code);

    public JsonDiagnostic Single(string code) => Assert.Single(Diagnostics, d => d.Code == code);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };
}

public sealed record JsonDiagnostic(string File, int Line, int Column, string Severity, string Code, string Message, string? Hint);

/// <summary>Runs the real command line in-process, with an injected console.</summary>
public static class Cli
{
    public static CliRun Run(params string[] args) => Run(terminal: false, ci: false, args);

    // Off the test framework's synchronization context: blocking on it from a test thread would deadlock.
    public static CliRun Run(bool terminal, bool ci, params string[] args) => Task.Run(() => RunAsync(terminal, ci, default, args)).GetAwaiter().GetResult();

    public static async Task<CliRun> RunAsync(bool terminal, bool ci, CancellationToken cancellation, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new ConsoleSettings(TextWriter.Synchronized(output), TextWriter.Synchronized(error), terminal, ci);
        var code = await PublishCommandLine.RunAsync(args, console, cancellation);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary><c>publish build</c> with machine-readable diagnostics and one job, output into <paramref name="outDir"/>.</summary>
    public static CliRun Build(string input, string outDir, params string[] more) =>
        Run(["build", input, "-o", outDir, "--diagnostics", "json", .. more]);
}
