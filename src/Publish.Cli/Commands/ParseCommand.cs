using System.CommandLine;
using Publish.Model;
using Publish.Readers;
using Publish.Reporting;

namespace Publish.Cli.Commands;

/// <summary><c>publish parse &lt;input&gt;</c>: the document model as JSON on stdout, diagnostics on stderr.</summary>
internal static class ParseCommand
{
    public static (Command, string[]) Create(ConsoleSettings console)
    {
        var input = new Argument<string>("input") { Description = "A Markdown or text file, or a folder holding book.yaml" };
        var from = new Option<SourceFormat>("--from") { Description = "How to read the input (default: by file extension)", CustomParser = OptionParsers.From, HelpName = "markdown|gfm|commonmark|text" };
        var diagnosticsFormat = new Option<DiagnosticFormat>("--diagnostics") { Description = "How to print diagnostics: text, json, github", HelpName = "text|json|github" };
        var command = new Command("parse", "Print the document model as JSON") { input, from, diagnosticsFormat };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            var formatter = DiagnosticFormatters.For(parse.GetValue(diagnosticsFormat), console.Interactive);
            var diagnostics = new DiagnosticBag();
            Document? document = null;
            if (!File.Exists(path) && !Directory.Exists(path))
                diagnostics.Report(DiagnosticCatalog.InputMissing, $"input '{path}' does not exist", new SourceSpan(path, 0, 0));
            else
                document = DocumentReader.Read(path, parse.GetValue(from), diagnostics);
            foreach (var d in diagnostics.Items) console.Error.Write(formatter.Format(d));
            if (document is null || diagnostics.HasErrors) return PublishCommandLine.InputErrors;
            console.Output.WriteLine(ModelJson.Serialize(document));
            return PublishCommandLine.Ok;
        });
        return (command, ["publish parse notes.md > notes.json", "publish parse article.txt --from text | jq '.blocks[0]'"]);
    }
}
