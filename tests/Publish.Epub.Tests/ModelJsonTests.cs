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

    [Fact]
    public void A_citation_shows_its_items_with_key_mode_prefix_and_suffix_and_reads_back_the_same()
    {
        var citation = new Citation(
            [new CitationItem("doe99", [new Emphasis([new Text("see")])], [new Text(", p. 33")]), new CitationItem("smith04", [], [], CitationMode.SuppressAuthor)],
            [new Text("[*see* @doe99, p. 33; -@smith04]")]);
        var doc = new Document(Metadata.Empty, [new Paragraph([citation])]);
        var text = ModelJson.Serialize(doc);
        using var json = JsonDocument.Parse(text);
        var node = json.RootElement.GetProperty("blocks")[0].GetProperty("content")[0];
        Assert.Equal("Citation", node.GetProperty("type").GetString());
        var items = node.GetProperty("items");
        Assert.Equal(["doe99", "smith04"], items.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(["normal", "suppressAuthor"], items.EnumerateArray().Select(i => i.GetProperty("mode").GetString()));
        Assert.Equal("Emphasis", items[0].GetProperty("prefix")[0].GetProperty("type").GetString());
        Assert.Equal(", p. 33", items[0].GetProperty("suffix")[0].GetProperty("value").GetString());
        Assert.Equal("[*see* @doe99, p. 33; -@smith04]", node.GetProperty("content")[0].GetProperty("value").GetString());

        var blocks = JsonSerializer.Deserialize<IReadOnlyList<Block>>(json.RootElement.GetProperty("blocks").GetRawText(), ModelJson.Options)!;
        Assert.Equal(text, ModelJson.Serialize(new Document(Metadata.Empty, blocks)));
    }
}
