using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Publish.Model;

namespace Publish.Readers.Tests;

/// <summary>The model as JSON, the way <c>publish parse</c> prints it, for failure messages and debugging.</summary>
internal static class Dump
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Json(Document document) => JsonSerializer.Serialize(new { metadata = document.Metadata, blocks = document.Blocks }, s_options);
}

public class DumpTests
{
    [Fact]
    public void Scratch()
    {
        var path = Environment.GetEnvironmentVariable("DUMP_MD");
        Assert.SkipWhen(path is null, "set DUMP_MD to print a file's model");
        var bag = new DiagnosticBag();
        var doc = DocumentReader.Read(path!, SourceFormat.Auto, bag);
        File.WriteAllText("/tmp/mdt/out.json", Dump.Json(doc) + "\n" + string.Join("\n", bag.Items));
    }
}
