using System.CommandLine.Parsing;
using Publish.Readers;

namespace Publish.Cli.Commands;

/// <summary>Values the library cannot parse on its own; a bad value is a usage error (exit code 2) with the reason.</summary>
internal static class OptionParsers
{
    public static OutputFormat Formats(ArgumentResult result)
    {
        var formats = OutputFormat.None;
        foreach (var token in result.Tokens)
        foreach (var part in token.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            formats |= part.ToLowerInvariant() switch
            {
                "pdf" => OutputFormat.Pdf,
                "epub" => OutputFormat.Epub,
                "html" => OutputFormat.Html,
                "png" => OutputFormat.Png,
                _ => Fail(result, $"unknown format '{part}' (allowed: pdf, epub, html, png)", OutputFormat.None),
            };
        }
        if (formats == OutputFormat.None && result.Errors.Count() == 0) result.AddError("--format needs at least one of pdf, epub, html, png");
        return formats;
    }

    public static SourceFormat From(ArgumentResult result)
    {
        var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        return value.ToLowerInvariant() switch
        {
            "markdown" or "md" => SourceFormat.Markdown,
            "commonmark" => SourceFormat.CommonMark,
            "gfm" => SourceFormat.Gfm,
            "text" or "txt" => SourceFormat.Text,
            "html" or "htm" => SourceFormat.Html,
            _ => Fail(result, $"unknown --from '{value}' (allowed: markdown, gfm, commonmark, text, html)", SourceFormat.Auto),
        };
    }

    public static double? Length(ArgumentResult result)
    {
        var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        var points = Publish.Length.TryParsePoints(value, out var error);
        if (points is null) result.AddError($"--bleed: {error}");
        return points;
    }

    public static Batch.Shard Shard(ArgumentResult result)
    {
        var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        var shard = Batch.Shard.TryParse(value, out var error);
        if (shard is null) result.AddError($"--shard: {error}");
        return shard ?? Batch.Shard.All;
    }

    private static T Fail<T>(ArgumentResult result, string message, T fallback)
    {
        result.AddError(message);
        return fallback;
    }
}
