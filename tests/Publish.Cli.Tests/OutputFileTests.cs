namespace Publish.Cli.Tests;

public class OutputFileTests
{
    [Fact]
    public void A_failed_write_leaves_the_previous_output_byte_for_byte()
    {
        var dir = Directory.CreateTempSubdirectory("publish-out-");
        var path = Path.Combine(dir.FullName, "book.pdf");
        File.WriteAllText(path, "previous");

        Assert.Throws<InvalidOperationException>(() => OutputFile.Write(path, s =>
        {
            s.Write("partial"u8);
            throw new InvalidOperationException("writer failed");
        }));

        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(dir.FullName));
    }

    [Theory]
    [InlineData("content/belarus-coup.txt", "belarus-coup")]
    [InlineData("notes.md", "notes")]
    public void Output_is_named_after_the_input(string input, string expected) =>
        Assert.Equal(expected, Publisher.OutputName(input));
}
