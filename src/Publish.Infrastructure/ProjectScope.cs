namespace Publish.Infrastructure;

/// <summary>What a file is read as; each kind has its own size cap.</summary>
internal enum FileKind { Source, Manifest, Theme, Image, Font }

/// <summary>Why a file was not read; <see cref="None"/> when it was.</summary>
internal enum FileRefusal { None, Outside, Missing, NotRegular, TooLarge, Unreadable }

/// <summary>The outcome of opening a file through a <see cref="ProjectScope"/>: its bytes, or the reason there are none.</summary>
internal sealed record FileRead(FileRefusal Refusal, string RealPath, byte[]? Data, string Detail = "")
{
    public bool Ok => Refusal == FileRefusal.None;

    /// <summary>A sentence for a diagnostic, naming the file as the source wrote it and never its content.</summary>
    public string Reason(string named, FileKind kind) => Refusal switch
    {
        FileRefusal.Outside => $"'{named}' resolves outside the project folder and is refused",
        FileRefusal.Missing => $"'{named}' does not exist",
        FileRefusal.NotRegular => $"'{named}' is a folder, not a file",
        FileRefusal.TooLarge => $"'{named}' is {Detail}, more than the {ProjectScope.Describe(ProjectScope.Cap(kind))} a {kind.ToString().ToLowerInvariant()} file may have",
        FileRefusal.Unreadable => $"cannot read '{named}': {Detail}",
        _ => $"'{named}' was read",
    };
}

/// <summary>
/// The one confinement rule for every file a build opens: chapters, images, the cover, themes
/// (by <c>theme:</c> or <c>extends:</c>) and theme fonts. A file is read only when its real path
/// (every symlink resolved) lies inside one of the roots, it is a regular file with a size, and
/// that size is under its kind's cap; the bytes are read up to that size and no further, so a
/// file that grows (or a device that never ends) cannot take more.
/// </summary>
internal sealed class ProjectScope
{
    private readonly List<string> _roots;

    /// <summary>Roots as given; each counts by its path as written and by its real location.</summary>
    public ProjectScope(IEnumerable<string> roots)
    {
        _roots = [.. roots.Where(r => r.Length > 0)
            .SelectMany(r => new[] { Path.GetFullPath(r), RealPath(r) })
            .Select(Path.TrimEndingDirectorySeparator)
            .Distinct(StringComparer.Ordinal)];
    }

    public IReadOnlyList<string> Roots => _roots;

    /// <summary>The same scope with further roots (a theme's folder for its fonts and images).</summary>
    public ProjectScope With(params IEnumerable<string> more) => new([.. _roots, .. more]);

    /// <summary>The project root of an input: the book folder, or the folder holding the input file.</summary>
    public static string RootOf(string input)
    {
        var full = Path.GetFullPath(input);
        return Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
    }

    // Caps are far above any real book's files and far below what exhausts a CI runner: 16 MB of
    // text is ~22 novels (a 10 MB one-paragraph .txt took 45 s and 1.1 GB to build as PDF, EPUB and
    // HTML on the busy 2-core development machine; 100 MB had taken 3.4 GB); a theme or book.yaml
    // is a few KB; print images rarely pass 20 MB; a large CJK font is ~20 MB.
    public static long Cap(FileKind kind) => kind switch
    {
        FileKind.Source => 16L << 20,
        FileKind.Manifest or FileKind.Theme => 1L << 20,
        FileKind.Image => 64L << 20,
        _ => 64L << 20,
    };

    public static string Describe(long bytes) => bytes >= 1 << 20 ? $"{bytes / (double)(1 << 20):0.#} MB" : bytes >= 1 << 10 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes} bytes";

    /// <summary>True when <paramref name="fullPath"/> (already absolute) lies inside a root, as written.</summary>
    public bool Contains(string fullPath) => _roots.Any(root => IsInside(fullPath, root));

    /// <summary>Where a file would be read from, or why it would not be, without reading it.</summary>
    public FileRead Check(string path, FileKind kind)
    {
        var full = Path.GetFullPath(path);
        // Refuse by the path as written before touching the file system, so a build never even
        // reveals whether a file outside the project exists; then again after resolving links.
        if (!Contains(full)) return new FileRead(FileRefusal.Outside, full, null);
        if (!File.Exists(full)) return new FileRead(Directory.Exists(full) ? FileRefusal.NotRegular : FileRefusal.Missing, full, null);
        var real = RealPath(full);
        if (!Contains(real)) return new FileRead(FileRefusal.Outside, full, null);
        long length;
        try { length = new FileInfo(real).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return new FileRead(FileRefusal.Unreadable, real, null, e.Message); }
        if (length > Cap(kind)) return new FileRead(FileRefusal.TooLarge, real, null, Describe(length));
        return new FileRead(FileRefusal.None, real, null, length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The file's bytes, or the reason they were not read.</summary>
    public FileRead Read(string path, FileKind kind)
    {
        var check = Check(path, kind);
        if (!check.Ok) return check;
        var length = long.Parse(check.Detail, System.Globalization.CultureInfo.InvariantCulture);
        // FIFOs, devices and /proc files report no size, as an empty file does: opening a FIFO
        // would block forever and a device never ends, so a file without a size is never opened
        // and reads as empty (readers say so).
        if (length == 0) return check with { Data = [] };
        try
        {
            using var stream = new FileStream(check.RealPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            var data = new byte[length];
            var read = 0;
            while (read < data.Length)
            {
                var n = stream.Read(data, read, data.Length - read);
                if (n == 0) break;
                read += n;
            }
            // A file that shrank while being read gives what it had.
            return new FileRead(FileRefusal.None, check.RealPath, read == data.Length ? data : data[..read]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileRead(FileRefusal.Unreadable, check.RealPath, null, e.Message);
        }
    }

    private static bool IsInside(string path, string root) =>
        path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every symlink along it resolved, so a link cannot lead out of the project.</summary>
    public static string RealPath(string path)
    {
        // One budget of link expansions for the whole walk, as the kernel's MAXSYMLINKS: a cycle
        // (a → b → a) ends when it runs out, and no chain of links costs more than 40 steps.
        var budget = 40;
        return RealPath(Path.GetFullPath(path), ref budget);
    }

    private static string RealPath(string full, ref int budget)
    {
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            while (budget > 0)
            {
                FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
                if (info.LinkTarget is null) break;
                budget--;
                // The target's own folders may be links too.
                next = RealPath(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(next)!, info.LinkTarget)), ref budget);
            }
            current = next;
        }
        return current;
    }
}
