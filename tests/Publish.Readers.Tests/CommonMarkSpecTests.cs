using System.Text.Json;
using Publish.Model;

namespace Publish.Readers.Tests;

/// <summary>
/// The 655 examples of the CommonMark spec are small, sharp edge cases; both dialects must read
/// every one into a document without an exception or an error (raw HTML may warn).
/// </summary>
public class CommonMarkSpecTests
{
    public static TheoryData<SourceFormat> Dialects => new(SourceFormat.CommonMark, SourceFormat.Markdown);

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Every_spec_example_reads_without_errors(SourceFormat format)
    {
        var path = Corpus.Path("markdown/commonmark-spec.json");
        Assert.SkipWhen(path is null, "the shared corpus is not present");
        using var spec = JsonDocument.Parse(File.ReadAllText(path!));
        var failures = new List<string>();
        foreach (var example in spec.RootElement.EnumerateArray())
        {
            var markdown = example.GetProperty("markdown").GetString()!;
            var number = example.GetProperty("example").GetInt32();
            try
            {
                Md.Read(markdown, out var diagnostics, format);
                if (diagnostics.HasErrors) failures.Add($"example {number}: {diagnostics.Items.First(d => d.Severity == Severity.Error)}");
            }
            catch (Exception e)
            {
                failures.Add($"example {number}: {e.GetType().Name}: {e.Message}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Strict_commonmark_keeps_text_that_extensions_would_read()
    {
        // The text of a paragraph survives intact when no extension claims any of it.
        Assert.Equal("a ^[b] [c]{.d} x^2^ H~2~O", PlainText.Of(((Paragraph)Md.Read("a ^[b] [c]{.d} x^2^ H~2~O", SourceFormat.CommonMark).Blocks[0]).Content));
    }
}
