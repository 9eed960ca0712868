using Publish.Reporting;

namespace Publish.Cli;

/// <summary>The real console: a terminal when stderr is not redirected, CI when the <c>CI</c> variable is set.</summary>
internal static class SystemConsole
{
    public static ConsoleSettings Settings() =>
        new(Console.Out, Console.Error, IsTerminal: !Console.IsErrorRedirected, IsCi: IsCi(Environment.GetEnvironmentVariable("CI")));

    /// <summary>Every CI service sets <c>CI</c> (GitHub, GitLab, Azure: "true"); "false" or "0" turns it off.</summary>
    public static bool IsCi(string? value) => !string.IsNullOrEmpty(value) && value is not ("false" or "0");
}
