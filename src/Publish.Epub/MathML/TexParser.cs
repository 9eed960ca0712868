using System.Text;
using Publish.Epub.Xhtml;

namespace Publish.Epub.MathML;

/// <summary>Recursive descent over TeX: a row is atoms, each with optional sub- and superscripts.</summary>
internal sealed class TexParser(string tex)
{
    private int _pos;

    public string? Error { get; private set; }

    public string? ParseAll()
    {
        var row = ParseRow(stopAt: '\0');
        if (row is not null && _pos < tex.Length) return Fail($"unexpected '{tex[_pos]}'");
        return row;
    }

    private string? Fail(string reason) { Error ??= reason; return null; }

    private string? ParseRow(char stopAt)
    {
        var sb = new StringBuilder();
        while (true)
        {
            SkipSpace();
            if (_pos >= tex.Length || tex[_pos] == stopAt || tex[_pos] == '}') break;
            if (Peek("\\right")) break;
            var atom = ParseScripted();
            if (atom is null) return null;
            sb.Append(atom);
        }
        return sb.ToString();
    }

    private string? ParseScripted()
    {
        var nucleus = ParseAtom();
        if (nucleus is null) return null;
        string? sub = null, sup = null;
        while (true)
        {
            SkipSpace();
            if (_pos >= tex.Length) break;
            if (tex[_pos] == '_' && sub is null) { _pos++; sub = ParseArgument(); if (sub is null) return null; }
            else if (tex[_pos] == '^' && sup is null) { _pos++; sup = ParseArgument(); if (sup is null) return null; }
            else if (tex[_pos] == '\'' && sup is null) { _pos++; sup = "<mo>′</mo>"; }
            else break;
        }
        if (sub is not null && sup is not null) return $"<msubsup>{nucleus}{sub}{sup}</msubsup>";
        if (sub is not null) return $"<msub>{nucleus}{sub}</msub>";
        if (sup is not null) return $"<msup>{nucleus}{sup}</msup>";
        return nucleus;
    }

    /// <summary>A script or command argument: a braced group, or a single atom.</summary>
    private string? ParseArgument()
    {
        SkipSpace();
        if (_pos >= tex.Length) return Fail("missing argument");
        if (tex[_pos] == '{') return ParseGroup();
        if (char.IsAsciiDigit(tex[_pos])) return $"<mn>{tex[_pos++]}</mn>";
        return ParseAtom();
    }

    private string? ParseGroup()
    {
        _pos++; // '{'
        var row = ParseRow(stopAt: '}');
        if (row is null) return null;
        if (_pos >= tex.Length || tex[_pos] != '}') return Fail("unbalanced braces");
        _pos++;
        return $"<mrow>{row}</mrow>";
    }

    private string? ParseAtom()
    {
        var c = tex[_pos];
        if (c == '{') return ParseGroup();
        if (c == '\\') return ParseCommand();
        if (char.IsLetter(c)) { _pos++; return $"<mi>{Markup.Escape(c.ToString())}</mi>"; }
        if (char.IsAsciiDigit(c) || (c == '.' && _pos + 1 < tex.Length && char.IsAsciiDigit(tex[_pos + 1])))
        {
            var start = _pos;
            while (_pos < tex.Length && (char.IsAsciiDigit(tex[_pos]) || (tex[_pos] == '.' && _pos + 1 < tex.Length && char.IsAsciiDigit(tex[_pos + 1])))) _pos++;
            return $"<mn>{tex[start.._pos]}</mn>";
        }
        if ("+-=<>()[],;:!/|*.?".Contains(c))
        {
            _pos++;
            var op = c == '-' ? "\u2212" : c == '*' ? "\u2217" : c.ToString();
            return $"<mo>{Markup.Escape(op)}</mo>";
        }
        return Fail(c is '&' ? "alignment (&) is not supported" : $"unsupported character '{c}'");
    }

    private string? ParseCommand()
    {
        _pos++; // '\'
        if (_pos >= tex.Length) return Fail("a lone backslash");
        string name;
        if (char.IsAsciiLetter(tex[_pos]))
        {
            var start = _pos;
            while (_pos < tex.Length && char.IsAsciiLetter(tex[_pos])) _pos++;
            name = tex[start.._pos];
        }
        else name = tex[_pos++].ToString();

        if (TexSymbols.Identifiers.TryGetValue(name, out var ident)) return $"<mi>{ident}</mi>";
        if (TexSymbols.Operators.TryGetValue(name, out var op)) return $"<mo>{Markup.Escape(op)}</mo>";
        if (TexSymbols.Functions.Contains(name)) return $"<mi mathvariant=\"normal\">{name}</mi>";
        if (TexSymbols.Spaces.TryGetValue(name, out var width)) return $"<mspace width=\"{width}\" />";
        if (TexSymbols.Variants.TryGetValue(name, out var variant))
        {
            var arg = ParseArgument();
            return arg is null ? null : $"<mstyle mathvariant=\"{variant}\">{arg}</mstyle>";
        }
        switch (name)
        {
            case "frac" or "dfrac" or "tfrac":
                var num = ParseArgument();
                var den = num is null ? null : ParseArgument();
                return den is null ? null : $"<mfrac>{num}{den}</mfrac>";
            case "sqrt":
                SkipSpace();
                string? index = null;
                if (_pos < tex.Length && tex[_pos] == '[')
                {
                    _pos++;
                    index = ParseRow(stopAt: ']');
                    if (index is null || _pos >= tex.Length) return Fail("unclosed root index");
                    _pos++;
                }
                var radicand = ParseArgument();
                if (radicand is null) return null;
                return index is null ? $"<msqrt>{radicand}</msqrt>" : $"<mroot>{radicand}<mrow>{index}</mrow></mroot>";
            case "text" or "textrm" or "mbox" or "operatorname":
                return ParseText(name == "operatorname");
            case "left":
                return ParseFenced();
            default:
                return Fail($"unknown command \\{name}");
        }
    }

    private string? ParseText(bool asOperator)
    {
        SkipSpace();
        if (_pos >= tex.Length || tex[_pos] != '{') return Fail("\\text needs a braced argument");
        var end = tex.IndexOf('}', _pos);
        if (end < 0) return Fail("unbalanced braces");
        var text = Markup.Escape(tex[(_pos + 1)..end]);
        _pos = end + 1;
        return asOperator ? $"<mi mathvariant=\"normal\">{text}</mi>" : $"<mtext>{text}</mtext>";
    }

    private string? ParseFenced()
    {
        var open = ParseDelimiter();
        if (open is null) return null;
        var row = ParseRow(stopAt: '\0');
        if (row is null) return null;
        if (!Peek("\\right")) return Fail("\\left without \\right");
        _pos += "\\right".Length;
        var close = ParseDelimiter();
        if (close is null) return null;
        return $"<mrow>{Fence(open)}{row}{Fence(close)}</mrow>";
    }

    private static string Fence(string delimiter) =>
        delimiter.Length == 0 ? "" : $"<mo fence=\"true\" stretchy=\"true\">{Markup.Escape(delimiter)}</mo>";

    private string? ParseDelimiter()
    {
        SkipSpace();
        if (_pos >= tex.Length) return Fail("missing delimiter");
        var c = tex[_pos++];
        if (c == '.') return "";
        if ("()[]|/".Contains(c)) return c.ToString();
        if (c != '\\' || _pos >= tex.Length) return Fail("unsupported delimiter");
        var start = _pos;
        if (char.IsAsciiLetter(tex[_pos])) while (_pos < tex.Length && char.IsAsciiLetter(tex[_pos])) _pos++;
        else _pos++;
        var name = tex[start.._pos];
        return TexSymbols.Operators.TryGetValue(name, out var op) ? op : Fail($"unsupported delimiter \\{name}");
    }

    private bool Peek(string s) => string.CompareOrdinal(tex, _pos, s, 0, s.Length) == 0
        && (_pos + s.Length >= tex.Length || !char.IsAsciiLetter(tex[_pos + s.Length]));

    private void SkipSpace()
    {
        while (_pos < tex.Length && char.IsWhiteSpace(tex[_pos])) _pos++;
    }
}
