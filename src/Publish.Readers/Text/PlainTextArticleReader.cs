using Publish.Model;

namespace Publish.Readers.Text;

/// <summary>Plain text copied from the web (or Project Gutenberg) → a clean article in the model.</summary>
public static class PlainTextArticleReader
{
    /// <summary>Reads <paramref name="text"/> (already decoded) that came from <paramref name="path"/>.</summary>
    public static Document Read(string text, string path, DiagnosticBag diagnostics)
    {
        throw new NotSupportedException("the plain-text reader is not built yet");
    }
}
