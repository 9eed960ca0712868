using Publish.Model;

namespace Publish.Validation;

/// <summary>
/// <c>publish check</c>: runs the validator installed for the file's kind (epubcheck for EPUB,
/// <c>qpdf --check</c> for PDF) and turns its findings into diagnostics. A missing validator is a
/// warning (PUB0801) saying how to install it, never a silent pass.
/// </summary>
internal static class OutputValidator
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Whether a validator for <paramref name="path"/>'s kind is installed.</summary>
    public static bool IsAvailable(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".epub" => EpubCheck.Jar() is not null && ExternalTool.Find("java") is not null,
        ".pdf" => ExternalTool.Find("qpdf") is not null,
        _ => false,
    };

    public static IReadOnlyList<Diagnostic> Check(string path)
    {
        var span = new SourceSpan(path, 0, 0);
        if (!File.Exists(path)) return [Diagnostic.Create(DiagnosticCatalog.CheckedFileMissing, $"'{path}' does not exist", span)];
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".epub" => EpubCheck.Run(path),
            ".pdf" => QpdfCheck.Run(path),
            _ => [Diagnostic.Create(DiagnosticCatalog.NoValidator, $"'{path}' is neither an EPUB nor a PDF; there is no validator for it", span,
                "check accepts .epub and .pdf files")],
        };
    }

    internal static Diagnostic Missing(string path, string tool, string install) =>
        Diagnostic.Create(DiagnosticCatalog.ValidatorMissing, $"{tool} is not installed, so '{Path.GetFileName(path)}' was not validated", new SourceSpan(path, 0, 0), install);
}
