using Publish.Infrastructure;
using System.Diagnostics;
using Publish.Epub;
using Publish.Images;
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

        var theme = Stage("theme", () => ThemeLoader.Load(options.Theme ?? document.Metadata.Theme, options.StylesFolder, diagnostics, ThemeOriginOf(options, document)));
        if (theme is null || diagnostics.HasErrors) return Result();
        if (options.Cache is { } cache) theme = cache.Canonical(theme);

        string[] themeRoots = theme.Folder is { } themeFolder ? [themeFolder] : [];
        document = Stage("resources", () => ResourceResolver.Resolve(document, options.Input, diagnostics, themeRoots, options.Cache?.Images),
            d => (d.Resources.Count, "images"));
        if (diagnostics.HasErrors) return Result();
        document = Stage("links", () => InternalLinkChecker.Check(LinkTargetFilter.Filter(document, diagnostics), diagnostics));
        AltTextChecker.Check(document, diagnostics);

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
        OutputFile.CleanStale(options.OutputDirectory);
        // Every output is written to a temporary first; they are renamed into place together,
        // and only when the whole input succeeded (strictly: without warnings).
        using var set = new OutputSet();
        var timestamp = options.Timestamp ?? SourceDate.FromEnvironment() ?? DateTimeOffset.UtcNow;

        PagedDocument? paged = null; // kept for the EPUB page-list when both are built
        // Screens get images sized for screens; the PDF keeps the originals.
        var screen = new Lazy<Document>(() => ScreenImageFitting.Fit(document));
        try
        {
            if (options.Formats.HasFlag(OutputFormat.Html))
                Stage("html", () => { set.Write(Target(".html"), s => HtmlWriter.Write(screen.Value, theme, s, diagnostics)); return 1; }, Files);

            if (paginated)
            {
                var layoutOptions = new LayoutOptions { Bleed = options.Bleed, CropMarks = options.CropMarks, Date = timestamp, Cache = options.Cache?.Layout };
                paged = Stage("layout", () => DocumentLayouter.Layout(document, theme, layoutOptions, diagnostics), p => (p.Pages.Count, "pages"));
                pages = paged.Pages.Count;
                if (options.Formats.HasFlag(OutputFormat.Pdf))
                    Stage("pdf", () => { set.Write(Target(".pdf"), s => PdfWriter.Write(paged, s, new PdfWriteOptions { PdfA = options.PdfA, Cache = options.Cache?.Pdf, ImageDpi = options.ImageDpi })); return 1; }, Files);
                if (options.Formats.HasFlag(OutputFormat.Png))
                {
                    Stage("png", () =>
                    {
                        var written = 0;
                        var downscaled = 0;
                        PngWriter.Write(paged, options.PngDpi, (index, png) =>
                        {
                            var path = Target($"-{index + 1:D3}.png");
                            set.Write(path, s => s.Write(png));
                            written++;
                        }, (index, dpi) =>
                        {
                            // Once per input: every page of a book has the same size.
                            if (downscaled++ > 0) return;
                            diagnostics.Report(DiagnosticCatalog.PngDownscaled,
                                $"page {index + 1} is too large to draw at {options.PngDpi:0.#} dpi (more than {PngWriter.MaxPixels / (1 << 20)} million pixels); its PNG and those of pages as large are drawn at {dpi:0.#} dpi",
                                new SourceSpan(options.Input, 0, 0), "lower --dpi, or make the page smaller in the theme");
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
                Stage("epub", () => { set.Write(Target(extension), s => EpubWriter.Write(screen.Value, theme, s, epubOptions, diagnostics)); return 1; }, Files);
            }
            var failed = diagnostics.HasErrors || (options.Strict && diagnostics.Items.Count > 0);
            if (!failed) outputs.AddRange(set.Commit());
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

    // A theme the command line names is the user's; one the source names is confined to the
    // project and resolves against the file that names it (book.yaml, or the Markdown file).
    private static ThemeOrigin ThemeOriginOf(BuildOptions options, Document document)
    {
        var root = ProjectScope.RootOf(options.Input);
        if (options.Theme is not null || document.Metadata.Theme is null) return new ThemeOrigin(root);
        var namedBy = Directory.Exists(options.Input) ? Path.Combine(root, "book.yaml") : Path.GetFullPath(options.Input);
        var shown = Directory.Exists(options.Input) ? Path.Combine(options.Input, "book.yaml") : options.Input;
        return new ThemeOrigin(root, namedBy, new SourceSpan(shown, LineOf(namedBy, "theme:"), 1));
    }

    private static int LineOf(string file, string key)
    {
        try
        {
            var index = File.ReadLines(file).Take(10_000).Select((line, i) => (line, i)).FirstOrDefault(x => x.line.StartsWith(key, StringComparison.Ordinal));
            return index.line is null ? 1 : index.i + 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return 1; }
    }

    private static (int, string) Files(int count) => (count, count == 1 ? "file" : "files");

    /// <summary>The input's file or folder name without extension: <c>content/book/</c> → <c>book</c>.</summary>
    internal static string OutputName(string input)
    {
        // The full path first: `publish build .` names its outputs after the folder, not "."
        // (which made "..pdf"); the file system's root has no name and builds "book".
        var trimmed = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input));
        var name = Directory.Exists(trimmed) ? Path.GetFileName(trimmed) : Path.GetFileNameWithoutExtension(trimmed);
        return name.Trim('.').Length == 0 ? "book" : name;
    }
}
