namespace Publish;

/// <summary>
/// One finished stage of a build, reported as it happens so a terminal can show progress:
/// <c>Stage</c> is the stage name (read, theme, resources, layout, pdf, epub, ...), <c>Count</c>
/// and <c>Unit</c> say what it produced ("12 chapters", "340 pages", "1 file").
/// </summary>
public sealed record BuildProgress(string Input, string Stage, int Count, string Unit, TimeSpan Elapsed);
