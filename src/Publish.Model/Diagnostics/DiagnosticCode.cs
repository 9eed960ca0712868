namespace Publish.Model;

/// <summary>
/// One entry of <see cref="DiagnosticCatalog"/>: the code, its severity, what it means and what to do.
/// Diagnostics are made from an entry (<see cref="Diagnostic.Create"/>, <see cref="DiagnosticBag.Report"/>)
/// so a code can never be printed with another severity or without documentation.
/// </summary>
/// <param name="Code">The printed code, <c>PUBaann</c>: <c>aa</c> the area, <c>nn</c> the finding.</param>
/// <param name="Severity">Whether the build fails on it (errors) or only under <c>--strict</c> (warnings).</param>
/// <param name="Title">One line: what the finding is (the heading in <c>docs/diagnostics.md</c>).</param>
/// <param name="Explanation">What triggers it and what Publish does about it (message template and behaviour).</param>
/// <param name="Hint">What the author can do; null when the message says it all.</param>
internal sealed record DiagnosticCode(string Code, Severity Severity, string Title, string Explanation, string? Hint = null)
{
    /// <summary>The anchor of this code's section in <c>docs/diagnostics.md</c> (the code in lower case).</summary>
    public string Anchor => Code.ToLowerInvariant();

    /// <summary>Where this code is documented, relative to the repository root.</summary>
    public string DocsLink => $"docs/diagnostics.md#{Anchor}";

    public override string ToString() => Code;
}
