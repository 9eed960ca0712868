using Publish.Infrastructure;
using Publish.Model;
using System.CommandLine;

namespace Publish.Cli;

/// <summary>
/// Reports a command line that could not be parsed: each error, a "did you mean" for each
/// mistyped option or command (by edit distance to the names the command knows), and where
/// to find help. All on stderr; the exit code is 2.
/// </summary>
internal static class UsageErrors
{
    public static void Report(ParseResult parse, TextWriter error)
    {
        var command = parse.CommandResult.Command;
        var unknown = Unknown(parse).ToList();
        foreach (var token in unknown)
        {
            var kind = token.StartsWith('-') ? "option" : "command or argument";
            error.WriteLine($"publish: error: unknown {kind} '{token}'");
            var suggestions = Suggest(token, Names(command)).ToList();
            if (suggestions.Count > 0) error.WriteLine($"  did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?");
        }
        foreach (var e in parse.Errors.Where(e => !unknown.Any(t => e.Message.Contains($"'{t}'", StringComparison.Ordinal))))
            error.WriteLine($"publish: error: {e.Message}");
        // The root's name is the executable's (a test host, dotnet); users type "publish".
        var path = string.Join(' ', Ancestry(parse.CommandResult).Reverse().Skip(1).Prepend("publish"));
        error.WriteLine($"run '{path} --help' for usage and examples");
    }

    /// <summary>Tokens nobody took, and option-like tokens an argument swallowed (<c>build a.md --stirct</c>).</summary>
    public static IEnumerable<string> Unknown(ParseResult parse) =>
        parse.UnmatchedTokens.Concat(parse.CommandResult.Children.OfType<System.CommandLine.Parsing.ArgumentResult>()
                .SelectMany(a => a.Tokens).Select(t => t.Value).Where(LooksLikeOption))
            .Distinct();

    public static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-' && !File.Exists(token) && !Directory.Exists(token);

    private static IEnumerable<string> Names(Command command) =>
        command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
            .Concat(command.Subcommands.Select(c => c.Name))
            .Where(n => !n.StartsWith("-?", StringComparison.Ordinal));

    /// <summary>The names within two edits (or one per four letters) of the token, closest first.</summary>
    public static IEnumerable<string> Suggest(string token, IEnumerable<string> names) =>
        names.Select(n => (Name: n, Distance: EditDistance.Between(token, n)))
            .Where(x => x.Distance <= Math.Max(2, x.Name.Length / 4) && x.Name.Length > 2)
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(3).Select(x => x.Name);

    private static IEnumerable<string> Ancestry(System.CommandLine.Parsing.CommandResult? result)
    {
        for (var r = result; r is not null; r = r.Parent as System.CommandLine.Parsing.CommandResult)
            yield return r.Command.Name;
    }
}
