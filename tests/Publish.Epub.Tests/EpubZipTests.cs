using System.IO.Compression;
using Publish.Model;

namespace Publish.Epub.Tests;

/// <summary>
/// The container is written by our own zip writer (so that entries compressed by an earlier build
/// can be reused); its bytes are what <see cref="ZipArchive"/> writes for the same files.
/// </summary>
public class EpubZipTests
{
    [Theory]
    [InlineData(1980)]
    [InlineData(2024)]
    public void The_package_is_byte_for_byte_what_ZipArchive_writes(int year)
    {
        var modified = new DateTimeOffset(year, 5, 6, 7, 8, 9, TimeSpan.Zero);
        var epub = EpubWriterTests.Build(EpubWriterTests.Book(), options: new EpubWriteOptions { Modified = modified });

        Assert.Equal(ZipArchiveCopy(epub, modified), epub);
    }

    [Fact]
    public void A_cached_build_reuses_compressed_entries_and_writes_the_same_bytes()
    {
        var png = M.PngResource();
        Document Book(string word) => new(Metadata.Empty with { Title = "Two Parts" },
            [M.H(1, "One", "one"), M.P(M.T("A " + word + " and "), M.L("two", "#two"), M.N("A note.")), new Figure(new Image(png.Key, "A dot"), [M.T("A dot")]),
             M.H(1, "Two", "two"), M.P(M.T("Back to "), M.L("one", "#one"), M.N("Another note."))])
        {
            Resources = new Dictionary<string, Resource> { [png.Key] = png },
        };
        var cache = new EpubCache();
        var options = new EpubWriteOptions { Modified = DateTimeOffset.UnixEpoch, Cache = cache };
        EpubWriterTests.Build(Book("word"), options: options);

        var rebuilt = EpubWriterTests.Build(Book("verb"), options: options);

        Assert.Equal(EpubWriterTests.Build(Book("verb"), options: options with { Cache = null }), rebuilt);
        Assert.Equal((1, 1), (cache.ChaptersRendered, cache.ChaptersReused));
    }

    /// <summary>The same entries, in the same order, through ZipArchive as the writer used to zip them.</summary>
    private static byte[] ZipArchiveCopy(byte[] epub, DateTimeOffset modified)
    {
        using var source = new ZipArchive(new MemoryStream(epub), ZipArchiveMode.Read);
        using var buffer = new MemoryStream();
        using (var copy = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var data = new MemoryStream();
                using (var read = entry.Open()) read.CopyTo(data);
                var level = entry.FullName == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
                var target = copy.CreateEntry(entry.FullName, level);
                target.LastWriteTime = modified.Year < 1980 ? new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero) : modified;
                using var write = target.Open();
                write.Write(data.ToArray());
            }
        }
        return buffer.ToArray();
    }
}
