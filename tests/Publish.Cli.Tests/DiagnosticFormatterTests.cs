using System.Text.Json;
using Publish.Model;
using Publish.Reporting;

namespace Publish.Cli.Tests;

public class DiagnosticFormatterTests
{
    private static readonly Diagnostic Escaping = Diagnostic.Error("PUB0403", "image '../../etc/passwd' resolves outside the project folder and is refused",
        new SourceSpan("book.md", 3, 5), "resources must live inside the input's folder");

    [Fact]
    public void GitHub_annotations_follow_the_workflow_command_format_exactly() =>
        Assert.Equal("::error file=book.md,line=3,col=5,title=PUB0403::image '../../etc/passwd' resolves outside the project folder and is refused%0Ahint: resources must live inside the input's folder\n",
            new GitHubDiagnosticFormatter().Format(Escaping));

    [Fact]
    public void GitHub_annotations_escape_percent_and_line_breaks_in_messages_and_colons_and_commas_in_properties()
    {
        var d = Diagnostic.Warning("PUB0701", "50% done\r\nnext: line, here", new SourceSpan("C:dir,a/b.md", 1, 2));
        Assert.Equal("::warning file=C%3Adir%2Ca/b.md,line=1,col=2,title=PUB0701::50%25 done%0D%0Anext: line, here\n",
            new GitHubDiagnosticFormatter().Format(d));
    }

    [Fact]
    public void GitHub_annotations_leave_out_the_position_a_diagnostic_does_not_have()
    {
        Assert.Equal("::error file=out,title=PUB0901::cannot create\n",
            new GitHubDiagnosticFormatter().Format(Diagnostic.Error("PUB0901", "cannot create", new SourceSpan("out", 0, 0))));
        Assert.Equal("::error title=PUB0000::bug\n",
            new GitHubDiagnosticFormatter().Format(Diagnostic.Error("PUB0000", "bug", SourceSpan.None)));
    }

    [Fact]
    public void Json_is_one_object_per_line_with_every_field()
    {
        var line = new JsonDiagnosticFormatter().Format(Escaping);
        Assert.EndsWith("\n", line);
        Assert.DoesNotContain('\n', line.TrimEnd('\n'));
        var json = JsonDocument.Parse(line).RootElement;
        Assert.Equal("book.md", json.GetProperty("file").GetString());
        Assert.Equal(3, json.GetProperty("line").GetInt32());
        Assert.Equal(5, json.GetProperty("column").GetInt32());
        Assert.Equal("error", json.GetProperty("severity").GetString());
        Assert.Equal("PUB0403", json.GetProperty("code").GetString());
        Assert.Equal(Escaping.Message, json.GetProperty("message").GetString());
        Assert.Equal(Escaping.Hint, json.GetProperty("hint").GetString());
    }

    [Fact]
    public void Plain_text_is_the_documented_line_then_the_hint() =>
        Assert.Equal("book.md:3:5: error PUB0403: image '../../etc/passwd' resolves outside the project folder and is refused\n  hint: resources must live inside the input's folder\n",
            new PlainDiagnosticFormatter().Format(Escaping));

    [Fact]
    public void On_a_terminal_the_source_line_is_quoted_with_a_caret_under_the_column()
    {
        using var project = new TempProject();
        var file = project.Write("book.md", "# Title\n\nSee ![x](../../etc/passwd) here.\n");
        var d = Diagnostic.Error("PUB0403", "refused", new SourceSpan(file, 3, 5), "keep images inside");
        var lines = new SourceDiagnosticFormatter(new SourceLines()).Format(d).Split('\n');
        Assert.Equal("error[PUB0403]: refused", lines[0]);
        Assert.Equal($" --> {file}:3:5", lines[1]);
        Assert.Equal("3 | See ![x](../../etc/passwd) here.", lines[3]);
        Assert.Equal("  |     ^", lines[4]);
        Assert.Equal("  = hint: keep images inside", lines[5]);
    }

    [Fact]
    public void Tabs_in_the_quoted_line_keep_the_caret_under_the_right_character()
    {
        using var project = new TempProject();
        var file = project.Write("a.md", "\tx = 1\n");
        var text = new SourceDiagnosticFormatter(new SourceLines()).Format(Diagnostic.Warning("PUB0001", "m", new SourceSpan(file, 1, 2)));
        var lines = text.Split('\n');
        Assert.Equal(lines[3].IndexOf('x'), lines[4].IndexOf('^'));
    }

    [Fact]
    public void Rich_text_is_only_for_a_person_at_a_terminal_outside_CI()
    {
        Assert.IsType<SourceDiagnosticFormatter>(DiagnosticFormatters.For(DiagnosticFormat.Text, richText: new ConsoleSettings(TextWriter.Null, TextWriter.Null, true, false).Interactive));
        Assert.IsType<PlainDiagnosticFormatter>(DiagnosticFormatters.For(DiagnosticFormat.Text, richText: new ConsoleSettings(TextWriter.Null, TextWriter.Null, true, IsCi: true).Interactive));
        Assert.IsType<PlainDiagnosticFormatter>(DiagnosticFormatters.For(DiagnosticFormat.Text, richText: new ConsoleSettings(TextWriter.Null, TextWriter.Null, false, false).Interactive));
    }
}
