using Publish.Model;
using Publish.Readers.Markdown;

namespace Publish.Readers.Tests;

internal static class Md
{
    public const string File = "doc.md";

    /// <summary>Reads Markdown text as if it came from <see cref="File"/>.</summary>
    public static Document Read(string markdown, out DiagnosticBag diagnostics, SourceFormat format = SourceFormat.Markdown)
    {
        diagnostics = new DiagnosticBag();
        return MarkdownReader.Read(markdown, File, diagnostics, format);
    }

    public static Document Read(string markdown, SourceFormat format = SourceFormat.Markdown)
    {
        var document = Read(markdown, out var diagnostics, format);
        Assert.Empty(diagnostics.Items);
        return document;
    }

    /// <summary>The inlines of the only paragraph.</summary>
    public static IReadOnlyList<Inline> Inlines(string markdown, SourceFormat format = SourceFormat.Markdown) =>
        Assert.IsType<Paragraph>(Assert.Single(Read(markdown, format).Blocks)).Content;

    public static string Text(string markdown) => PlainText.Of(Inlines(markdown));
}

internal static class Corpus
{
    /// <summary>The shared corpus, found by walking up to the folder holding <c>shared/</c>.</summary>
    public static string? Path(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "corpus", relative);
            if (System.IO.File.Exists(candidate)) return candidate;
        }
        return null;
    }
}

/// <summary>A temporary folder for tests that need files, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("publish-readers-").FullName;

    public string Write(string relative, string text) => Write(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Root, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
