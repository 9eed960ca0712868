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
        names.Select(n => (Name: n, Distance: Distance(token, n)))
            .Where(x => x.Distance <= Math.Max(2, x.Name.Length / 4) && x.Name.Length > 2)
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(3).Select(x => x.Name);

    private static IEnumerable<string> Ancestry(System.CommandLine.Parsing.CommandResult? result)
    {
        for (var r = result; r is not null; r = r.Parent as System.CommandLine.Parsing.CommandResult)
            yield return r.Command.Name;
    }

    /// <summary>Damerau–Levenshtein (optimal string alignment): a swapped pair of letters is one edit.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }
}
