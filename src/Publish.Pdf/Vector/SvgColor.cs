using System.Globalization;

namespace Publish.Pdf.Vector;

/// <summary>SVG paint values: <c>none</c>, <c>#rgb</c>, <c>#rrggbb</c>, <c>rgb(…)</c>, <c>currentColor</c> and the common colour keywords.</summary>
internal static class SvgColor
{
    private static readonly Dictionary<string, uint> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["black"] = 0x000000, ["white"] = 0xFFFFFF, ["red"] = 0xFF0000, ["green"] = 0x008000, ["blue"] = 0x0000FF,
        ["yellow"] = 0xFFFF00, ["cyan"] = 0x00FFFF, ["aqua"] = 0x00FFFF, ["magenta"] = 0xFF00FF, ["fuchsia"] = 0xFF00FF,
        ["gray"] = 0x808080, ["grey"] = 0x808080, ["silver"] = 0xC0C0C0, ["maroon"] = 0x800000, ["olive"] = 0x808000,
        ["lime"] = 0x00FF00, ["teal"] = 0x008080, ["navy"] = 0x000080, ["purple"] = 0x800080, ["orange"] = 0xFFA500,
        ["brown"] = 0xA52A2A, ["pink"] = 0xFFC0CB, ["gold"] = 0xFFD700, ["darkgray"] = 0xA9A9A9, ["darkgrey"] = 0xA9A9A9,
        ["lightgray"] = 0xD3D3D3, ["lightgrey"] = 0xD3D3D3, ["darkblue"] = 0x00008B, ["darkgreen"] = 0x006400,
        ["darkred"] = 0x8B0000, ["lightblue"] = 0xADD8E6, ["lightgreen"] = 0x90EE90, ["steelblue"] = 0x4682B4,
        ["skyblue"] = 0x87CEEB, ["tomato"] = 0xFF6347, ["coral"] = 0xFF7F50, ["salmon"] = 0xFA8072, ["crimson"] = 0xDC143C,
        ["indigo"] = 0x4B0082, ["violet"] = 0xEE82EE, ["tan"] = 0xD2B48C, ["beige"] = 0xF5F5DC, ["ivory"] = 0xFFFFF0,
        ["khaki"] = 0xF0E68C, ["orchid"] = 0xDA70D6, ["plum"] = 0xDDA0DD, ["sienna"] = 0xA0522D, ["chocolate"] = 0xD2691E,
        ["darkorange"] = 0xFF8C00, ["dimgray"] = 0x696969, ["dimgrey"] = 0x696969, ["slategray"] = 0x708090,
        ["whitesmoke"] = 0xF5F5F5, ["gainsboro"] = 0xDCDCDC, ["forestgreen"] = 0x228B22, ["seagreen"] = 0x2E8B57,
        ["royalblue"] = 0x4169E1, ["midnightblue"] = 0x191970, ["firebrick"] = 0xB22222, ["goldenrod"] = 0xDAA520,
    };

    /// <summary>The colour, or null for <c>none</c>, <c>transparent</c> and anything unreadable.</summary>
    public static (byte R, byte G, byte B)? Parse(string value, string current)
    {
        value = value.Trim();
        if (value.Equals("currentColor", StringComparison.OrdinalIgnoreCase)) value = current.Trim();
        if (value.StartsWith('#'))
        {
            var hex = value[1..];
            if (hex.Length is 3 or 4) hex = string.Concat(hex[..3].Select(c => new string(c, 2)));
            if (hex.Length is 8) hex = hex[..6];
            return hex.Length == 6 && uint.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v) ? Split(v) : null;
        }
        if (value.StartsWith("rgb", StringComparison.OrdinalIgnoreCase) && value.IndexOf('(') is > 0 and var open && value.IndexOf(')') is var close && close > open)
        {
            var parts = value[(open + 1)..close].Split([',', ' ', '/'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3) return null;
            var channels = parts.Take(3).Select(p => p.EndsWith('%')
                ? double.TryParse(p[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var pc) ? pc * 2.55 : -1
                : double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : -1).ToArray();
            if (channels.Any(c => c < 0)) return null;
            return ((byte)Math.Clamp(Math.Round(channels[0]), 0, 255), (byte)Math.Clamp(Math.Round(channels[1]), 0, 255), (byte)Math.Clamp(Math.Round(channels[2]), 0, 255));
        }
        return Named.TryGetValue(value, out var named) ? Split(named) : null;
    }

    private static (byte, byte, byte) Split(uint v) => ((byte)(v >> 16), (byte)(v >> 8), (byte)v);
}
