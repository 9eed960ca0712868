using BenchmarkDotNet.Running;
using Publish.Benchmarks;

// `generate FILE` writes the synthetic 1,000-page book for bench/run.sh; anything else runs BenchmarkDotNet.
if (args is ["generate", var path])
{
    File.WriteAllText(path, SyntheticBook.Generate());
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
return 0;
