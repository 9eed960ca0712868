namespace Publish.Styling.Languages;

/// <summary>
/// The words Publish writes itself — the contents heading, caption labels, "Chapter", the notes
/// heading, page labels — in the book's language. A theme's <c>labels:</c> map overrides any
/// of them (keys: contents, figure, table, chapter, notes, page, pages, cover, landmarks).
/// </summary>
internal sealed record GeneratedLabels
{
    public string Contents { get; init; } = "Contents";
    public string Figure { get; init; } = "Figure";
    public string Table { get; init; } = "Table";
    public string Chapter { get; init; } = "Chapter";
    public string Notes { get; init; } = "Notes";
    public string Page { get; init; } = "Page";
    /// <summary>The heading of the EPUB's page list.</summary>
    public string Pages { get; init; } = "Pages";
    public string Cover { get; init; } = "Cover";
    public string Landmarks { get; init; } = "Landmarks";

    public static readonly GeneratedLabels English = new();

    /// <summary>The keys a theme's <c>labels:</c> map may set.</summary>
    public static readonly IReadOnlyList<string> Keys = ["contents", "figure", "table", "chapter", "notes", "page", "pages", "cover", "landmarks"];

    // Contents, Figure, Table, Chapter, Notes, Page, Pages, Cover, Landmarks — as the language's
    // publishers print them (the headings LaTeX's babel and LibreOffice use).
    private static readonly Dictionary<string, string[]> s_byLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["de"] = ["Inhalt", "Abbildung", "Tabelle", "Kapitel", "Anmerkungen", "Seite", "Seiten", "Umschlag", "Orientierungspunkte"],
        ["fr"] = ["Table des matières", "Figure", "Tableau", "Chapitre", "Notes", "Page", "Pages", "Couverture", "Repères"],
        ["es"] = ["Índice", "Figura", "Tabla", "Capítulo", "Notas", "Página", "Páginas", "Cubierta", "Puntos de referencia"],
        ["it"] = ["Indice", "Figura", "Tabella", "Capitolo", "Note", "Pagina", "Pagine", "Copertina", "Punti di riferimento"],
        ["pt"] = ["Sumário", "Figura", "Tabela", "Capítulo", "Notas", "Página", "Páginas", "Capa", "Pontos de referência"],
        ["nl"] = ["Inhoud", "Figuur", "Tabel", "Hoofdstuk", "Noten", "Pagina", "Pagina's", "Omslag", "Oriëntatiepunten"],
        ["pl"] = ["Spis treści", "Rysunek", "Tabela", "Rozdział", "Przypisy", "Strona", "Strony", "Okładka", "Punkty orientacyjne"],
        ["ru"] = ["Содержание", "Рисунок", "Таблица", "Глава", "Примечания", "Страница", "Страницы", "Обложка", "Ориентиры"],
        ["ar"] = ["المحتويات", "شكل", "جدول", "الفصل", "الحواشي", "صفحة", "الصفحات", "الغلاف", "معالم"],
        ["he"] = ["תוכן העניינים", "איור", "טבלה", "פרק", "הערות", "עמוד", "עמודים", "כריכה", "ציוני דרך"],
        ["ja"] = ["目次", "図", "表", "章", "注", "ページ", "ページ", "表紙", "ランドマーク"],
        ["zh"] = ["目录", "图", "表", "章", "注释", "页", "页码", "封面", "地标"],
        ["ko"] = ["차례", "그림", "표", "장", "주석", "쪽", "쪽", "표지", "랜드마크"],
    };

    /// <summary>The labels for a BCP 47 language (English when the language has none), with a theme's overrides on top.</summary>
    public static GeneratedLabels For(string? language, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var labels = s_byLanguage.TryGetValue(LanguageTag.Primary(language), out var w)
            ? new GeneratedLabels
            {
                Contents = w[0], Figure = w[1], Table = w[2], Chapter = w[3], Notes = w[4], Page = w[5], Pages = w[6], Cover = w[7], Landmarks = w[8],
            }
            : English;
        if (overrides is null || overrides.Count == 0) return labels;
        string Pick(string key, string value) => overrides.TryGetValue(key, out var o) && !string.IsNullOrWhiteSpace(o) ? o : value;
        return labels with
        {
            Contents = Pick("contents", labels.Contents), Figure = Pick("figure", labels.Figure), Table = Pick("table", labels.Table),
            Chapter = Pick("chapter", labels.Chapter), Notes = Pick("notes", labels.Notes), Page = Pick("page", labels.Page),
            Pages = Pick("pages", labels.Pages), Cover = Pick("cover", labels.Cover), Landmarks = Pick("landmarks", labels.Landmarks),
        };
    }

    /// <summary>True when the language has its own labels (others fall back to English).</summary>
    public static bool Knows(string? language) => LanguageTag.Primary(language) == "en" || s_byLanguage.ContainsKey(LanguageTag.Primary(language));
}
