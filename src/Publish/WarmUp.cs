using Publish.Layout;
using Publish.Model;
using Publish.Pdf;
using Publish.Readers;
using Publish.Readers.Markdown;
using Publish.Styling;

namespace Publish;

/// <summary>
/// Sets and writes a few paragraphs on the second core while the first reads the input. A build is
/// a short process: reading is single-threaded, and most of the first layout's cost is one-time —
/// loading fonts and hyphenation patterns (process-wide caches) and compiling layout and PDF code
/// that ReadyToRun could not precompile. Doing that beside the reader takes it off the wall time.
/// Nothing it makes is kept or reported: the real build never waits for it and never sees it.
/// </summary>
internal static class WarmUp
{
    private const string Sample = """
        # Warm-up

        A *short* paragraph with **strong** text, `code`, a footnote[^1] and words long enough to
        hyphenate: extraordinarily, notwithstanding, circumstances, acknowledged, neighbourhood.

        “Quoted speech,” she said --- and an ellipsis... Then a list:

        - one item
        - another item

        [^1]: The note.
        """;

    private static int s_started;

    // Whether a build on this thread asked for the warm-up: lets a test see that a library build
    // with default options starts no thread, though other tests in the process run the CLI (which asks).
    [ThreadStatic] private static bool t_requested;

    internal static bool RequestedOnThisThread { get => t_requested; set => t_requested = value; }

    /// <summary>Starts the warm-up once per process; later calls do nothing.</summary>
    public static void StartOnce()
    {
        t_requested = true;
        if (Interlocked.Exchange(ref s_started, 1) == 1) return;
        _ = Task.Run(Run);
    }

    private static void Run()
    {
        try
        {
            var diagnostics = new DiagnosticBag();
            var document = MarkdownReader.Read(Sample, "warm-up.md", diagnostics, SourceFormat.Markdown);
            var paged = DocumentLayouter.Layout(document, Theme.Default, new LayoutOptions(), diagnostics);
            PdfWriter.Write(paged, Stream.Null, new PdfWriteOptions());
        }
        catch (Exception)
        {
            // Only speed depends on it: whatever fails here fails again, and is reported, in the real build.
        }
    }
}
