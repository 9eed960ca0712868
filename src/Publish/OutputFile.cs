using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Publish;

/// <summary>
/// Writes an output atomically: into a temporary file in the same folder, renamed over the
/// target only once complete, so a failed build leaves the previous output byte for byte.
/// </summary>
internal static partial class OutputFile
{
    public static void Write(string path, Action<Stream> write)
    {
        using var set = new OutputSet();
        set.Write(path, write);
        set.Commit();
    }

    /// <summary>
    /// A temporary name beside <paramref name="path"/>: <c>.publish-HASH.PID.N.tmp</c>, at most
    /// 50 bytes whatever the target's length (a 243-byte file name plus a suffix passed the 255
    /// bytes a file name may have), with the process id so stale ones can be told from live ones.
    /// </summary>
    public static string TempFor(string path, int serial)
    {
        var full = Path.GetFullPath(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..16];
        return Path.Combine(Path.GetDirectoryName(full)!, $".publish-{hash}.{Environment.ProcessId}.{serial}.tmp");
    }

    /// <summary>
    /// Deletes temporaries a killed build left in <paramref name="folder"/>: files of our own pattern
    /// (and the older <c>.name.PID.GUID.tmp</c> one) whose process is gone. Returns how many.
    /// </summary>
    public static int CleanStale(string folder)
    {
        if (!Directory.Exists(folder)) return 0;
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(folder, ".*.tmp"))
        {
            var match = StalePattern().Match(Path.GetFileName(file));
            if (!match.Success || !int.TryParse(match.Groups["pid"].Value, out var pid) || IsRunning(pid)) continue;
            try { File.Delete(file); removed++; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        return removed;
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException) { return false; }
    }

    [GeneratedRegex(@"^\.(?:publish-[0-9a-f]{16}\.(?<pid>\d+)\.\d+|.+\.(?<pid>\d+)\.[0-9a-f]{32})\.tmp$")]
    private static partial Regex StalePattern();
}
