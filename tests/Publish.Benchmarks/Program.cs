using BenchmarkDotNet.Running;
using Publish.Benchmarks;

// `generate FILE` writes the synthetic 1,000-page book for bench/run.sh; `pdf-stage [runs]` times the
// PDF stage on the novel in-process; `layout-stage [runs] [file]` the layout stage; anything else runs BenchmarkDotNet.
if (args is ["generate", var path])
{
    File.WriteAllText(path, SyntheticBook.Generate());
    return 0;
}
if (args is ["pdf-stage", .. var rest])
{
    PdfStageTiming.Run(rest is [var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 10);
    return 0;
}
if (args is ["layout-stage", .. var layoutArgs])
{
    LayoutStageTiming.Run(layoutArgs is [var n, ..] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 10,
        layoutArgs is [_, var file] ? file : "books/pride-and-prejudice.md");
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
return 0;
