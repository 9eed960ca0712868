namespace Publish.Mathematics;

/// <summary>
/// The TeX control words the math parser knows. Shared by the PDF layout and the EPUB's MathML
/// (these tables started as the EPUB writer's; operators gained their TeX atom classes).
/// </summary>
internal static class TexSymbols
{
    public static readonly IReadOnlyDictionary<string, string> Identifiers = new Dictionary<string, string>
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ϵ", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ", ["iota"] = "ι", ["kappa"] = "κ",
        ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["varpi"] = "ϖ", ["rho"] = "ρ",
        ["varrho"] = "ϱ", ["sigma"] = "σ", ["varsigma"] = "ς", ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "ϕ",
        ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω",
        ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π",
        ["Sigma"] = "Σ", ["Upsilon"] = "Υ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
        ["infty"] = "∞", ["partial"] = "∂", ["nabla"] = "∇", ["ell"] = "ℓ", ["hbar"] = "ℏ", ["emptyset"] = "∅",
        ["aleph"] = "ℵ", ["Re"] = "ℜ", ["Im"] = "ℑ",
    };

    private static readonly (OperatorKind Kind, string Entries)[] s_operatorGroups =
    [
        (OperatorKind.Binary, "times=× cdot=⋅ div=÷ pm=± mp=∓ ast=∗ star=⋆ circ=∘ bullet=∙ cup=∪ cap=∩ setminus=∖ wedge=∧ land=∧ vee=∨ lor=∨ oplus=⊕ otimes=⊗"),
        (OperatorKind.Relation, "leq=≤ le=≤ geq=≥ ge=≥ neq=≠ ne=≠ approx=≈ equiv=≡ sim=∼ simeq=≃ cong=≅ propto=∝ ll=≪ gg=≫ in=∈ notin=∉ ni=∋ " +
            "subset=⊂ supset=⊃ subseteq=⊆ supseteq=⊇ to=→ rightarrow=→ leftarrow=← gets=← Rightarrow=⇒ Leftarrow=⇐ leftrightarrow=↔ " +
            "Leftrightarrow=⇔ iff=⟺ implies=⟹ mapsto=↦ uparrow=↑ downarrow=↓ perp=⊥ parallel=∥ mid=∣"),
        (OperatorKind.Large, "sum=∑ prod=∏ coprod=∐ int=∫ iint=∬ oint=∮ bigcup=⋃ bigcap=⋂"),
        (OperatorKind.Open, "langle=⟨ lfloor=⌊ lceil=⌈ {={"),
        (OperatorKind.Close, "rangle=⟩ rfloor=⌋ rceil=⌉ }=}"),
        (OperatorKind.Ordinary, "neg=¬ lnot=¬ forall=∀ exists=∃ ldots=… dots=… cdots=⋯ vdots=⋮ ddots=⋱ prime=′ angle=∠ " +
            "vert=| Vert=‖ |=‖ degree=° %=% $=$ #=# &=& _=_"),
    ];

    /// <summary>Operator control words: the character each draws and how it is spaced.</summary>
    public static readonly IReadOnlyDictionary<string, (string Text, OperatorKind Kind)> Operators =
        s_operatorGroups.SelectMany(g => g.Entries.Split(' ').Select(e => (Entry: e, g.Kind)))
            .ToDictionary(x => x.Entry[..x.Entry.IndexOf('=', 1)], x => (x.Entry[(x.Entry.IndexOf('=', 1) + 1)..], x.Kind));

    /// <summary>Upright function names: <c>\sin x</c> sets "sin" as a word, not three variables.</summary>
    public static readonly IReadOnlySet<string> Functions = new HashSet<string>
    {
        "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh",
        "log", "ln", "lg", "exp", "lim", "liminf", "limsup", "max", "min", "sup", "inf", "det", "dim",
        "ker", "deg", "gcd", "arg", "Pr", "mod",
    };

    /// <summary>Spacing commands and their widths in em (TeX's thin, medium and thick spaces are 3, 4 and 5 mu; 18 mu = 1 em).</summary>
    public static readonly IReadOnlyDictionary<string, double> Spaces = new Dictionary<string, double>
    {
        [","] = 3 / 18.0, [":"] = 4 / 18.0, [">"] = 4 / 18.0, [";"] = 5 / 18.0, [" "] = 1 / 3.0,
        ["quad"] = 1, ["qquad"] = 2, ["!"] = -3 / 18.0,
    };

    /// <summary>Font commands and the variant their argument is set in.</summary>
    public static readonly IReadOnlyDictionary<string, MathVariant> Variants = new Dictionary<string, MathVariant>
    {
        ["mathbf"] = MathVariant.Bold, ["boldsymbol"] = MathVariant.BoldItalic, ["mathit"] = MathVariant.Italic,
        ["mathrm"] = MathVariant.Normal, ["mathsf"] = MathVariant.SansSerif, ["mathtt"] = MathVariant.Monospace,
        ["mathbb"] = MathVariant.DoubleStruck, ["mathcal"] = MathVariant.Script, ["mathfrak"] = MathVariant.Fraktur,
        ["operatorname"] = MathVariant.Normal,
    };

    /// <summary>Accent commands and the spacing (non-combining) character drawn over the body.</summary>
    public static readonly IReadOnlyDictionary<string, string> Accents = new Dictionary<string, string>
    {
        ["hat"] = "\u02C6", ["widehat"] = "\u02C6", ["bar"] = "¯", ["vec"] = "→", ["dot"] = "˙", ["ddot"] = "¨",
        ["tilde"] = "\u02DC", ["widetilde"] = "\u02DC", ["acute"] = "´", ["grave"] = "`", ["check"] = "ˇ", ["breve"] = "˘",
    };

    /// <summary>Single characters that are operators, with their class (TeX's \mathcode table, in short).</summary>
    public static (string Text, OperatorKind Kind)? Character(char c) => c switch
    {
        '+' => ("+", OperatorKind.Binary),
        '-' => ("\u2212", OperatorKind.Binary),
        '*' => ("\u2217", OperatorKind.Binary),
        '=' or '<' or '>' or ':' => (c.ToString(), OperatorKind.Relation),
        '(' or '[' => (c.ToString(), OperatorKind.Open),
        ')' or ']' => (c.ToString(), OperatorKind.Close),
        ',' or ';' => (c.ToString(), OperatorKind.Punctuation),
        '!' or '?' or '.' or '/' or '|' or '\'' => (c.ToString(), OperatorKind.Ordinary),
        _ => null,
    };
}
