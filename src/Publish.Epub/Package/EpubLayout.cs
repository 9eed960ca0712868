namespace Publish.Epub.Package;

/// <summary>Where things live inside the package. Everything content-related sits flat under <c>EPUB/</c>.</summary>
internal static class EpubLayout
{
    public const string Root = "EPUB/";
    public const string PackageDocument = "content.opf";
    public const string Nav = "nav.xhtml";
    public const string Ncx = "toc.ncx";
    public const string StyleSheet = "style.css";
    public const string Cover = "cover.xhtml";
    public const string TitlePage = "titlepage.xhtml";

    public const string ContainerXml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <rootfiles>
            <rootfile full-path="EPUB/content.opf" media-type="application/oebps-package+xml"/>
          </rootfiles>
        </container>

        """;
}
