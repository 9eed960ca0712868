using System.Diagnostics;

namespace Publish.Cli.Tests.Pandoc;

/// <summary>The installed pandoc, run as a reference renderer of Markdown to an HTML fragment.</summary>
public static class PandocRenderer
{
    private static readonly Lazy<string?> s_version = new(() => Run(["--version"], null).Split('\n')[0] is { Length: > 0 } v ? v : null);

    /// <summary>"pandoc 2.17.1.1", or null when pandoc is not installed.</summary>
    public static string? Version => s_version.Value;

    /// <summary>
    /// <paramref name="source"/> as pandoc renders it with the reader <paramref name="from"/>
    /// (markdown or gfm): a fragment, math as MathML (its TeX kept as an annotation), no highlighting.
    /// </summary>
    public static string Html(string source, string from) =>
        Run(["-f", from, "-t", "html5", "--mathml", "--no-highlight", "--wrap=none", source], null);

    private static string Run(string[] arguments, string? input)
    {
        var start = new ProcessStartInfo("pandoc") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = input is not null };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = error.Result;
            return process.ExitCode == 0 ? output : "";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return ""; // not installed
        }
    }
}
