using System.IO.Compression;

namespace Publish.Epub.Package;

/// <summary>
/// The OCF container: <c>mimetype</c> first and stored, then the files in the given order, every
/// timestamp the same fixed value, so two builds of the same input are byte-identical.
/// </summary>
internal static class DeterministicZip
{
    // DOS timestamps cannot go below 1980; an earlier fixed time (e.g. the Unix epoch) is clamped.
    private static readonly DateTimeOffset DosEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(Stream output, IEnumerable<(string Path, byte[] Data)> files, DateTimeOffset modified)
    {
        var utc = modified.ToUniversalTime();
        var stamp = new DateTimeOffset(utc < DosEpoch ? DosEpoch.DateTime : utc.DateTime, TimeSpan.Zero);
        // Built in memory: a seekable stream lets the archive write sizes in the local headers
        // instead of data descriptors, which some readers reject for the mimetype entry.
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "mimetype", "application/epub+zip"u8.ToArray(), CompressionLevel.NoCompression, stamp);
            foreach (var (path, data) in files) Add(zip, path, data, CompressionLevel.Optimal, stamp);
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void Add(ZipArchive zip, string path, byte[] data, CompressionLevel level, DateTimeOffset stamp)
    {
        var entry = zip.CreateEntry(path, level);
        entry.LastWriteTime = stamp;
        using var stream = entry.Open();
        stream.Write(data);
    }
}
