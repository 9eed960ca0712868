using Publish;
using Publish.Model;
using Publish.Readers;

// A deliberately thin first CLI: it maps arguments onto BuildOptions and diagnostics onto exit codes.
// Exit codes: 0 built, 1 the input has errors, 2 usage.
return Cli.Run(args, Console.Out, Console.Error);

internal static class Cli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            stdout.WriteLine("usage: publish build <input>... [-o DIR] [-f pdf,epub,html,png] [--from markdown|commonmark|text] [--theme NAME|PATH] [--strict]");
            stdout.WriteLine("       publish parse <input>");
            return args.Length == 0 ? 2 : 0;
        }
        try
        {
            return args[0] switch
            {
                "build" => Build(args[1..], stdout, stderr),
                "parse" => Parse(args[1..], stdout, stderr),
                _ => Usage(stderr, $"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            return Usage(stderr, e.Message);
        }
    }

    private sealed class UsageException(string message) : Exception(message);

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"publish: error: {message}");
        stderr.WriteLine("run 'publish --help' for usage");
        return 2;
    }

    private static int Build(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var inputs = new List<string>();
        string output = "out";
        var formats = OutputFormat.Pdf | OutputFormat.Epub;
        var from = SourceFormat.Auto;
        string? theme = null;
        var strict = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new UsageException($"option '{args[i]}' needs a value");
            switch (args[i])
            {
                case "-o" or "--output-dir": output = Value(); break;
                case "-f" or "--format": formats = ParseFormats(Value()); break;
                case "--from": from = ParseFrom(Value()); break;
                case "--theme": theme = Value(); break;
                case "--strict": strict = true; break;
                case var a when a.StartsWith('-'): throw new UsageException($"unknown option '{a}'");
                default: inputs.Add(args[i]); break;
            }
        }
        if (inputs.Count == 0) throw new UsageException("build needs an input");
        var worst = 0;
        foreach (var input in inputs)
        {
            var result = Publisher.Build(new BuildOptions { Input = input, OutputDirectory = output, Formats = formats, From = from, Theme = theme, Strict = strict });
            foreach (var d in result.Diagnostics) stderr.WriteLine(d);
            foreach (var o in result.Outputs) stdout.WriteLine($"wrote {o}");
            worst = Math.Max(worst, result.Succeeded ? 0 : 1);
        }
        return worst;
    }

    private static int Parse(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length != 1) throw new UsageException("parse needs exactly one input");
        var diagnostics = new DiagnosticBag();
        var document = DocumentReader.Read(args[0], SourceFormat.Auto, diagnostics);
        foreach (var d in diagnostics.Items) stderr.WriteLine(d);
        if (diagnostics.HasErrors) return 1;
        stdout.WriteLine(ModelJson.Serialize(document));
        return 0;
    }

    private static OutputFormat ParseFormats(string value)
    {
        var result = OutputFormat.None;
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            result |= part.ToLowerInvariant() switch
            {
                "pdf" => OutputFormat.Pdf,
                "epub" => OutputFormat.Epub,
                "html" => OutputFormat.Html,
                "png" => OutputFormat.Png,
                _ => throw new UsageException($"unknown format '{part}' (allowed: pdf, epub, html, png)"),
            };
        }
        return result;
    }

    private static SourceFormat ParseFrom(string value) => value.ToLowerInvariant() switch
    {
        "markdown" or "md" => SourceFormat.Markdown,
        "commonmark" => SourceFormat.CommonMark,
        "text" or "txt" => SourceFormat.Text,
        _ => throw new UsageException($"unknown --from '{value}' (allowed: markdown, commonmark, text)"),
    };
}
