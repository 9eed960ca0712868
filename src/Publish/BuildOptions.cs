using Publish.Readers;

namespace Publish;

[Flags]
public enum OutputFormat { None = 0, Pdf = 1, Epub = 2, Html = 4, Png = 8 }

/// <summary>Everything one build needs; the CLI maps its arguments onto this record.</summary>
public sealed record BuildOptions
{
    /// <summary>A .md/.markdown/.txt file, or a folder holding book.yaml.</summary>
    public required string Input { get; init; }
    public string OutputDirectory { get; init; } = "out";
    public OutputFormat Formats { get; init; } = OutputFormat.Pdf | OutputFormat.Epub;
    public SourceFormat From { get; init; } = SourceFormat.Auto;
    /// <summary>Theme name (under the styles folder) or path; overrides front matter.</summary>
    public string? Theme { get; init; }
    /// <summary>Where named themes live; default: <c>styles/</c> found upwards from the input, then beside the tool.</summary>
    public string? StylesFolder { get; init; }
    /// <summary>Warnings count as errors.</summary>
    public bool Strict { get; init; }
    /// <summary>Bleed in points, overriding the theme.</summary>
    public double? Bleed { get; init; }
    public bool? CropMarks { get; init; }
    public bool PdfA { get; init; }
    public bool Kobo { get; init; }
    /// <summary>Fixed time for every timestamp; defaults to SOURCE_DATE_EPOCH when set.</summary>
    public DateTimeOffset? Timestamp { get; init; }
    public double PngDpi { get; init; } = 96;
    /// <summary>Downsample PDF images to this resolution where they are drawn; null keeps full resolution.</summary>
    public double? ImageDpi { get; init; }
    /// <summary>Called after each stage, for progress display; may be called from a worker thread.</summary>
    public Action<BuildProgress>? Progress { get; init; }
    /// <summary>
    /// Lay out and write a small sample on a pool thread while the input is read, so one-time costs
    /// (font loading, jitting) overlap reading. Off by default: a library must not start threads its
    /// embedder did not ask for; the <c>publish</c> tool, a short-lived process, turns it on.
    /// </summary>
    public bool WarmUp { get; init; }
    /// <summary>Work kept from the previous build of the same input (watch mode); null builds everything afresh.</summary>
    internal Caching.BuildCache? Cache { get; init; }
}
