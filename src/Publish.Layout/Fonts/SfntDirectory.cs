using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace Publish.Layout.Fonts;

/// <summary>
/// Reads what the font index needs from an OpenType/TrueType file or collection without reading the
/// file: the table directory of each face, then its <c>maxp</c>, <c>name</c> and <c>OS/2</c>
/// tables. It follows HarfBuzz's reading of the same bytes (a face with no glyphs in <c>maxp</c> is
/// left out; a table is looked up linearly in a directory of fewer than 16 tables, by binary
/// search in a larger one; a table running past the end of the file is cut there), and gives up
/// (null) on anything else — another container, a directory outside the file — so the caller can
/// let HarfBuzz read it whole.
/// </summary>
internal static class SfntDirectory
{
    internal readonly record struct Face(int Index, byte[] Name, byte[] Os2);

    private const uint Collection = 0x74746366;    // 'ttcf'
    private const uint TrueType = 0x00010000;
    private const uint Cff = 0x4F54544F;           // 'OTTO'
    private const uint AppleTrueType = 0x74727565; // 'true'
    private const uint Type1 = 0x74797031;         // 'typ1'
    private const uint Maxp = 0x6D617870, Name = 0x6E616D65, Os2 = 0x4F532F32;

    // HarfBuzz searches directories of at least this many tables by binary search (fewer: linearly,
    // tolerating unsorted directories); found tables must be the same ones it finds.
    private const int BinarySearchFrom = 16;

    /// <summary>The faces of the file that have glyphs, or null when HarfBuzz should read it.</summary>
    public static IReadOnlyList<Face>? ReadFaces(string path)
    {
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        var length = RandomAccess.GetLength(file);
        var header = ReadAt(file, length, 0, 12);
        if (header is null) return null;
        uint[] offsets;
        switch (BinaryPrimitives.ReadUInt32BigEndian(header))
        {
            case Collection:
                // TTC 1.0 and 2.0 share the start: version, number of fonts, then their offsets.
                if (BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(4)) is not (1 or 2)) return null;
                var count = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(8));
                if (count > length / 4) return null;
                var table = ReadAt(file, length, 12, (int)count * 4);
                if (table is null) return null;
                offsets = new uint[count];
                for (var i = 0; i < offsets.Length; i++) offsets[i] = BinaryPrimitives.ReadUInt32BigEndian(table.AsSpan(i * 4));
                break;
            case TrueType or Cff or AppleTrueType or Type1:
                offsets = [0];
                break;
            default:
                return null;
        }

        var faces = new List<Face>(offsets.Length);
        for (var i = 0; i < offsets.Length; i++)
        {
            var directory = ReadDirectory(file, length, offsets[i]);
            if (directory is null) return null;
            if (GlyphCount(ReadTable(file, length, directory, Maxp)) == 0) continue;
            faces.Add(new Face(i, ReadTable(file, length, directory, Name), ReadTable(file, length, directory, Os2)));
        }
        return faces;
    }

    /// <summary>The table records (16 bytes each: tag, checksum, offset, length) of the face at <paramref name="offset"/>.</summary>
    private static byte[]? ReadDirectory(SafeFileHandle file, long length, uint offset)
    {
        var head = ReadAt(file, length, offset, 12);
        if (head is null) return null;
        var tables = BinaryPrimitives.ReadUInt16BigEndian(head.AsSpan(4));
        return ReadAt(file, length, offset + 12L, tables * 16);
    }

    private static byte[] ReadTable(SafeFileHandle file, long length, byte[] directory, uint tag)
    {
        var count = directory.Length / 16;
        var found = -1;
        if (count < BinarySearchFrom)
        {
            for (var i = 0; i < count && found < 0; i++)
                if (TagAt(directory, i) == tag) found = i;
        }
        else
        {
            int lo = 0, hi = count - 1;
            while (lo <= hi && found < 0)
            {
                var mid = (int)(((uint)lo + (uint)hi) / 2);
                var t = TagAt(directory, mid);
                if (tag < t) hi = mid - 1;
                else if (tag > t) lo = mid + 1;
                else found = mid;
            }
        }
        if (found < 0) return [];
        var start = BinaryPrimitives.ReadUInt32BigEndian(directory.AsSpan(found * 16 + 8));
        var size = BinaryPrimitives.ReadUInt32BigEndian(directory.AsSpan(found * 16 + 12));
        if (start >= length) return [];
        return ReadAt(file, length, start, (int)Math.Min(size, Math.Min(length - start, int.MaxValue))) ?? [];
    }

    private static uint TagAt(byte[] directory, int index) => BinaryPrimitives.ReadUInt32BigEndian(directory.AsSpan(index * 16));

    /// <summary>The glyph count as HarfBuzz takes it: 0 unless <c>maxp</c> is version 0.5 or a complete version 1.</summary>
    internal static int GlyphCount(ReadOnlySpan<byte> maxp)
    {
        if (maxp.Length < 6) return 0;
        var major = BinaryPrimitives.ReadUInt16BigEndian(maxp);
        var minor = BinaryPrimitives.ReadUInt16BigEndian(maxp[2..]);
        var valid = major == 1 ? maxp.Length >= 32 : major == 0 && minor == 0x5000;
        return valid ? BinaryPrimitives.ReadUInt16BigEndian(maxp[4..]) : 0;
    }

    /// <summary><paramref name="count"/> bytes at <paramref name="offset"/>, or null when they run past the end.</summary>
    private static byte[]? ReadAt(SafeFileHandle file, long length, long offset, int count)
    {
        if (count < 0 || offset < 0 || offset + count > length) return null;
        var bytes = new byte[count];
        var done = 0;
        while (done < count)
        {
            var read = RandomAccess.Read(file, bytes.AsSpan(done), offset + done);
            if (read == 0) return null;
            done += read;
        }
        return bytes;
    }
}
