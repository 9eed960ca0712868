namespace Publish.Mathematics;

/// <summary>How an operator spaces itself from its neighbours (TeX's atom classes).</summary>
public enum OperatorKind { Ordinary, Binary, Relation, Large, Open, Close, Punctuation }

/// <summary>The face a <c>\mathxx</c> command asks for; <see cref="Auto"/> is TeX's default (single letters italic).</summary>
public enum MathVariant { Auto, Normal, Italic, Bold, BoldItalic, SansSerif, Monospace, DoubleStruck, Script, Fraktur }

/// <summary>A node of parsed TeX math: small immutable values the writers (PDF layout, MathML) turn into output.</summary>
public abstract record MathNode;

/// <summary>A horizontal sequence (a braced group or the whole formula).</summary>
public sealed record MathRow(IReadOnlyList<MathNode> Children) : MathNode
{
    public bool Equals(MathRow? other) => other is not null && Children.SequenceEqual(other.Children);
    public override int GetHashCode() => Children.Count;
}

/// <summary>A variable or named constant: one letter (italic by default) or a symbol like ∞.</summary>
public sealed record MathIdentifier(string Text) : MathNode;

public sealed record MathNumber(string Text) : MathNode;

public sealed record MathOperator(string Text, OperatorKind Kind) : MathNode;

/// <summary>An upright function name such as sin or lim (spaced like a large operator).</summary>
public sealed record MathFunction(string Name) : MathNode;

/// <summary>Upright running text from <c>\text{...}</c>.</summary>
public sealed record MathText(string Text) : MathNode;

public sealed record MathScripts(MathNode Base, MathNode? Sub, MathNode? Sup) : MathNode;

/// <summary>A fraction; <c>Display</c> is true for <c>\dfrac</c>, false for <c>\tfrac</c>, null for <c>\frac</c> (follows the context).</summary>
public sealed record MathFraction(MathNode Numerator, MathNode Denominator, bool? Display = null) : MathNode;

public sealed record MathRoot(MathNode Body, MathNode? Index) : MathNode;

/// <summary><c>\left</c>…<c>\right</c>: delimiters grown to the body ("" for <c>.</c>, no delimiter).</summary>
public sealed record MathFenced(string Open, MathNode Body, string Close) : MathNode;

/// <summary>An accent (^, ¯, →, ˙) centred over its body.</summary>
public sealed record MathAccent(MathNode Body, string Accent) : MathNode;

public sealed record MathOverline(MathNode Body) : MathNode;

/// <summary>Explicit horizontal space, in em (negative for <c>\!</c>).</summary>
public sealed record MathSpace(double Em) : MathNode;

/// <summary>A body set in a font variant (<c>\mathbf</c>, <c>\mathrm</c>…).</summary>
public sealed record MathStyled(MathVariant Variant, MathNode Body) : MathNode;

/// <summary>Why TeX could not be parsed, and where (a UTF-16 offset into the TeX).</summary>
public sealed record MathError(string Message, int Offset);

/// <summary>The parser's result: a tree, or an error for the caller to report (it then shows the TeX source).</summary>
public sealed record MathParseResult(MathNode? Tree, MathError? Error)
{
    public bool Success => Tree is not null;
}
