namespace Publish.Cli.Tests;

/// <summary>With SOURCE_DATE_EPOCH (here: BuildOptions.Timestamp), outputs are byte-identical across runs and --jobs.</summary>
public class DeterminismTests
{
    [Fact]
    public void Two_builds_and_any_number_of_jobs_give_the_same_bytes()
    {
        using var project = new TempProject();
        project.Write("in/a.md", "---\ntitle: A\nauthor: Ann\n---\n\n# A\n\nAlpha[^1] with ![a sun](sun.png).\n\n[^1]: A note.\n");
        project.Write("in/sun.png", Images.Png);
        project.Write("in/b.md", "# B\n\nBravo *and* **more**.\n");
        var stamp = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var formats = OutputFormat.Html | OutputFormat.Epub | OutputFormat.Pdf;

        Dictionary<string, byte[]> Build(string outDir, int jobs)
        {
            var builds = Batch.InputSet.Expand([project.Path("in")])
                .Select(i => new BuildOptions { Input = i, OutputDirectory = project.Path(outDir), Formats = formats, Timestamp = stamp }).ToList();
            var results = Batch.BatchBuilder.Build(builds, jobs);
            Assert.All(results, r => Assert.False(r.HasErrors, string.Join("\n", r.Diagnostics)));
            return Directory.GetFiles(project.Path(outDir)).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        }

        var first = Build("out1", jobs: 1);
        var second = Build("out2", jobs: 1);
        var parallel = Build("out3", jobs: 4);
        Assert.Equal(6, first.Count);
        foreach (var (name, bytes) in first)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(second[name]), $"{name} differs between runs");
            Assert.True(bytes.AsSpan().SequenceEqual(parallel[name]), $"{name} differs with --jobs 4");
        }
    }
}
