namespace Publish.Reporting;

/// <summary>Reads source lines for diagnostics, each file once; a file that cannot be read has no lines.</summary>
internal sealed class SourceLines
{
    private readonly Dictionary<string, string[]?> _files = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The 1-based <paramref name="line"/> of <paramref name="file"/>, without its line break.</summary>
    public string? Line(string file, int line)
    {
        if (file.Length == 0 || line < 1) return null;
        string[]? lines;
        lock (_gate)
        {
            if (!_files.TryGetValue(file, out lines))
            {
                lines = Read(file);
                _files[file] = lines;
            }
        }
        return lines is not null && line <= lines.Length ? lines[line - 1] : null;
    }

    private static string[]? Read(string file)
    {
        try
        {
            // Large or binary files are not worth quoting.
            var info = new FileInfo(file);
            if (!info.Exists || info.Length > 64 << 20) return null;
            return File.ReadAllText(file).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
