using Publish.Model;

namespace Publish.Readers;

/// <summary>Reads any input the CLI accepts — a Markdown or text file, or a book folder — into one Document.</summary>
public static class DocumentReader
{
    public static Document Read(string path, SourceFormat format, DiagnosticBag diagnostics)
    {
        throw new NotSupportedException("readers are not built yet");
    }
}
