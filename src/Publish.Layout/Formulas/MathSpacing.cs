using Publish.Mathematics;

namespace Publish.Layout.Formulas;

/// <summary>TeX's atom classes: what kind of thing a box is decides the space between neighbours.</summary>
internal enum AtomClass { Ord, Op, Bin, Rel, Open, Close, Punct, Inner }

/// <summary>
/// The inter-atom spacing table of the TeXbook (chapter 18): 1, 2 and 3 are thin, medium and
/// thick spaces (3, 4 and 5 mu, 18 mu to the em); a, b and c are the same but only outside
/// scripts, where TeX drops them.
/// </summary>
internal static class MathSpacing
{
    private static readonly string[] s_table =
    [
        "01bc000a", // Ord
        "110c000a", // Op
        "bb00b00b", // Bin
        "cc00c00c", // Rel
        "00000000", // Open
        "01bc000a", // Close
        "aa0aaaaa", // Punct
        "a1bca0aa", // Inner
    ];

    /// <summary>The space in em between an atom of class <paramref name="left"/> and one of <paramref name="right"/>.</summary>
    public static double Between(AtomClass left, AtomClass right, bool script)
    {
        var code = s_table[(int)left][(int)right];
        var mu = code switch
        {
            >= '1' and <= '3' => code - '0' + 2,
            >= 'a' and <= 'c' when !script => code - 'a' + 3,
            _ => 0,
        };
        return mu / 18.0;
    }

    public static AtomClass Of(OperatorKind kind) => kind switch
    {
        OperatorKind.Binary => AtomClass.Bin,
        OperatorKind.Relation => AtomClass.Rel,
        OperatorKind.Large => AtomClass.Op,
        OperatorKind.Open => AtomClass.Open,
        OperatorKind.Close => AtomClass.Close,
        OperatorKind.Punctuation => AtomClass.Punct,
        _ => AtomClass.Ord,
    };

    /// <summary>
    /// TeX's rule 5/6: a binary operator with nothing to combine on its left (start of a row, after
    /// an operator, relation, opening or punctuation) or on its right is an ordinary symbol, as the
    /// minus in "−x".
    /// </summary>
    public static void DemoteBinaries(AtomClass[] classes)
    {
        for (var i = 0; i < classes.Length; i++)
        {
            if (classes[i] != AtomClass.Bin) continue;
            var before = i == 0 ? AtomClass.Open : classes[i - 1];
            if (before is AtomClass.Bin or AtomClass.Op or AtomClass.Rel or AtomClass.Open or AtomClass.Punct) classes[i] = AtomClass.Ord;
            else if (i + 1 == classes.Length || classes[i + 1] is AtomClass.Rel or AtomClass.Close or AtomClass.Punct) classes[i] = AtomClass.Ord;
        }
    }
}
