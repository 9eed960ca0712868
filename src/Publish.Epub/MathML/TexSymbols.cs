namespace Publish.Epub.MathML;

/// <summary>The TeX control words the MathML converter knows, by the MathML token they become.</summary>
internal static class TexSymbols
{
    public static readonly Dictionary<string, string> Identifiers = new()
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

    public static readonly Dictionary<string, string> Operators = new()
    {
        ["times"] = "×", ["cdot"] = "⋅", ["div"] = "÷", ["pm"] = "±", ["mp"] = "∓", ["ast"] = "∗", ["star"] = "⋆",
        ["circ"] = "∘", ["bullet"] = "∙", ["leq"] = "≤", ["le"] = "≤", ["geq"] = "≥", ["ge"] = "≥", ["neq"] = "≠",
        ["ne"] = "≠", ["approx"] = "≈", ["equiv"] = "≡", ["sim"] = "∼", ["simeq"] = "≃", ["cong"] = "≅",
        ["propto"] = "∝", ["ll"] = "≪", ["gg"] = "≫", ["in"] = "∈", ["notin"] = "∉", ["ni"] = "∋",
        ["subset"] = "⊂", ["supset"] = "⊃", ["subseteq"] = "⊆", ["supseteq"] = "⊇", ["cup"] = "∪", ["cap"] = "∩",
        ["setminus"] = "∖", ["wedge"] = "∧", ["land"] = "∧", ["vee"] = "∨", ["lor"] = "∨", ["neg"] = "¬", ["lnot"] = "¬",
        ["forall"] = "∀", ["exists"] = "∃", ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←",
        ["gets"] = "←", ["Rightarrow"] = "⇒", ["Leftarrow"] = "⇐", ["leftrightarrow"] = "↔",
        ["Leftrightarrow"] = "⇔", ["iff"] = "⟺", ["implies"] = "⟹", ["mapsto"] = "↦", ["uparrow"] = "↑",
        ["downarrow"] = "↓", ["sum"] = "∑", ["prod"] = "∏", ["coprod"] = "∐", ["int"] = "∫", ["iint"] = "∬",
        ["oint"] = "∮", ["bigcup"] = "⋃", ["bigcap"] = "⋂", ["ldots"] = "…", ["dots"] = "…", ["cdots"] = "⋯",
        ["vdots"] = "⋮", ["ddots"] = "⋱", ["prime"] = "′", ["angle"] = "∠", ["perp"] = "⊥", ["parallel"] = "∥",
        ["mid"] = "∣", ["langle"] = "⟨", ["rangle"] = "⟩", ["lfloor"] = "⌊", ["rfloor"] = "⌋", ["lceil"] = "⌈",
        ["rceil"] = "⌉", ["vert"] = "|", ["Vert"] = "‖", ["oplus"] = "⊕", ["otimes"] = "⊗", ["degree"] = "°",
        ["{"] = "{", ["}"] = "}", ["|"] = "‖", ["%"] = "%", ["$"] = "$", ["#"] = "#", ["&"] = "&", ["_"] = "_",
    };

    /// <summary>Upright function names: <c>\sin x</c> sets "sin" as a word, not three variables.</summary>
    public static readonly HashSet<string> Functions =
    [
        "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh",
        "log", "ln", "lg", "exp", "lim", "liminf", "limsup", "max", "min", "sup", "inf", "det", "dim",
        "ker", "deg", "gcd", "arg", "Pr", "mod",
    ];

    /// <summary>Spacing commands and their widths in em.</summary>
    public static readonly Dictionary<string, string> Spaces = new()
    {
        [","] = "0.167em", [":"] = "0.222em", [">"] = "0.222em", [";"] = "0.278em", [" "] = "0.333em",
        ["quad"] = "1em", ["qquad"] = "2em", ["!"] = "-0.167em",
    };

    /// <summary>Font commands: the mathvariant their argument is set in.</summary>
    public static readonly Dictionary<string, string> Variants = new()
    {
        ["mathbf"] = "bold", ["boldsymbol"] = "bold-italic", ["mathit"] = "italic", ["mathrm"] = "normal",
        ["mathsf"] = "sans-serif", ["mathtt"] = "monospace", ["mathbb"] = "double-struck",
        ["mathcal"] = "script", ["mathfrak"] = "fraktur",
    };
}
