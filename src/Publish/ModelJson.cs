using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Publish.Model;

namespace Publish;

/// <summary>The document model as JSON (<c>publish parse</c>): the stable shape tools build on.</summary>
/// <remarks>
/// Serialized through source-generated metadata (<see cref="ModelJsonContext"/>), not reflection,
/// so the Native AOT build of the tool writes it too. Enums are written as camel-case names; each
/// enum of the model has its converter here (an enum missing from the list would come out as a number).
/// </remarks>
internal static class ModelJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = ModelJsonContext.Default,
        Converters =
        {
            new JsonStringEnumConverter<ListNumberStyle>(JsonNamingPolicy.CamelCase),
            new JsonStringEnumConverter<Alignment>(JsonNamingPolicy.CamelCase),
            new JsonStringEnumConverter<QuoteKind>(JsonNamingPolicy.CamelCase),
            new JsonStringEnumConverter<HtmlContent>(JsonNamingPolicy.CamelCase),
            new JsonStringEnumConverter<DocumentKind>(JsonNamingPolicy.CamelCase),
        },
    };

    public static string Serialize(Document document) =>
        JsonSerializer.Serialize(new ModelJsonRoot(document.Metadata, document.Blocks), (JsonTypeInfo<ModelJsonRoot>)Options.GetTypeInfo(typeof(ModelJsonRoot)));
}

/// <summary>The top-level object of <c>publish parse</c>: <c>{ "metadata": …, "blocks": […] }</c>.</summary>
internal sealed record ModelJsonRoot(Metadata Metadata, IReadOnlyList<Block> Blocks);

[JsonSerializable(typeof(ModelJsonRoot))]
internal sealed partial class ModelJsonContext : JsonSerializerContext;
