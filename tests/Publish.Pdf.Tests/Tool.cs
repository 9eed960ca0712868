using System.Diagnostics;

namespace Publish.Pdf.Tests;

/// <summary>Runs an installed PDF checker (qpdf, poppler); tests skip when it is missing.</summary>
internal static class Tool
{
    public static bool Has(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, name)));

    public static void Require(string name) => Assert.SkipUnless(Has(name), $"{name} is not installed");

    public static (int Exit, string Output) Run(string name, params string[] args)
    {
        var info = new ProcessStartInfo(name) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
