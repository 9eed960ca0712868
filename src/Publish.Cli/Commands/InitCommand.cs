using System.CommandLine;
using Publish.Model;
using Publish.Reporting;
using Publish.Scaffolding;

namespace Publish.Cli.Commands;

/// <summary><c>publish init &lt;folder&gt;</c>: a new book that builds at once.</summary>
internal static class InitCommand
{
    public static (Command, string[]) Create(ConsoleSettings console)
    {
        var folder = new Argument<string>("folder") { Description = "Where to create the book (a new or empty folder)" };
        var themeFile = new Option<bool>("--theme-file") { Description = "Also write a starter theme (theme.yaml, extending the built-in book theme) beside book.yaml and use it" };
        var command = new Command("init", "Create a new book: book.yaml, two chapters, an image and a CI workflow") { folder, themeFile };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(folder)!;
            var diagnostics = new DiagnosticBag();
            var written = BookScaffold.Create(path, diagnostics, parse.GetValue(themeFile));
            var formatter = DiagnosticFormatters.For(DiagnosticFormat.Text, console.Interactive);
            foreach (var d in diagnostics.Items) console.Error.Write(formatter.Format(d));
            if (diagnostics.HasErrors) return PublishCommandLine.InputErrors;
            foreach (var file in written) console.Output.WriteLine($"  created {file}");
            console.Output.WriteLine($"""

                Your book is in {path}. Next:
                  publish build {path}            # PDF and EPUB in out/
                  publish build {path} --watch    # rebuild as you write
                """);
            return PublishCommandLine.Ok;
        });
        return (command, ["publish init my-book", "publish init my-book && publish build my-book", "publish init my-book --theme-file"]);
    }
}
