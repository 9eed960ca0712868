using System.Buffers.Binary;
using System.Text;
using Publish.Layout.Fonts;

namespace Publish.Layout.Tests.Fonts;

/// <summary>
/// Issue 21: the font index reads each file's table directory and three small tables instead of
/// the whole file, and must find exactly the faces HarfBuzz finds reading the whole file.
/// </summary>
public sealed class FontFileInfoTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("publish-fontinfo-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Every_installed_font_gives_the_faces_harfbuzz_gives()
    {
        var files = FontCatalog.SystemFolders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".ttf" or ".otf" or ".ttc" or ".otc")
            .ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            // Read directly, not handed to HarfBuzz: installed fonts are plain fonts and collections.
            Assert.NotNull(SfntDirectory.ReadFaces(file));
            Assert.Equal(FontFileInfo.ReadWithHarfBuzz(file), FontFileInfo.Read(file));
        }
    }

    [Fact]
    public void Reads_each_face_of_a_collection_by_its_own_names()
    {
        var path = Write("pair.ttc", Collection(Face("Alpha Serif", "Regular", weight: 400), Face("Alpha Serif", "Bold Italic", weight: 700, fsSelection: 0x21)));
        var faces = FontFileInfo.Read(path);
        Assert.Equal([(0, "Alpha Serif", false, false), (1, "Alpha Serif", true, true)], faces.Select(f => (f.FaceIndex, f.Family, f.Bold, f.Italic)));
        Assert.Equal(FontFileInfo.ReadWithHarfBuzz(path), faces);
    }

    [Fact]
    public void A_face_without_glyphs_is_left_out()
    {
        var path = Write("empty-face.ttc", Collection(Face("Has Glyphs", "Regular"), Face("No Glyphs", "Regular", glyphs: 0)));
        Assert.Equal(["Has Glyphs"], FontFileInfo.Read(path).Select(f => f.Family));
        Assert.Equal(FontFileInfo.ReadWithHarfBuzz(path), FontFileInfo.Read(path));
    }

    [Fact]
    public void A_truncated_version_1_maxp_counts_no_glyphs_as_harfbuzz_does()
    {
        Assert.Equal(0, SfntDirectory.GlyphCount(Maxp(version: 0x00010000, glyphs: 12, length: 20)));
        Assert.Equal(12, SfntDirectory.GlyphCount(Maxp(version: 0x00010000, glyphs: 12, length: 32)));
        Assert.Equal(12, SfntDirectory.GlyphCount(Maxp(version: 0x00005000, glyphs: 12, length: 6)));
        Assert.Equal(0, SfntDirectory.GlyphCount(Maxp(version: 0x00020000, glyphs: 12, length: 32)));
    }

    [Fact]
    public void A_small_unsorted_directory_is_searched_in_full()
    {
        var path = Write("unsorted.ttf", Face("Unsorted Sans", "Regular", reverseDirectory: true));
        Assert.Equal(["Unsorted Sans"], FontFileInfo.Read(path).Select(f => f.Family));
        Assert.Equal(FontFileInfo.ReadWithHarfBuzz(path), FontFileInfo.Read(path));
    }

    [Fact]
    public void A_table_running_past_the_end_of_the_file_is_cut_there()
    {
        var bytes = Face("Cut Short", "Regular", nameLengthPadding: 4000);
        var path = Write("cut.ttf", bytes);
        Assert.Equal(["Cut Short"], FontFileInfo.Read(path).Select(f => f.Family));
        Assert.Equal(FontFileInfo.ReadWithHarfBuzz(path), FontFileInfo.Read(path));
    }

    [Fact]
    public void What_is_not_a_font_is_left_to_harfbuzz_and_gives_no_face()
    {
        var path = Write("text.ttf", Encoding.ASCII.GetBytes("not a font at all, only some text"));
        Assert.Null(SfntDirectory.ReadFaces(path));
        Assert.Empty(FontFileInfo.Read(path));
        Assert.Empty(FontFileInfo.Read(Path.Combine(_folder, "missing.ttf")));
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Maxp(uint version, int glyphs, int length)
    {
        var t = new byte[length];
        BinaryPrimitives.WriteUInt32BigEndian(t, version);
        if (length >= 6) BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(4), (ushort)glyphs);
        return t;
    }

    private static byte[] NameTable(string family, string style)
    {
        // Windows, Unicode BMP, US English: family (1) and subfamily (2), UTF-16BE.
        var strings = new[] { (Id: 1, Text: family), (Id: 2, Text: style) };
        var storage = 6 + strings.Length * 12;
        var data = new MemoryStream();
        var t = new byte[storage];
        BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(2), (ushort)strings.Length);
        BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(4), (ushort)storage);
        for (var i = 0; i < strings.Length; i++)
        {
            var text = Encoding.BigEndianUnicode.GetBytes(strings[i].Text);
            var rec = t.AsSpan(6 + i * 12);
            BinaryPrimitives.WriteUInt16BigEndian(rec, 3);
            BinaryPrimitives.WriteUInt16BigEndian(rec[2..], 1);
            BinaryPrimitives.WriteUInt16BigEndian(rec[4..], 0x409);
            BinaryPrimitives.WriteUInt16BigEndian(rec[6..], (ushort)strings[i].Id);
            BinaryPrimitives.WriteUInt16BigEndian(rec[8..], (ushort)text.Length);
            BinaryPrimitives.WriteUInt16BigEndian(rec[10..], (ushort)data.Length);
            data.Write(text);
        }
        return [.. t, .. data.ToArray()];
    }

    private static byte[] Os2(int weight, int fsSelection)
    {
        var t = new byte[78];
        BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(4), (ushort)weight);
        BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(6), 5);
        BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(62), (ushort)fsSelection);
        return t;
    }

    /// <summary>A font file holding only maxp, name and OS/2 (enough for the index and for HarfBuzz's face count and names).</summary>
    private static byte[] Face(string family, string style, int weight = 400, int fsSelection = 0x40, int glyphs = 3,
        bool reverseDirectory = false, int nameLengthPadding = 0) =>
        Sfnt([("maxp", Maxp(0x00005000, glyphs, 6)), ("name", NameTable(family, style)), ("OS/2", Os2(weight, fsSelection))],
            reverseDirectory, nameLengthPadding);

    private static byte[] Sfnt((string Tag, byte[] Data)[] tables, bool reverseDirectory = false, int nameLengthPadding = 0)
    {
        var ordered = tables.OrderBy(t => t.Tag, StringComparer.Ordinal).ToList();
        if (reverseDirectory) ordered.Reverse();
        var head = new byte[12 + 16 * ordered.Count];
        BinaryPrimitives.WriteUInt32BigEndian(head, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(head.AsSpan(4), (ushort)ordered.Count);
        var body = new MemoryStream();
        for (var i = 0; i < ordered.Count; i++)
        {
            var rec = head.AsSpan(12 + i * 16);
            Encoding.ASCII.GetBytes(ordered[i].Tag, rec);
            var length = ordered[i].Data.Length + (ordered[i].Tag == "name" ? nameLengthPadding : 0);
            BinaryPrimitives.WriteUInt32BigEndian(rec[8..], (uint)(head.Length + body.Length));
            BinaryPrimitives.WriteUInt32BigEndian(rec[12..], (uint)length);
            body.Write(ordered[i].Data);
            while (body.Length % 4 != 0) body.WriteByte(0);
        }
        return [.. head, .. body.ToArray()];
    }

    /// <summary>A TTC 1.0 of the given single-face files; table offsets are rebased to the collection's start.</summary>
    private static byte[] Collection(params byte[][] faces)
    {
        var header = new byte[12 + 4 * faces.Length];
        BinaryPrimitives.WriteUInt32BigEndian(header, 0x74746366);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4), 1);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(8), (uint)faces.Length);
        var result = new List<byte>(header);
        for (var i = 0; i < faces.Length; i++)
        {
            var at = result.Count;
            BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(12 + 4 * i), (uint)at);
            var face = (byte[])faces[i].Clone();
            int count = BinaryPrimitives.ReadUInt16BigEndian(face.AsSpan(4));
            for (var t = 0; t < count; t++)
            {
                var offset = face.AsSpan(12 + t * 16 + 8);
                BinaryPrimitives.WriteUInt32BigEndian(offset, BinaryPrimitives.ReadUInt32BigEndian(offset) + (uint)at);
            }
            result.AddRange(face);
        }
        var bytes = result.ToArray();
        header.CopyTo(bytes, 0);
        return bytes;
    }
}
