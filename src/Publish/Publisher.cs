using System.Diagnostics;
using Publish.Epub;
using Publish.Layout;
using Publish.Layout.Fonts;
using Publish.Layout.Paged;
using Publish.Model;
using Publish.Pdf;
using Publish.Readers;
using Publish.Styling;

namespace Publish;

/// <summary>The pipeline: read once, resolve resources, then hand the same model to every writer.</summary>
public static class Publisher
{
    /// <summary>
    /// Builds one input into every format <see cref="BuildOptions.Formats"/> asks for. Problems with
    /// the input come back as <see cref="BuildResult.Diagnostics"/> (with codes and source spans);
    /// every output is written atomically, so a failed build leaves earlier outputs untouched.
    /// </summary>
    /// <example><code>
    /// var result = Publisher.Build(new BuildOptions { Input = "book.md", OutputDirectory = "out" });
    /// foreach (var d in result.Diagnostics) Console.Error.WriteLine(d);
    /// </code></example>
    /// <remarks>
    /// No exception escapes: a machine without fonts is reported as PUB0613, any other failure
    /// inside the pipeline as PUB0000 (a bug), each beside the diagnostics reported before it.
    /// No thread is started unless <see cref="BuildOptions.WarmUp"/> asks for one.
    /// </remarks>
    public static BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var outputs = new List<string>();
        try
        {
            return Build(options, diagnostics, outputs);
        }
        catch (NoFontsInstalledException e)
        {
            diagnostics.Report(DiagnosticCatalog.NoFontsInstalled, e.Message, new SourceSpan(options.Input, 0, 0),
                "install a font package (e.g. fonts-dejavu-core or fonts-texgyre), or put font files in the theme's fonts/ folder");
        }
        catch (Exception e)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.InternalError, $"internal error: {e.GetType().Name}: {e.Message}",
                new SourceSpan(options.Input, 0, 0), "this is a bug in publish; please report it with the input that caused it"));
        }
        return new BuildResult(outputs, diagnostics.Items, []) { Input = options.Input, Strict = options.Strict };
    }

    private static BuildResult Build(BuildOptions options, DiagnosticBag diagnostics, List<string> outputs)
    {
        var timings = new List<StageTiming>();
        var pages = 0;
        var clock = Stopwatch.StartNew();

        T Stage<T>(string name, Func<T> run, Func<T, (int Count, string Unit)>? measure = null)
        {
            var start = clock.Elapsed;
            var value = run();
            var elapsed = clock.Elapsed - start;
            timings.Add(new StageTiming(name, elapsed));
            var (count, unit) = measure?.Invoke(value) ?? (0, "");
            options.Progress?.Invoke(new BuildProgress(options.Input, name, count, unit, elapsed));
            return value;
        }

        BuildResult Result() => new(outputs, diagnostics.Items, timings)
        {
            Input = options.Input, PageCount = pages, Strict = options.Strict, Reuse = options.Cache?.LastBuild,
        };

        if (!File.Exists(options.Input) && !Directory.Exists(options.Input))
        {
            diagnostics.Report(DiagnosticCatalog.InputMissing, $"input '{options.Input}' does not exist", new SourceSpan(options.Input, 0, 0),
                "give a .md, .markdown or .txt file, or a folder holding book.yaml");
            return Result();
        }

        var paginated = (options.Formats & (OutputFormat.Pdf | OutputFormat.Png)) != 0;
        if (paginated && options.WarmUp) Publish.WarmUp.StartOnce();
        var document = Stage("read", () => DocumentReader.Read(options.Input, options.From, diagnostics, options.Cache?.BookChapters),
            d => (Math.Max(1, d.Blocks.Count(b => b is Heading { Level: 1 })), "chapters"));
        if (diagnostics.HasErrors) return Result();

        var theme = Stage("theme", () => ThemeLoader.Load(options.Theme ?? document.Metadata.Theme, options.StylesFolder, diagnostics));
        if (theme is null || diagnostics.HasErrors) return Result();
        if (options.Cache is { } cache) theme = cache.Canonical(theme);

        string[] themeRoots = theme.Folder is { } themeFolder ? [themeFolder] : [];
        document = Stage("resources", () => ResourceResolver.Resolve(document, options.Input, diagnostics, themeRoots, options.Cache?.Images),
            d => (d.Resources.Count, "images"));
        if (diagnostics.HasErrors) return Result();
        document = Stage("links", () => InternalLinkChecker.Check(document, diagnostics));

        var name = OutputName(options.Input);
        try
        {
            Directory.CreateDirectory(options.OutputDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCatalog.OutputFolderFailed, $"cannot create output folder '{options.OutputDirectory}': {e.Message}",
                new SourceSpan(options.OutputDirectory, 0, 0), "choose another folder with -o, or remove the file that stands in its place");
            return Result();
        }

        string Target(string extension) => Path.Combine(options.OutputDirectory, name + extension);
        var timestamp = options.Timestamp ?? SourceDate.FromEnvironment() ?? DateTimeOffset.UtcNow;

        PagedDocument? paged = null; // kept for the EPUB page-list when both are built
        try
        {
            if (options.Formats.HasFlag(OutputFormat.Html))
            {
                Stage("html", () => { OutputFile.Write(Target(".html"), s => HtmlWriter.Write(document, theme, s, diagnostics)); return 1; }, Files);
                outputs.Add(Target(".html"));
            }

            if (paginated)
            {
                var layoutOptions = new LayoutOptions { Bleed = options.Bleed, CropMarks = options.CropMarks, Date = timestamp, Cache = options.Cache?.Layout };
                paged = Stage("layout", () => DocumentLayouter.Layout(document, theme, layoutOptions, diagnostics), p => (p.Pages.Count, "pages"));
                pages = paged.Pages.Count;
                if (options.Formats.HasFlag(OutputFormat.Pdf))
                {
                    Stage("pdf", () => { OutputFile.Write(Target(".pdf"), s => PdfWriter.Write(paged, s, new PdfWriteOptions { PdfA = options.PdfA, Cache = options.Cache?.Pdf })); return 1; }, Files);
                    outputs.Add(Target(".pdf"));
                }
                if (options.Formats.HasFlag(OutputFormat.Png))
                {
                    Stage("png", () =>
                    {
                        var written = 0;
                        PngWriter.Write(paged, options.PngDpi, (index, png) =>
                        {
                            var path = Target($"-{index + 1:D3}.png");
                            OutputFile.Write(path, s => s.Write(png));
                            outputs.Add(path);
                            written++;
                        });
                        return written;
                    }, Files);
                }
            }

            if (options.Formats.HasFlag(OutputFormat.Epub))
            {
                var epubOptions = new EpubWriteOptions
                {
                    Modified = timestamp, Kobo = options.Kobo, PageList = paged is null ? null : PrintPageList.From(paged), Cache = options.Cache?.Epub,
                };
                var extension = options.Kobo ? ".kepub.epub" : ".epub";
                Stage("epub", () => { OutputFile.Write(Target(extension), s => EpubWriter.Write(document, theme, s, epubOptions, diagnostics)); return 1; }, Files);
                outputs.Add(Target(extension));
            }
        }
        catch (NotSupportedException e)
        {
            diagnostics.Report(DiagnosticCatalog.NotSupported, e.Message, new SourceSpan(options.Input, 0, 0));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCatalog.OutputWriteFailed, $"cannot write output: {e.Message}", new SourceSpan(options.OutputDirectory, 0, 0),
                "check that the output folder is writable");
        }

        return Result();
    }

    private static (int, string) Files(int count) => (count, count == 1 ? "file" : "files");

    /// <summary>The input's file or folder name without extension: <c>content/book/</c> → <c>book</c>.</summary>
    public static string OutputName(string input)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(input);
        var name = Path.GetFileName(trimmed);
        if (Directory.Exists(trimmed)) return name;
        return Path.GetFileNameWithoutExtension(name);
    }
}
