using System.Buffers.Binary;
using System.Text;

namespace Publish.Pdf.Metadata;

/// <summary>
/// A small ICC v2 display profile for sRGB (IEC 61966-2.1), the output intent of PDF/A files.
/// Built here from the standard's numbers, so no profile file has to ship and the bytes are
/// the same on every machine: D50-adapted primaries (Bradford) and the sRGB tone curve sampled
/// at 1,024 points.
/// </summary>
internal static class SrgbProfile
{
    private static readonly Lazy<byte[]> bytes = new(Build);

    public static byte[] Bytes => bytes.Value;

    private static byte[] Build()
    {
        var tags = new List<(string Signature, byte[] Data)>
        {
            ("desc", Description("sRGB IEC61966-2.1")),
            ("cprt", Text("No copyright, use freely")),
            ("wtpt", Xyz(0.9642, 1.0, 0.8249)),
            ("rXYZ", Xyz(0.4360747, 0.2225045, 0.0139322)),
            ("gXYZ", Xyz(0.3850649, 0.7168786, 0.0971045)),
            ("bXYZ", Xyz(0.1430804, 0.0606169, 0.7141733)),
            ("rTRC", Curve()),
        };
        var headerAndTable = 128 + 4 + 12 * (tags.Count + 2); // gTRC and bTRC share rTRC's data
        var offsets = new List<int>();
        var size = headerAndTable;
        foreach (var (_, data) in tags)
        {
            offsets.Add(size);
            size += Align(data.Length);
        }
        var icc = new byte[size];
        var s = icc.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(s, (uint)size);
        BinaryPrimitives.WriteUInt32BigEndian(s[8..], 0x02100000); // version 2.1
        Ascii(s[12..], "mntr"); Ascii(s[16..], "RGB "); Ascii(s[20..], "XYZ ");
        ushort[] date = [2024, 1, 1, 0, 0, 0];
        for (var i = 0; i < date.Length; i++) BinaryPrimitives.WriteUInt16BigEndian(s[(24 + 2 * i)..], date[i]);
        Ascii(s[36..], "acsp");
        Fixed(s[68..], 0.9642); Fixed(s[72..], 1.0); Fixed(s[76..], 0.8249); // the PCS illuminant, D50

        var table = s[128..];
        BinaryPrimitives.WriteUInt32BigEndian(table, (uint)(tags.Count + 2));
        var entry = 4;
        for (var i = 0; i < tags.Count; i++)
        {
            Entry(table[entry..], tags[i].Signature, offsets[i], tags[i].Data.Length);
            entry += 12;
            tags[i].Data.CopyTo(s[offsets[i]..]);
        }
        Entry(table[entry..], "gTRC", offsets[^1], tags[^1].Data.Length);
        Entry(table[(entry + 12)..], "bTRC", offsets[^1], tags[^1].Data.Length);
        return icc;
    }

    private static void Entry(Span<byte> at, string signature, int offset, int length)
    {
        Ascii(at, signature);
        BinaryPrimitives.WriteUInt32BigEndian(at[4..], (uint)offset);
        BinaryPrimitives.WriteUInt32BigEndian(at[8..], (uint)length);
    }

    private static byte[] Description(string text)
    {
        // textDescriptionType: ASCII count and string, empty Unicode and ScriptCode parts.
        var data = new byte[8 + 4 + text.Length + 1 + 4 + 4 + 2 + 1 + 67];
        Ascii(data, "desc");
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), (uint)text.Length + 1);
        Ascii(data.AsSpan(12), text);
        return data;
    }

    private static byte[] Text(string text)
    {
        var data = new byte[8 + text.Length + 1];
        Ascii(data, "text");
        Ascii(data.AsSpan(8), text);
        return data;
    }

    private static byte[] Xyz(double x, double y, double z)
    {
        var data = new byte[20];
        Ascii(data, "XYZ ");
        Fixed(data.AsSpan(8), x); Fixed(data.AsSpan(12), y); Fixed(data.AsSpan(16), z);
        return data;
    }

    /// <summary>The sRGB transfer function: linear near black, a 2.4 power above.</summary>
    private static byte[] Curve()
    {
        const int points = 1024;
        var data = new byte[12 + 2 * points];
        Ascii(data, "curv");
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), points);
        for (var i = 0; i < points; i++)
        {
            var v = i / (double)(points - 1);
            var linear = v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
            BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(12 + 2 * i), (ushort)Math.Round(linear * 65535));
        }
        return data;
    }

    private static void Fixed(Span<byte> at, double value) => BinaryPrimitives.WriteInt32BigEndian(at, (int)Math.Round(value * 65536));
    private static void Ascii(Span<byte> at, string text) => Encoding.ASCII.GetBytes(text, at);
    private static int Align(int n) => (n + 3) & ~3;
}
