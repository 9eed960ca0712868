using Publish.Batch;

namespace Publish.Cli.Tests;

public class SmallParsersTests
{
    [Theory]
    [InlineData("3mm", 8.5039)]
    [InlineData("0.125in", 9.0)]
    [InlineData("9pt", 9.0)]
    [InlineData("0.3cm", 8.5039)]
    [InlineData("0", null)]
    [InlineData("3 furlongs", null)]
    [InlineData("-1mm", null)]
    public void Bleed_lengths_are_read_in_points(string text, double? points)
    {
        var value = Length.TryParsePoints(text, out var error);
        if (points is null) { Assert.Null(value); Assert.NotNull(error); }
        else Assert.Equal(points.Value, value!.Value, 3);
    }

    [Fact]
    public void Shards_partition_the_sorted_inputs_evenly_and_completely()
    {
        var inputs = Enumerable.Range(0, 11).Select(i => $"in/{i:D2}.md").ToList();
        var slices = Enumerable.Range(1, 3).Select(i => new Shard(i, 3).Select(inputs)).ToList();
        Assert.Equal(inputs, slices.SelectMany(s => s).Order(StringComparer.Ordinal));
        Assert.All(slices, s => Assert.InRange(s.Count, 3, 4));
        Assert.Equal(["in/00.md", "in/03.md", "in/06.md", "in/09.md"], slices[0]);
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1/0")]
    [InlineData("a/b")]
    [InlineData("2")]
    public void Impossible_shards_are_refused(string text) => Assert.Null(Shard.TryParse(text, out _));

    [Fact]
    public void Inputs_expand_folders_into_their_sources_and_books_and_sort_by_path()
    {
        using var project = new TempProject();
        project.Write("b.md", "# B");
        project.Write("a.txt", "A");
        project.Write("notes.json", "{}");
        project.Write("novel/book.yaml", "title: N\nchapters: [one.md]\n");
        project.Write("novel/one.md", "# One");
        project.Write("misc/other.md", "# Other");
        Assert.Equal(
            [project.Path("a.txt"), project.Path("b.md"), project.Path("novel")],
            InputSet.Expand([project.Root]));
        Assert.Equal([project.Path("novel")], InputSet.Expand([project.Path("novel"), project.Path("novel")]));
    }
}
