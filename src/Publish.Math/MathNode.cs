namespace Publish.Mathematics;

/// <summary>How an operator spaces itself from its neighbours (TeX's atom classes).</summary>
internal enum OperatorKind { Ordinary, Binary, Relation, Large, Open, Close, Punctuation }

/// <summary>The face a <c>\mathxx</c> command asks for; <see cref="Auto"/> is TeX's default (single letters italic).</summary>
internal enum MathVariant { Auto, Normal, Italic, Bold, BoldItalic, SansSerif, Monospace, DoubleStruck, Script, Fraktur }

/// <summary>A node of parsed TeX math: small immutable values the writers (PDF layout, MathML) turn into output.</summary>
internal abstract record MathNode;

/// <summary>A horizontal sequence (a braced group or the whole formula).</summary>
internal sealed record MathRow(IReadOnlyList<MathNode> Children) : MathNode
{
    public bool Equals(MathRow? other) => other is not null && Children.SequenceEqual(other.Children);
    public override int GetHashCode() => Children.Count;
}

/// <summary>A variable or named constant: one letter (italic by default) or a symbol like ∞.</summary>
internal sealed record MathIdentifier(string Text) : MathNode;

internal sealed record MathNumber(string Text) : MathNode;

internal sealed record MathOperator(string Text, OperatorKind Kind) : MathNode;

/// <summary>An upright function name such as sin or lim (spaced like a large operator).</summary>
internal sealed record MathFunction(string Name) : MathNode;

/// <summary>Upright running text from <c>\text{...}</c>.</summary>
internal sealed record MathText(string Text) : MathNode;

internal sealed record MathScripts(MathNode Base, MathNode? Sub, MathNode? Sup) : MathNode;

/// <summary>A fraction; <c>Display</c> is true for <c>\dfrac</c>, false for <c>\tfrac</c>, null for <c>\frac</c> (follows the context).</summary>
internal sealed record MathFraction(MathNode Numerator, MathNode Denominator, bool? Display = null) : MathNode;

internal sealed record MathRoot(MathNode Body, MathNode? Index) : MathNode;

/// <summary><c>\left</c>…<c>\right</c>: delimiters grown to the body ("" for <c>.</c>, no delimiter).</summary>
internal sealed record MathFenced(string Open, MathNode Body, string Close) : MathNode;

/// <summary>An accent (^, ¯, →, ˙) centred over its body.</summary>
internal sealed record MathAccent(MathNode Body, string Accent) : MathNode;

internal sealed record MathOverline(MathNode Body) : MathNode;

/// <summary>Explicit horizontal space, in em (negative for <c>\!</c>).</summary>
internal sealed record MathSpace(double Em) : MathNode;

/// <summary>A body set in a font variant (<c>\mathbf</c>, <c>\mathrm</c>…).</summary>
internal sealed record MathStyled(MathVariant Variant, MathNode Body) : MathNode;

/// <summary>Why TeX could not be parsed, and where (a UTF-16 offset into the TeX).</summary>
internal sealed record MathError(string Message, int Offset);

/// <summary>The parser's result: a tree, or an error for the caller to report (it then shows the TeX source).</summary>
internal sealed record MathParseResult(MathNode? Tree, MathError? Error)
{
    public bool Success => Tree is not null;
}
