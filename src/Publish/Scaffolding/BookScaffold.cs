using Publish.Model;

namespace Publish.Scaffolding;

/// <summary>
/// <c>publish init &lt;folder&gt;</c>: a new book that builds at once — book.yaml (naming the
/// theme), two chapters, an image, and a GitHub Actions workflow that builds the PDF and EPUB
/// on a sharded matrix and uploads them.
/// </summary>
internal static class BookScaffold
{
    /// <summary>The starter theme's name beside book.yaml.</summary>
    public const string ThemeFileName = "theme.yaml";

    /// <summary>Writes the book into <paramref name="folder"/>; refuses a folder that already has files in it.</summary>
    /// <remarks>With <paramref name="themeFile"/>, a starter theme (<c>theme.yaml</c>, extending the built-in book theme) is written beside book.yaml and named by it.</remarks>
    public static IReadOnlyList<string> Create(string folder, DiagnosticBag diagnostics, bool themeFile = false)
    {
        if (File.Exists(folder) || (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any()))
        {
            diagnostics.Report(DiagnosticCatalog.InitFolderNotEmpty, $"'{folder}' already exists and is not an empty folder; init never overwrites files",
                new SourceSpan(folder, 0, 0), "choose a new folder name");
            return [];
        }
        var title = TitleFrom(folder);
        var files = new Dictionary<string, object>
        {
            ["book.yaml"] = SampleBook.Manifest(title, themeFile ? ThemeFileName : "book"),
            ["chapters/01-beginning.md"] = SampleBook.FirstChapter,
            ["chapters/02-onwards.md"] = SampleBook.SecondChapter,
            ["images/harbour.png"] = SamplePng.Create(),
            [".github/workflows/publish.yml"] = SampleBook.Workflow,
            [".gitignore"] = "out/\n",
        };
        if (themeFile) files[ThemeFileName] = SampleBook.ThemeFile;
        var written = new List<string>();
        try
        {
            foreach (var (relative, content) in files)
            {
                var path = Path.Combine(folder, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                if (content is byte[] bytes) File.WriteAllBytes(path, bytes);
                else File.WriteAllText(path, (string)content);
                written.Add(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCatalog.InitWriteFailed, $"cannot write the new book: {e.Message}", new SourceSpan(folder, 0, 0));
        }
        return written;
    }

    /// <summary><c>my-first-book</c> → <c>My First Book</c>.</summary>
    public static string TitleFrom(string folder)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        var words = name.Split(['-', '_', ' ', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
        var title = string.Join(' ', words);
        return title.Length > 0 ? title : "Untitled";
    }
}
