namespace Publish.Cli.Tests.Hostile;

/// <summary>
/// Issue #18, findings 6, 8 and 10: outputs of one input are committed together and only after it
/// succeeded; two inputs never write the same outputs; temporaries fit any file name and do not pile up.
/// </summary>
public class OutputSafetyTests
{
    [Fact]
    public void Two_inputs_with_the_same_name_in_different_folders_are_both_refused_before_anything_is_written()
    {
        using var project = new TempProject();
        project.Write("a/x.md", "# From A\n");
        project.Write("b/x.md", "# From B\n");
        var run = Cli.Build(project.Path("a/x.md"), project.Out, "-f", "html", "--jobs", "2", project.Path("b/x.md"));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.Diagnostics.Count(d => d.Code == "PUB0060"));
        Assert.False(Directory.Exists(project.Out) && Directory.EnumerateFiles(project.Out).Any(), run.ToString());
    }

    [Fact]
    public void A_markdown_and_a_text_file_of_one_name_are_refused_but_other_inputs_still_build()
    {
        using var project = new TempProject();
        project.Write("in/x.md", "# Markdown\n");
        project.Write("in/x.txt", "Text\n\nA plain text article with a sentence that ends properly.\n");
        project.Write("in/other.md", "# Other\n");
        var run = Cli.Build(project.Path("in"), project.Out, "-f", "html");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["other.html"], Directory.GetFiles(project.Out).Select(Path.GetFileName));
    }

    [Fact]
    public void A_strict_build_that_fails_on_a_warning_leaves_every_previous_output_byte_for_byte()
    {
        using var project = new TempProject();
        var input = project.Write("doc.md", "# Doc\n\nFirst version.\n");
        Assert.Equal(0, Cli.Build(input, project.Out, "-f", "html,epub,pdf").ExitCode);
        var before = Directory.GetFiles(project.Out).ToDictionary(f => f, File.ReadAllBytes);

        project.Write("doc.md", "# Doc\n\nSecond version with [a dead link](#nowhere).\n");
        var run = Cli.Build(input, project.Out, "-f", "html,epub,pdf", "--strict");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before.Keys.Order(), Directory.GetFiles(project.Out).Order());
        foreach (var (file, bytes) in before) Assert.Equal(bytes, File.ReadAllBytes(file));
    }

    [Fact]
    public void Temporaries_left_by_a_killed_build_are_removed_when_the_next_build_starts()
    {
        using var project = new TempProject();
        var input = project.Write("doc.md", "# Doc\n");
        Directory.CreateDirectory(project.Out);
        var dead = DeadProcessId();
        var ours = Path.Combine(project.Out, $".publish-0123456789abcdef.{dead}.7.tmp");
        var older = Path.Combine(project.Out, $".doc.html.{dead}.{Guid.NewGuid():N}.tmp");
        var live = Path.Combine(project.Out, $".publish-0123456789abcdef.{Environment.ProcessId}.9.tmp");
        var someoneElses = Path.Combine(project.Out, "notes.tmp");
        foreach (var file in new[] { ours, older, live, someoneElses }) File.WriteAllText(file, "half");

        Assert.Equal(0, Cli.Build(input, project.Out, "-f", "html").ExitCode);
        Assert.False(File.Exists(ours));
        Assert.False(File.Exists(older));
        Assert.True(File.Exists(live), "a temporary of a running build stays");
        Assert.True(File.Exists(someoneElses), "only our own pattern is cleaned");
    }

    [Fact]
    public void An_input_whose_name_is_243_bytes_long_builds()
    {
        using var project = new TempProject();
        var name = new string('n', 240) + ".md";
        var input = project.Write(name, "# Long name\n");
        var run = Cli.Build(input, project.Out, "-f", "html,epub");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(project.Out, new string('n', 240) + ".epub")));
    }

    [Fact]
    public void Building_the_current_folder_names_the_outputs_after_the_folder()
    {
        using var project = new TempProject("my-book");
        project.Write("book.yaml", "title: T\nchapters: [a.md]\n");
        project.Write("a.md", "# A\n");
        Assert.Equal("my-book", Publisher.OutputName(project.Root + "/."));
        Assert.Equal("my-book", Publisher.OutputName(project.Root + "/"));
    }

    [Fact]
    public void An_image_refused_as_a_bomb_says_so_instead_of_calling_it_no_png()
    {
        using var project = new TempProject();
        project.Write("huge.png", BombPng(40_000, 40_000));
        var input = project.Write("doc.md", "# D\n\n![big](huge.png)\n");
        var result = Publisher.Build(new BuildOptions { Input = input, OutputDirectory = project.Out, Formats = OutputFormat.Html });
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "PUB0405");
        Assert.Contains("40000×40000 pixels", warning.Message);
        Assert.DoesNotContain("not a PNG", warning.Message);
    }

    // A PNG whose header claims a size, with no pixel data: what a decompression bomb looks like to a sniffer.
    private static byte[] BombPng(int width, int height)
    {
        var bytes = new List<byte> { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
        bytes.AddRange("IHDR"u8.ToArray());
        bytes.AddRange(BigEndian(width));
        bytes.AddRange(BigEndian(height));
        bytes.AddRange(new byte[] { 8, 6, 0, 0, 0, 0, 0, 0, 0 });
        bytes.AddRange(new byte[] { 0, 0, 0, 0 });
        bytes.AddRange("IEND"u8.ToArray());
        bytes.AddRange(new byte[] { 0xAE, 0x42, 0x60, 0x82 });
        return [.. bytes];
    }

    private static byte[] BigEndian(int v) => [(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v];

    private static int DeadProcessId()
    {
        for (var pid = 4_000_000; ; pid--)
        {
            try { using var p = System.Diagnostics.Process.GetProcessById(pid); }
            catch (ArgumentException) { return pid; }
        }
    }
}
