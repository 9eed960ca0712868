using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Publish.Epub.Package;

/// <summary>
/// The OCF container: <c>mimetype</c> first and stored, then the files in the given order, every
/// timestamp the same fixed value, so two builds of the same input are byte-identical. Written
/// here rather than through <see cref="ZipArchive"/> (whose layout it keeps byte for byte: sizes
/// in the local headers, no extra fields, Unix 0644 attributes) so that an entry compressed by an
/// earlier build can be put in as it is.
/// </summary>
internal static class DeterministicZip
{
    // DOS timestamps cannot go below 1980; an earlier fixed time (e.g. the Unix epoch) is clamped.
    private static readonly DateTimeOffset DosEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const ushort VersionNeeded = 20;           // 2.0: deflate
    private const ushort VersionMadeBy = 3 << 8 | 20;  // Unix, 2.0
    private const uint RegularFile0644 = 0x81A4u << 16; // S_IFREG | rw-r--r-- in the high half

    public static void Write(Stream output, IEnumerable<(string Path, byte[] Data)> files, DateTimeOffset modified, Func<byte[], ZipEntryData>? deflate = null)
    {
        var utc = modified.ToUniversalTime();
        var stamp = utc < DosEpoch ? DosEpoch.DateTime : utc.DateTime;
        var (time, date) = ((ushort)(stamp.Hour << 11 | stamp.Minute << 5 | stamp.Second / 2), (ushort)((stamp.Year - 1980) << 9 | stamp.Month << 5 | stamp.Day));
        deflate ??= ZipEntryData.Deflate;

        var entries = new List<(byte[] Name, ZipEntryData Data, long Offset)>();
        var position = 0L;
        void Add(string path, ZipEntryData data)
        {
            var name = Encoding.UTF8.GetBytes(path);
            entries.Add((name, data, position));
            position += WriteLocalHeader(output, name, data, time, date) + data.Bytes.Length;
            output.Write(data.Bytes);
        }

        Add("mimetype", ZipEntryData.Stored("application/epub+zip"u8.ToArray()));
        foreach (var (path, data) in files) Add(path, data.Length == 0 ? ZipEntryData.Stored(data) : deflate(data));

        var directoryStart = position;
        foreach (var (name, data, offset) in entries) position += WriteCentralHeader(output, name, data, time, date, offset);
        WriteEnd(output, entries.Count, position - directoryStart, directoryStart);
    }

    private static int WriteLocalHeader(Stream output, byte[] name, ZipEntryData data, ushort time, ushort date)
    {
        Span<byte> h = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(h, 0x04034B50);
        BinaryPrimitives.WriteUInt16LittleEndian(h[4..], VersionNeeded);
        WriteSharedFields(h[6..], name, data, time, date);
        BinaryPrimitives.WriteUInt16LittleEndian(h[28..], 0);
        output.Write(h);
        output.Write(name);
        return h.Length + name.Length;
    }

    private static int WriteCentralHeader(Stream output, byte[] name, ZipEntryData data, ushort time, ushort date, long offset)
    {
        Span<byte> h = stackalloc byte[46];
        h.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(h, 0x02014B50);
        BinaryPrimitives.WriteUInt16LittleEndian(h[4..], VersionMadeBy);
        BinaryPrimitives.WriteUInt16LittleEndian(h[6..], VersionNeeded);
        WriteSharedFields(h[8..], name, data, time, date);
        // Extra field, comment, disk number and internal attributes stay 0.
        BinaryPrimitives.WriteUInt32LittleEndian(h[38..], RegularFile0644);
        BinaryPrimitives.WriteUInt32LittleEndian(h[42..], checked((uint)offset));
        output.Write(h);
        output.Write(name);
        return h.Length + name.Length;
    }

    /// <summary>The 22 bytes local and central headers share, in the same order: flags, method, time, date, CRC-32, sizes, name length.</summary>
    private static void WriteSharedFields(Span<byte> h, byte[] name, ZipEntryData data, ushort time, ushort date)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(h, Flags(name));
        BinaryPrimitives.WriteUInt16LittleEndian(h[2..], data.Method);
        BinaryPrimitives.WriteUInt16LittleEndian(h[4..], time);
        BinaryPrimitives.WriteUInt16LittleEndian(h[6..], date);
        BinaryPrimitives.WriteUInt32LittleEndian(h[8..], data.Crc32);
        BinaryPrimitives.WriteUInt32LittleEndian(h[12..], (uint)data.Bytes.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(h[16..], (uint)data.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(h[20..], (ushort)name.Length);
    }

    private static void WriteEnd(Stream output, int count, long size, long start)
    {
        Span<byte> h = stackalloc byte[22];
        h.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(h, 0x06054B50);
        BinaryPrimitives.WriteUInt16LittleEndian(h[8..], checked((ushort)count));
        BinaryPrimitives.WriteUInt16LittleEndian(h[10..], (ushort)count);
        BinaryPrimitives.WriteUInt32LittleEndian(h[12..], checked((uint)size));
        BinaryPrimitives.WriteUInt32LittleEndian(h[16..], checked((uint)start));
        output.Write(h);
    }

    // Bit 11: the name is UTF-8 (only set when it is not plain ASCII, as ZipArchive does).
    private static ushort Flags(byte[] name) => name.Any(b => b >= 0x80) ? (ushort)0x0800 : (ushort)0;
}

/// <summary>One entry's bytes as the zip holds them: compressed (or stored), with the CRC-32 and length of the original.</summary>
internal sealed record ZipEntryData(byte[] Bytes, uint Crc32, int Length, ushort Method)
{
    private const ushort StoredMethod = 0, DeflateMethod = 8;

    public static ZipEntryData Stored(byte[] data) => new(data, Crc(data), data.Length, StoredMethod);

    /// <summary>
    /// Deflates through gzip, whose trailer carries the CRC-32 that zlib computes anyway: the
    /// 10-byte header and 8-byte trailer are dropped, the raw deflate data between is the entry.
    /// </summary>
    public static ZipEntryData Deflate(byte[] data)
    {
        using var buffer = new MemoryStream(data.Length / 3 + 64);
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(data);
        var gz = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var crc = BinaryPrimitives.ReadUInt32LittleEndian(gz[^8..]);
        return new ZipEntryData(gz[10..^8].ToArray(), crc, data.Length, DeflateMethod);
    }

    private static readonly uint[] s_table = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    // Stored entries are tiny (mimetype, empty files): a table CRC is plenty.
    private static uint Crc(ReadOnlySpan<byte> data)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in data) c = s_table[(c ^ b) & 0xFF] ^ (c >> 8);
        return ~c;
    }
}
