namespace Publish.Model;

/// <summary>A person credited on the book, with a MARC relator role (aut, edt, trl, ill, ...).</summary>
public sealed record Contributor(string Name, string Role = "aut");

/// <summary>What front matter or book.yaml says about the work.</summary>
public sealed record Metadata
{
    public string? Title { get; init; }
    public string? Subtitle { get; init; }
    public IReadOnlyList<Contributor> Authors { get; init; } = [];
    public string Language { get; init; } = "en";
    /// <summary>Publication date as written (ISO 8601 preferred).</summary>
    public string? Date { get; init; }
    public string? Publisher { get; init; }
    public string? Rights { get; init; }
    /// <summary>A stable identifier (ISBN, URN, URL); when absent, writers derive one from the content.</summary>
    public string? Identifier { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string> Subjects { get; init; } = [];
    /// <summary>The cover image: a path as written, or after resource resolution a resource key.</summary>
    public string? CoverImage { get; init; }
    /// <summary>The website an article was published on (a saved page's <c>og:site_name</c>), shown as its source.</summary>
    public string? SiteName { get; init; }
    /// <summary>The image a web page names as its article's lead (<c>og:image</c>): a URL or path as written; informational, not resolved.</summary>
    public string? LeadImage { get; init; }
    /// <summary>Theme name or path asked for by the source.</summary>
    public string? Theme { get; init; }
    /// <summary>The text direction, "rtl" or "ltr", when the source says (front matter <c>dir:</c>); null follows the language.</summary>
    public string? Direction { get; init; }
    /// <summary>
    /// Article or book: set by <c>kind:</c> in front matter, otherwise decided by the reader
    /// (<see cref="DocumentKinds.Infer"/>). Null only for a document built by hand (a book); read it through <see cref="Document.Kind"/>.
    /// </summary>
    public DocumentKind? Kind { get; init; }
    /// <summary>The title for running heads when the full one is too long (<c>short-title:</c>).</summary>
    public string? ShortTitle { get; init; }

    public static readonly Metadata Empty = new();

    public bool Equals(Metadata? other) =>
        other is not null && Title == other.Title && Subtitle == other.Subtitle && Authors.SequenceEqual(other.Authors)
        && Language == other.Language && Date == other.Date && Publisher == other.Publisher && Rights == other.Rights
        && Identifier == other.Identifier && Description == other.Description && Subjects.SequenceEqual(other.Subjects)
        && CoverImage == other.CoverImage && Theme == other.Theme && Kind == other.Kind && ShortTitle == other.ShortTitle && Direction == other.Direction
        && SiteName == other.SiteName && LeadImage == other.LeadImage;

    public override int GetHashCode() => HashCode.Combine(Title, Language, Authors.Count);
}
