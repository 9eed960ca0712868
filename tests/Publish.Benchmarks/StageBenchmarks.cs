using BenchmarkDotNet.Attributes;
using Publish.Epub;
using Publish.Layout;
using Publish.Model;
using Publish.Pdf;
using Publish.Readers;
using Publish.Styling;

namespace Publish.Benchmarks;

/// <summary>Each stage of the pipeline on the novel, in-process: read, layout, PDF write, EPUB write.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private string _novel = "";
    private Document _document = null!;
    private Layout.Paged.PagedDocument _paged = null!;

    [GlobalSetup]
    public void Setup()
    {
        _novel = Corpus.Find("books/pride-and-prejudice.md");
        _document = DocumentReader.Read(_novel, SourceFormat.Auto, new DiagnosticBag());
        _paged = DocumentLayouter.Layout(_document, Theme.Default, new LayoutOptions(), new DiagnosticBag());
    }

    [Benchmark] public Document Read() => DocumentReader.Read(_novel, SourceFormat.Auto, new DiagnosticBag());

    [Benchmark] public int Layout() => DocumentLayouter.Layout(_document, Theme.Default, new LayoutOptions(), new DiagnosticBag()).Pages.Count;

    [Benchmark]
    public long WritePdf()
    {
        using var stream = new MemoryStream();
        PdfWriter.Write(_paged, stream, new PdfWriteOptions());
        return stream.Length;
    }

    [Benchmark]
    public long WriteEpub()
    {
        using var stream = new MemoryStream();
        EpubWriter.Write(_document, Theme.Default, stream, new EpubWriteOptions(), new DiagnosticBag());
        return stream.Length;
    }
}

internal static class Corpus
{
    public static string Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", relative);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"corpus file {relative} not found above {AppContext.BaseDirectory}");
    }
}
