using Publish.Batch;
using Publish.Model;

namespace Publish.Cli.Tests.Hostile;

/// <summary>Issue #18, finding 4: an unexpected failure in one input is that input's PUB0000, and the batch goes on.</summary>
public class CrashContainmentTests
{
    [Fact]
    public void An_exception_in_one_input_is_its_internal_error_and_the_other_inputs_still_build()
    {
        using var project = new TempProject();
        var good = project.Write("good.md", "# Good\n");
        var bad = project.Write("bad.md", "# Bad\n");
        var options = new[] { good, bad }.Select(input => new BuildOptions
        {
            Input = input, OutputDirectory = project.Out, Formats = OutputFormat.Html,
            // Stands for any bug the input triggers mid-pipeline.
            Progress = input == bad ? _ => throw new InvalidOperationException("bug triggered by bad.md") : null,
        }).ToList();
        var results = BatchBuilder.Build(options, jobs: 2, cancellation: TestContext.Current.CancellationToken);
        Assert.True(results[0].Succeeded);
        var error = Assert.Single(results[1].Diagnostics);
        Assert.Equal("PUB0000", error.Code);
        Assert.Equal(bad, error.Span.File);
        Assert.True(File.Exists(Path.Combine(project.Out, "good.html")));
        Assert.False(File.Exists(Path.Combine(project.Out, "bad.html")));
    }

    [Fact]
    public void A_model_too_deep_for_the_stack_throws_a_catchable_exception_instead_of_ending_the_process()
    {
        Block block = new Paragraph([new Text("core")]);
        for (var i = 0; i < 1_000_000; i++) block = new Div([block]);
        Exception? caught = null;
        // A thread with a small stack, so the guard is reached quickly.
        var thread = new Thread(() =>
        {
            try { NodeWalker.Walk([block], _ => { }); }
            catch (Exception e) { caught = e; }
        }, maxStackSize: 1 << 20);
        thread.Start();
        thread.Join();
        Assert.IsType<InsufficientExecutionStackException>(caught);
    }
}
