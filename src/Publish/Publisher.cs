using System.Diagnostics;
using Publish.Epub;
using Publish.Layout;
using Publish.Model;
using Publish.Pdf;
using Publish.Readers;
using Publish.Styling;

namespace Publish;

/// <summary>The pipeline: read once, resolve resources, then hand the same model to every writer.</summary>
public static class Publisher
{
    public static BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new List<StageTiming>();
        var outputs = new List<string>();
        var pages = 0;
        var clock = Stopwatch.StartNew();

        T Stage<T>(string name, Func<T> run)
        {
            var start = clock.Elapsed;
            var value = run();
            timings.Add(new StageTiming(name, clock.Elapsed - start));
            return value;
        }

        BuildResult Result() => new(outputs, diagnostics.Items, timings) { PageCount = pages, Strict = options.Strict };

        var document = Stage("read", () => DocumentReader.Read(options.Input, options.From, diagnostics));
        if (diagnostics.HasErrors) return Result();

        var theme = Stage("theme", () => ThemeLoader.Load(options.Theme ?? document.Metadata.Theme, options.StylesFolder, diagnostics));
        if (theme is null || diagnostics.HasErrors) return Result();

        document = Stage("resources", () => ResourceResolver.Resolve(document, options.Input, diagnostics));
        if (diagnostics.HasErrors) return Result();

        var name = OutputName(options.Input);
        try
        {
            Directory.CreateDirectory(options.OutputDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error("PUB0901", $"cannot create output folder '{options.OutputDirectory}': {e.Message}", SourceSpan.None);
            return Result();
        }

        string Target(string extension) => Path.Combine(options.OutputDirectory, name + extension);
        var timestamp = options.Timestamp ?? SourceDate.FromEnvironment() ?? DateTimeOffset.UtcNow;

        try
        {
            if (options.Formats.HasFlag(OutputFormat.Html))
            {
                Stage("html", () => { OutputFile.Write(Target(".html"), s => HtmlWriter.Write(document, theme, s, diagnostics)); return 0; });
                outputs.Add(Target(".html"));
            }

            if ((options.Formats & (OutputFormat.Pdf | OutputFormat.Png)) != 0)
            {
                var layoutOptions = new LayoutOptions { Bleed = options.Bleed, CropMarks = options.CropMarks, Date = timestamp };
                var paged = Stage("layout", () => DocumentLayouter.Layout(document, theme, layoutOptions, diagnostics));
                pages = paged.Pages.Count;
                if (options.Formats.HasFlag(OutputFormat.Pdf))
                {
                    Stage("pdf", () => { OutputFile.Write(Target(".pdf"), s => PdfWriter.Write(paged, s, new PdfWriteOptions { PdfA = options.PdfA })); return 0; });
                    outputs.Add(Target(".pdf"));
                }
                if (options.Formats.HasFlag(OutputFormat.Png))
                {
                    Stage("png", () =>
                    {
                        PngWriter.Write(paged, options.PngDpi, (index, png) =>
                        {
                            var path = Target($"-{index + 1:D3}.png");
                            OutputFile.Write(path, s => s.Write(png));
                            outputs.Add(path);
                        });
                        return 0;
                    });
                }
            }

            if (options.Formats.HasFlag(OutputFormat.Epub))
            {
                var epubOptions = new EpubWriteOptions { Modified = timestamp, Kobo = options.Kobo };
                var extension = options.Kobo ? ".kepub.epub" : ".epub";
                Stage("epub", () => { OutputFile.Write(Target(extension), s => EpubWriter.Write(document, theme, s, epubOptions, diagnostics)); return 0; });
                outputs.Add(Target(extension));
            }
        }
        catch (NotSupportedException e)
        {
            diagnostics.Error("PUB0002", e.Message, new SourceSpan(options.Input, 0, 0));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error("PUB0902", $"cannot write output: {e.Message}", SourceSpan.None);
        }

        return Result();
    }

    /// <summary>The input's file or folder name without extension: <c>content/book/</c> → <c>book</c>.</summary>
    public static string OutputName(string input)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(input);
        var name = Path.GetFileName(trimmed);
        if (Directory.Exists(trimmed)) return name;
        return Path.GetFileNameWithoutExtension(name);
    }
}
