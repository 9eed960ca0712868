using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Publish.Model;

namespace Publish;

/// <summary>The document model as JSON (<c>publish parse</c>): the stable shape tools build on.</summary>
public static class ModelJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(Document document) =>
        JsonSerializer.Serialize(new { metadata = document.Metadata, blocks = document.Blocks }, Options);
}
