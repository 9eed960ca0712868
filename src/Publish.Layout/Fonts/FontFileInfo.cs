using System.Buffers.Binary;
using System.Text;
using HarfBuzzSharp;

namespace Publish.Layout.Fonts;

/// <summary>
/// What the catalog knows about one face of a font file before loading it: the family and style
/// read from its own <c>name</c> and <c>OS/2</c> tables (never from the file name).
/// </summary>
internal sealed record FontFileInfo(string Path, int FaceIndex, string Family, string SubFamily, int Weight, int WidthClass, bool Italic)
{
    public bool Bold => Weight >= 600;
    public bool Monospace { get; init; }

    /// <summary>Reads every face of a font file; an unreadable file gives none.</summary>
    /// <remarks>
    /// Every build indexes every installed font (318 files, 150 MB here, most of it CJK
    /// collections), so only the table directory and the three small tables the index needs are
    /// read (a few KB a file); handing HarfBuzz the whole file cost ~0.25 s of CPU per process
    /// (issue 21). A file whose directory this reader does not take as a plain font or collection
    /// is read by HarfBuzz as before, so both give the same faces.
    /// </remarks>
    public static IReadOnlyList<FontFileInfo> Read(string path)
    {
        try
        {
            return SfntDirectory.ReadFaces(path) is { } faces
                ? faces.Select(f => FromTables(path, f.Index, f.Name, f.Os2)).OfType<FontFileInfo>().ToList()
                : ReadWithHarfBuzz(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            return [];
        }
    }

    /// <summary>The faces as HarfBuzz reads them from the whole file (the reference <see cref="Read"/> agrees with).</summary>
    internal static IReadOnlyList<FontFileInfo> ReadWithHarfBuzz(string path)
    {
        try
        {
            using var blob = Blob.FromFile(path);
            var count = Math.Max(1, blob.FaceCount);
            var result = new List<FontFileInfo>(count);
            for (var i = 0; i < count; i++)
            {
                using var face = new Face(blob, i);
                if (face.GlyphCount == 0) continue;
                using var name = face.ReferenceTable(Tag.Parse("name"));
                using var os2 = face.ReferenceTable(Tag.Parse("OS/2"));
                var info = FromTables(path, i, name.AsSpan(), os2.AsSpan());
                if (info is not null) result.Add(info);
            }
            return result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            return [];
        }
    }

    private static FontFileInfo? FromTables(string path, int index, ReadOnlySpan<byte> name, ReadOnlySpan<byte> os2)
    {
        var names = ReadNames(name);
        // Typographic family (16) groups weights that legacy family (1) splits, e.g. "Foo Light".
        var family = names.GetValueOrDefault(16) ?? names.GetValueOrDefault(1);
        if (string.IsNullOrWhiteSpace(family)) return null;
        var sub = names.GetValueOrDefault(17) ?? names.GetValueOrDefault(2) ?? "Regular";

        var t = os2;
        int weight = 400, width = 5;
        bool italic = sub.Contains("Italic", StringComparison.OrdinalIgnoreCase) || sub.Contains("Oblique", StringComparison.OrdinalIgnoreCase);
        bool mono = false;
        if (t.Length >= 64)
        {
            weight = BinaryPrimitives.ReadUInt16BigEndian(t[4..]);
            width = BinaryPrimitives.ReadUInt16BigEndian(t[6..]);
            var fsSelection = BinaryPrimitives.ReadUInt16BigEndian(t[62..]);
            italic |= (fsSelection & 0x0201) != 0;   // bit 0 italic, bit 9 oblique
            if ((fsSelection & 0x20) != 0) weight = Math.Max(weight, 700);
            mono = t[32 + 3] == 9;                    // PANOSE proportion: monospaced
        }
        return new FontFileInfo(path, index, family.Trim(), sub.Trim(), weight, width, italic) { Monospace = mono };
    }

    /// <summary>Name records by id, preferring Windows Unicode English, then any Unicode, then Mac Roman.</summary>
    private static Dictionary<int, string> ReadNames(ReadOnlySpan<byte> table)
    {
        var result = new Dictionary<int, string>();
        var rank = new Dictionary<int, int>();
        if (table.Length < 6) return result;
        int count = BinaryPrimitives.ReadUInt16BigEndian(table[2..]);
        int storage = BinaryPrimitives.ReadUInt16BigEndian(table[4..]);
        for (var i = 0; i < count; i++)
        {
            var rec = 6 + i * 12;
            if (rec + 12 > table.Length) break;
            int platform = BinaryPrimitives.ReadUInt16BigEndian(table[rec..]);
            int language = BinaryPrimitives.ReadUInt16BigEndian(table[(rec + 4)..]);
            int id = BinaryPrimitives.ReadUInt16BigEndian(table[(rec + 6)..]);
            int length = BinaryPrimitives.ReadUInt16BigEndian(table[(rec + 8)..]);
            int offset = BinaryPrimitives.ReadUInt16BigEndian(table[(rec + 10)..]);
            if (id is not (1 or 2 or 16 or 17) || storage + offset + length > table.Length) continue;
            var r = platform switch { 3 when language == 0x409 => 3, 3 or 0 => 2, 1 => 1, _ => 0 };
            if (r == 0 || rank.GetValueOrDefault(id) >= r) continue;
            var bytes = table.Slice(storage + offset, length);
            result[id] = platform == 1 ? Encoding.Latin1.GetString(bytes) : Encoding.BigEndianUnicode.GetString(bytes);
            rank[id] = r;
        }
        return result;
    }
}
