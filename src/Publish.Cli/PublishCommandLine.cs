using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Publish.Batch;
using Publish.Cli.Commands;
using Publish.Reporting;

namespace Publish.Cli;

/// <summary>
/// The <c>publish</c> command line. Exit codes: 0 done, 1 the input (or a validated file) has
/// errors, 2 the command line itself is wrong. Nothing escapes as a stack trace: an exception
/// that reaches this level is a bug, reported as PUB0000 with exit code 1.
/// </summary>
internal static class PublishCommandLine
{
    public const int Ok = 0, InputErrors = 1, UsageError = 2;

    public static async Task<int> RunAsync(string[] args, ConsoleSettings console, CancellationToken cancellation = default)
    {
        try
        {
            var examples = new Dictionary<Command, string[]>();
            var root = Root(console, examples);
            var parse = root.Parse(args);
            if (parse.Action is ParseErrorAction || (parse.Action is not HelpWithExamples && UsageErrors.Unknown(parse).Any()))
            {
                UsageErrors.Report(parse, console.Error);
                return UsageError;
            }
            var invocation = new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(invocation, cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return InputErrors;
        }
        catch (Exception e)
        {
            var report = DiagnosticFormatters.For(DiagnosticFormat.Text, richText: false).Format(BatchBuilder.InternalError(e, ""));
            console.Error.Write(report);
            return InputErrors;
        }
    }

    private static RootCommand Root(ConsoleSettings console, Dictionary<Command, string[]> examples)
    {
        var root = new RootCommand("publish: Markdown, plain text or a book folder → a typeset PDF and an EPUB 3, from one parse.");
        foreach (var (command, lines) in new (Command, string[])[]
        {
            BuildCommand.Create(console),
            ParseCommand.Create(console),
            InitCommand.Create(console),
            CheckCommand.Create(console),
        })
        {
            root.Subcommands.Add(command);
            examples[command] = lines;
        }
        examples[root] = ["publish init my-book", "publish build my-book", "publish build my-book --watch", "publish check out/my-book.epub"];
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExamples((HelpAction)help.Action!, examples);
        return root;
    }
}

/// <summary>The library's help, followed by the examples of the command it is for.</summary>
internal sealed class HelpWithExamples(HelpAction help, IReadOnlyDictionary<Command, string[]> examples) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var code = help.Invoke(parseResult);
        if (!examples.TryGetValue(parseResult.CommandResult.Command, out var lines)) return code;
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine("Examples:");
        foreach (var line in lines) output.WriteLine($"  {line}");
        output.WriteLine();
        return code;
    }
}
