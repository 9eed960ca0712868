using System.Text.Json;
using Publish.Model;

namespace Publish.Epub.Tests;

public class ModelJsonTests
{
    [Fact]
    public void Every_node_names_its_type_and_span()
    {
        var doc = new Document(Metadata.Empty with { Title = "T" },
            [new Heading(1, [new Text("Hi")]) { Attr = Attr.Empty.WithId("hi"), Span = new SourceSpan("a.md", 3, 1) }]);
        using var json = JsonDocument.Parse(ModelJson.Serialize(doc));
        var heading = json.RootElement.GetProperty("blocks")[0];
        Assert.Equal("Heading", heading.GetProperty("type").GetString());
        Assert.Equal(3, heading.GetProperty("span").GetProperty("line").GetInt32());
        Assert.Equal("hi", heading.GetProperty("attr").GetProperty("id").GetString());
        Assert.Equal("Text", heading.GetProperty("content")[0].GetProperty("type").GetString());
    }
}
