using System.CommandLine;
using System.CommandLine.Parsing;
using Publish.Batch;
using Publish.Readers;
using Publish.Reporting;

namespace Publish.Cli.Commands;

/// <summary><c>publish build &lt;input&gt;...</c>: maps the options onto <see cref="BuildSettings"/> and runs <see cref="BuildSession"/>.</summary>
internal static class BuildCommand
{
    public static (Command, string[]) Create(ConsoleSettings console)
    {
        var inputs = new Argument<string[]>("input")
        {
            Description = "Markdown (.md, .markdown), text (.txt) or saved web page (.html, .htm) files, folders holding book.yaml, or folders of such inputs",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output-dir", "-o") { Description = "Folder for the outputs", DefaultValueFactory = _ => "out", HelpName = "DIR" };
        var format = new Option<OutputFormat>("--format", "-f")
        {
            Description = "Comma-separated output formats: pdf, epub, html, png",
            DefaultValueFactory = _ => OutputFormat.Pdf | OutputFormat.Epub,
            CustomParser = OptionParsers.Formats,
            HelpName = "pdf,epub,html,png",
        };
        format.CompletionSources.Add("pdf", "epub", "html", "png", "pdf,epub");
        var from = new Option<SourceFormat>("--from") { Description = "How to read the inputs (default: by file extension)", CustomParser = OptionParsers.From, HelpName = "markdown|gfm|commonmark|text|html" };
        from.CompletionSources.Add("markdown", "gfm", "commonmark", "text", "html");
        var noExtract = new Option<bool>("--no-extract") { Description = "Read HTML inputs as documents: convert the whole body instead of extracting the article" };
        var theme = new Option<string?>("--theme") { Description = "Theme name under styles/ or path to a theme file (overrides the source's)", HelpName = "NAME|PATH" };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors (exit code 1)" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only diagnostics: no progress, no summary" };
        var bleed = new Option<double?>("--bleed") { Description = "Bleed around each PDF page, e.g. 3mm, 0.125in, 9pt", CustomParser = OptionParsers.Length, HelpName = "LENGTH" };
        var cropMarks = new Option<bool>("--crop-marks") { Description = "Draw crop marks on PDF pages" };
        var pdfa = new Option<bool>("--pdfa") { Description = "Write PDF/A-2b" };
        var kobo = new Option<bool>("--kobo") { Description = "Write a Kobo kepub (.kepub.epub)" };
        var dpi = new Option<double>("--dpi") { Description = "Resolution of PNG pages", DefaultValueFactory = _ => 96, HelpName = "N" };
        dpi.Validators.Add(r => { if (r.GetValueOrDefault<double>() is < 10 or > 1200) r.AddError("--dpi must be between 10 and 1200"); });
        var imageDpi = new Option<double?>("--image-dpi")
        {
            Description = "Downsample PDF images to this resolution where they are drawn (e.g. 150 for screens, 300 for print); default: full resolution",
            HelpName = "N",
        };
        imageDpi.Validators.Add(r => { if (r.GetValueOrDefault<double?>() is < 36 or > 2400) r.AddError("--image-dpi must be between 36 and 2400"); });
        var check = new Option<bool>("--check") { Description = "Validate each PDF (qpdf) and EPUB (epubcheck) after building" };
        var timings = new Option<bool>("--timings") { Description = "Print the time each stage took" };
        var diagnostics = new Option<DiagnosticFormat>("--diagnostics")
        {
            Description = "How to print diagnostics: text, json (one object per line), github (Actions annotations)",
            DefaultValueFactory = _ => DiagnosticFormat.Text,
            HelpName = "text|json|github",
        };
        var watch = new Option<bool>("--watch", "-w") { Description = "Rebuild whenever a source, image or theme changes" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Inputs built at once", DefaultValueFactory = _ => Environment.ProcessorCount, HelpName = "N" };
        jobs.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--jobs must be at least 1"); });
        var shard = new Option<Shard>("--shard")
        {
            Description = "Build only slice I of N (1-based): inputs sorted by path, input k goes to slice k mod N + 1",
            DefaultValueFactory = _ => Shard.All,
            CustomParser = OptionParsers.Shard,
            HelpName = "I/N",
        };

        var command = new Command("build", "Build inputs into PDF, EPUB, HTML or PNG")
        {
            inputs, output, format, from, noExtract, theme, strict, quiet, bleed, cropMarks, pdfa, kobo, dpi, imageDpi, check, timings, diagnostics, watch, jobs, shard,
        };
        command.SetAction((parse, cancellation) =>
        {
            var options = new BuildOptions
            {
                Input = "",
                OutputDirectory = parse.GetValue(output)!,
                Formats = parse.GetValue(format),
                From = parse.GetValue(noExtract) && parse.GetValue(from) is SourceFormat.Auto or SourceFormat.Html ? SourceFormat.HtmlDocument : parse.GetValue(from),
                Theme = parse.GetValue(theme),
                Strict = parse.GetValue(strict),
                Bleed = parse.GetValue(bleed),
                CropMarks = parse.GetValue(cropMarks) ? true : null,
                PdfA = parse.GetValue(pdfa),
                Kobo = parse.GetValue(kobo),
                PngDpi = parse.GetValue(dpi),
                WarmUp = true, // a one-shot process: overlapping one-time costs with reading pays
                ImageDpi = parse.GetValue(imageDpi),
            };
            var settings = new BuildSettings
            {
                Inputs = parse.GetValue(inputs)!,
                Options = options,
                Jobs = parse.GetValue(jobs),
                Shard = parse.GetValue(shard)!,
                Check = parse.GetValue(check),
                Watch = parse.GetValue(watch),
            };
            var report = new ReportSettings { Diagnostics = parse.GetValue(diagnostics), Quiet = parse.GetValue(quiet), Timings = parse.GetValue(timings) };
            return BuildSession.RunAsync(settings, new BuildReporter(console, report), cancellation);
        });
        return (command,
        [
            "publish build notes.md                      # out/notes.pdf and out/notes.epub",
            "publish build my-book -f pdf --bleed 3mm --crop-marks",
            "publish build article.txt -f html -o site",
            "publish build content/* --jobs 4 --strict --diagnostics github",
            "publish build content/* --shard 2/4         # the second of four CI machines",
            "publish build my-book --watch",
            "publish build my-book -f pdf --image-dpi 150   # a lighter PDF for screens",
        ]);
    }
}
