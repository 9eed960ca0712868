namespace Publish.Batch;

/// <summary>
/// What <c>publish build a.md b.txt dir/</c> builds: each file as given; a folder holding
/// <c>book.yaml</c> as one book; any other folder as its Markdown and text files and the books
/// directly inside it. Sorted by path (ordinal) so every machine sees the same order.
/// </summary>
internal static class InputSet
{
    private static readonly string[] SourceExtensions = [".md", ".markdown", ".txt", ".html", ".htm"];

    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs)
    {
        var result = new List<string>();
        foreach (var input in inputs)
        {
            if (!Directory.Exists(input) || IsBook(input)) { result.Add(input); continue; }
            var found = Directory.EnumerateFileSystemEntries(input)
                .Where(p => Directory.Exists(p) ? IsBook(p) : SourceExtensions.Contains(Path.GetExtension(p).ToLowerInvariant()))
                .ToList();
            // An empty folder stays an input, so the reader says what is wrong with it.
            if (found.Count == 0) result.Add(input);
            else result.AddRange(found);
        }
        return result.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private static bool IsBook(string folder) => File.Exists(Path.Combine(folder, "book.yaml"));
}
