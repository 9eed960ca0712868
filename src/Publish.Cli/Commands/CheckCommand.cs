using System.CommandLine;
using Publish.Model;
using Publish.Reporting;
using Publish.Validation;

namespace Publish.Cli.Commands;

/// <summary><c>publish check &lt;file&gt;...</c>: epubcheck for EPUB, qpdf for PDF, findings as diagnostics.</summary>
internal static class CheckCommand
{
    public static (Command, string[]) Create(ConsoleSettings console)
    {
        var files = new Argument<string[]>("file") { Description = "EPUB or PDF files to validate", Arity = ArgumentArity.OneOrMore };
        var diagnosticsFormat = new Option<DiagnosticFormat>("--diagnostics") { Description = "How to print findings: text, json, github", HelpName = "text|json|github" };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings (and a missing validator) as errors" };
        var command = new Command("check", "Validate EPUB and PDF files with the installed validators (epubcheck, qpdf; DAISY Ace for EPUB accessibility when installed)") { files, diagnosticsFormat, strict };
        command.SetAction(parse =>
        {
            var formatter = DiagnosticFormatters.For(parse.GetValue(diagnosticsFormat), console.Interactive);
            var findings = parse.GetValue(files)!.SelectMany(OutputValidator.Check).ToList();
            // DAISY Ace, when installed, checks the EPUBs' accessibility too (it takes seconds: check only, not build --check).
            findings.AddRange(parse.GetValue(files)!.Where(f => File.Exists(f) && Path.GetExtension(f).Equals(".epub", StringComparison.OrdinalIgnoreCase)).SelectMany(AceCheck.Run));
            foreach (var d in findings) console.Error.Write(formatter.Format(d));
            // Not having validated is not a pass: a missing validator fails the check too.
            var failed = findings.Any(d => d.Severity == Severity.Error || d.Code == DiagnosticCatalog.ValidatorMissing.Code || parse.GetValue(strict));
            if (!failed) console.Output.WriteLine($"no problems found in {string.Join(", ", parse.GetValue(files)!)}");
            return failed ? PublishCommandLine.InputErrors : PublishCommandLine.Ok;
        });
        return (command, ["publish check out/my-book.epub", "publish check out/my-book.pdf out/my-book.epub --diagnostics github"]);
    }
}
