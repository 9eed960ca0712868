using Publish.Epub.Xhtml;
using Publish.Model;

namespace Publish.Epub;

/// <summary>The title page's content from the metadata: title, subtitle, authors, publisher, date.</summary>
internal static class TitleBlock
{
    public static string TitleOf(Document document)
    {
        if (!string.IsNullOrWhiteSpace(document.Metadata.Title)) return document.Metadata.Title.Trim();
        var name = Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(document.SourcePath));
        return name.Length > 0 ? name : "Untitled";
    }

    public static void Write(Markup o, Document document)
    {
        var m = document.Metadata;
        o.Open("h1", ("class", "title")).Text(TitleOf(document)).Close("h1").Line();
        if (!string.IsNullOrWhiteSpace(m.Subtitle)) o.Open("p", ("class", "subtitle")).Text(m.Subtitle).Close("p").Line();
        foreach (var author in m.Authors.Where(a => a.Role == "aut"))
            o.Open("p", ("class", "author")).Text(author.Name).Close("p").Line();
        foreach (var other in m.Authors.Where(a => a.Role != "aut"))
            o.Open("p", ("class", "contributor")).Text($"{RoleName(other.Role)} {other.Name}").Close("p").Line();
        if (!string.IsNullOrWhiteSpace(m.Publisher)) o.Open("p", ("class", "publisher")).Text(m.Publisher).Close("p").Line();
        if (!string.IsNullOrWhiteSpace(m.Date)) o.Open("p", ("class", "date")).Text(m.Date).Close("p").Line();
        if (!string.IsNullOrWhiteSpace(m.Rights)) o.Open("p", ("class", "rights")).Text(m.Rights).Close("p").Line();
    }

    private static string RoleName(string role) => role switch
    {
        "edt" => "Edited by",
        "trl" => "Translated by",
        "ill" => "Illustrated by",
        "aui" => "Introduction by",
        _ => "With",
    };
}
