using System.Reflection;
using static Publish.Model.Severity;

namespace Publish.Model;

/// <summary>
/// Every diagnostic code Publish reports, in one place: code, severity, title, explanation (what
/// the message says and what Publish does) and hint. Code elsewhere names an entry here, never a
/// <c>"PUB…"</c> literal (a test scans <c>src/</c>). Adding a code is one line: pick the area
/// (00 inputs and CLI, 01 book and metadata, 02 Markdown/HTML/text reading, 03 themes, 04 images
/// and resources, 05 blocks in layout, 06 fonts and line breaking, 07 links and ids, 08 checks,
/// 09 output, 10 EPUB/HTML writing), add the entry, then regenerate <c>docs/diagnostics.md</c>
/// (<see cref="DiagnosticDocs"/>).
/// </summary>
internal static class DiagnosticCatalog
{
    // 00: inputs, the pipeline and the command line
    public static readonly DiagnosticCode InternalError = new("PUB0000", Error, "internal error", "An exception escaped the pipeline: a bug in Publish, not in the input. The message names the exception; the other inputs of a batch still build.", "report it with the input that triggers it");
    public static readonly DiagnosticCode InputMissing = new("PUB0001", Error, "input missing or unreadable", "The input file or folder does not exist, or it cannot be read (the message carries the system's reason).");
    public static readonly DiagnosticCode NotSupported = new("PUB0002", Error, "not supported", "The input or a requested option combination is not supported; the message says what.");
    public static readonly DiagnosticCode InvalidUtf8 = new("PUB0003", Warning, "invalid UTF-8", "The file is not valid UTF-8. The message gives the byte offset of the first bad byte; undecodable bytes are replaced with U+FFFD.", "save the file as UTF-8");
    public static readonly DiagnosticCode BinaryInput = new("PUB0004", Error, "binary data, not text", "The file holds a NUL byte (its offset is in the message): it is binary data, not text, and is not read.", "save it as UTF-8 text");
    public static readonly DiagnosticCode EmptyInput = new("PUB0005", Warning, "empty file", "The input file is empty — or has no size because it is a FIFO or a device, which are never opened; the document has no content.");
    public static readonly DiagnosticCode InitFolderNotEmpty = new("PUB0011", Error, "init target not empty", "`publish init` was given a path that exists and is not an empty folder; init never overwrites files.");
    public static readonly DiagnosticCode InitWriteFailed = new("PUB0012", Error, "init cannot write", "`publish init` could not write the new book (the system's reason is in the message).");
    public static readonly DiagnosticCode OutputNameClash = new("PUB0060", Error, "inputs share output names", "Two inputs of one build would write the same outputs (`a/x.md` and `b/x.md`, or `x.md` and `x.txt`): none of them is built, before anything is written, so neither overwrites the other. The other inputs still build.", "rename one of the inputs, or build them into different folders with -o");

    // 01: book folders and metadata
    public static readonly DiagnosticCode MalformedYaml = new("PUB0101", Error, "malformed YAML", "Front matter or `book.yaml` is not valid YAML, or not `key: value` lines; the position is the absolute line in the file.");
    public static readonly DiagnosticCode UnknownMetadataKey = new("PUB0102", Warning, "unknown metadata key", "A metadata key (or a key inside a contributor entry) Publish does not know is ignored.", "known keys: title, subtitle, author, lang, dir, date, publisher, rights, identifier, description, subject, cover-image, theme, kind, short-title");
    public static readonly DiagnosticCode MetadataShape = new("PUB0103", Warning, "metadata value of the wrong shape", "A metadata key that takes a single value got a list or mapping, a contributor entry has no name, or `kind` is neither article nor book; the value is ignored.");
    public static readonly DiagnosticCode BibliographyNotProcessed = new("PUB0370", Warning, "bibliography not processed", "The metadata names a bibliography (`bibliography:`, `references:` or `csl:`), which Publish cannot format yet: citations such as `[@doe99]` are kept in the model and shown as written, with their keys, as pandoc shows them without `--citeproc`. Reported once per metadata block.", "to print formatted citations now, run the source through `pandoc --citeproc -t markdown` first");
    public static readonly DiagnosticCode ChapterMissing = new("PUB0104", Error, "chapter missing", "A chapter listed in `book.yaml` does not exist; the hint shows the full path looked for.");
    public static readonly DiagnosticCode ChapterListInvalid = new("PUB0105", Error, "no or bad chapter list", "The book folder has no `book.yaml`, or it has no `chapters:` list of file names.", "list the chapter files in order under `chapters:`, one `- chapter-1.md` a line");
    public static readonly DiagnosticCode ChapterOutsideBook = new("PUB0106", Error, "chapter outside the book", "A chapter path (or a symlink along it) leads outside the book folder, or an input file is a link that leads outside its folder; it is refused without being read.");
    public static readonly DiagnosticCode SourceTooLarge = new("PUB0160", Error, "source too large", "A source file, or a book's chapters together, pass the 16 MB a build reads; the file is refused before it is read (for a book: that chapter and every later one).", "split the text into chapters of a book, or the book into volumes");
    public static readonly DiagnosticCode TooManyChapters = new("PUB0161", Error, "too many chapters", "`book.yaml` lists more than 10,000 chapters; the entries past the limit are not read. The position is the first entry past it.", "make several books of the collection");
    public static readonly DiagnosticCode YamlLimit = new("PUB0162", Error, "YAML past its limits", "Front matter or `book.yaml` nests deeper than 64 levels, expands to more than 100,000 values through aliases (an alias bomb), or is longer than 1 MB. Nothing of it is read; the position is where the limit is passed.", "keep metadata short and flat");

    // 02: reading Markdown, HTML and plain text
    public static readonly DiagnosticCode DuplicateId = new("PUB0201", Warning, "duplicate id", "Two headings or elements would get the same id; the later one is renamed (`-1`, `-2`, ...). Links to the id reach its first use.");
    public static readonly DiagnosticCode NestingFlattened = new("PUB0202", Warning, "nesting flattened", "Quotes, lists or notes nested deeper than the model allows are flattened (or, far too deep to parse, the text is kept as plain paragraphs).", "quotes, lists and notes this deep are almost always a mistake in the source");
    public static readonly DiagnosticCode RawHtmlDropped = new("PUB0203", Warning, "raw HTML dropped", "Raw HTML that the model cannot carry (scripts, styles, unknown or misplaced elements, unsafe or invalid attributes, unbalanced tags) is dropped; the text between dropped tags stays.");
    public static readonly DiagnosticCode NoArticleFound = new("PUB0281", Warning, "no article text found", "A saved web page gave no article text: the extraction found no paragraphs among the page's furniture (or the body is empty with --no-extract); the document is empty.", "if the page is a document rather than an article, build it with --no-extract");
    public static readonly DiagnosticCode TextCutOff = new("PUB0213", Warning, "paragraph cut off", "A plain-text paragraph stops mid-sentence: the source may have been cut off there. (Was PUB0501 before the catalogue, which the layout also used.)");

    // 03: themes
    public static readonly DiagnosticCode UnknownTheme = new("PUB0301", Error, "unknown theme", "`--theme`, the `theme:` metadata or a theme's `extends:` names no theme in `styles/` and no file; the message lists the themes there.");
    public static readonly DiagnosticCode UnknownThemeKey = new("PUB0302", Error, "unknown theme key", "A theme key that the theme schema does not have; the message suggests the nearest allowed key and lists them all.");
    public static readonly DiagnosticCode ThemeValueType = new("PUB0303", Error, "theme value of the wrong type", "A theme value is not of the expected type (mapping, list, number with unit, colour, one of a set of words); the message says what was expected and what was found.");
    public static readonly DiagnosticCode ThemeValueImpossible = new("PUB0304", Error, "impossible theme value", "A theme value is well-formed but impossible (out of range, or contradicting another key, such as margins wider than the page).");
    public static readonly DiagnosticCode ThemeUnreadable = new("PUB0305", Error, "theme unreadable", "The theme file cannot be read or is not valid YAML.");
    public static readonly DiagnosticCode ThemeExtendsCycle = new("PUB0306", Error, "themes extend each other in a cycle", "A chain of `extends:` comes back to a theme already in it; the message shows the cycle.", "make the chain end in a theme without extends");
    public static readonly DiagnosticCode RawTexLeftOut = new("PUB0307", Warning, "raw TeX left out", "Raw TeX in pandoc Markdown (a `\\begin{…}`…`\\end{…}` or ConTeXt `\\start…`…`\\stop…` environment, a macro definition, a line of commands such as `\\usepackage{…}`) is read as pandoc reads it, into a raw block kept in the model (`publish parse` shows it); no output renders TeX, so every output leaves it out. Reported once per document, naming the lines of every such block.", "to show the text, put it in a code block or write it as Markdown");
    public static readonly DiagnosticCode ThemeOutsideProject = new("PUB0360", Error, "theme outside the project", "A theme named by `theme:` in a source or by `extends:` resolves (symlinks followed) outside the project, its `styles/` folder and the built-in themes; it is refused without being read, and the message never shows its content.", "a theme is a built-in name, or a file inside the project (beside book.yaml or in its styles/ folder)");
    public static readonly DiagnosticCode ThemeLimit = new("PUB0361", Error, "theme past its limits", "A theme file is larger than 1 MB, nests deeper than 64 levels or expands to more than 100,000 values through aliases; it is not read.");

    // 04: images and other resources
    public static readonly DiagnosticCode RemoteImage = new("PUB0401", Warning, "remote image not fetched", "Builds are offline: an image given by URL is not fetched and its alt text is used instead.");
    public static readonly DiagnosticCode ImageNotFound = new("PUB0402", Warning, "image not found", "An image path does not name a file (or is not a usable path); the image is left out and its alt text is used.", "check the path: it is relative to the file that names the image");
    public static readonly DiagnosticCode ImageOutsideProject = new("PUB0403", Error, "image outside the project", "An image path resolves outside the project folder and is refused.");
    public static readonly DiagnosticCode ImageUnreadable = new("PUB0404", Warning, "image unreadable", "An image file exists but cannot be read (the system's reason is in the message).");
    public static readonly DiagnosticCode PageImagesLeftOut = new("PUB0480", Warning, "images of a saved page left out", "One summary for a saved web page: its remote images (builds are offline), images not saved beside the page, and images in formats other than PNG, JPEG or GIF are left out; the message counts each kind. Tracking pixels, icons and placeholders are left out silently.", "save the page with its images (\"Web page, complete\") to keep them");
    public static readonly DiagnosticCode ImageFormatUnsupported = new("PUB0405", Warning, "image format unsupported", "An image is not a PNG, JPEG, GIF, WebP or SVG (or is corrupt), or declares more than 30,000 pixels a side (a decompression bomb: the message gives its size); it is left out.");
    public static readonly DiagnosticCode DataUriRefused = new("PUB0430", Warning, "data: image refused", "A `data:` URI is not a PNG, JPEG, GIF, WebP or SVG image, is not valid base64, or is larger than the limit (2 MB); its alt text is used instead.", "save the image as a file in the project and refer to it by path");
    public static readonly DiagnosticCode SvgSanitised = new("PUB0431", Warning, "SVG sanitised", "An SVG image held scripts, event attributes (on...), foreign objects or references to files outside it; they are removed from the copy in the EPUB, HTML and PDF. The message lists what went.");
    public static readonly DiagnosticCode SvgPartlyDrawn = new("PUB0432", Warning, "SVG partly drawn in the PDF", "The PDF draws SVG as vector paths; the features the message names (clipping, masks, filters, patterns, markers, embedded images, complex style selectors) are left out there and gradients are drawn in their average colour. The EPUB keeps the SVG file itself.");
    public static readonly DiagnosticCode ImageWithoutAlt = new("PUB0470", Warning, "image without alternative text", "An image or figure has no alt text (and a figure no caption): a reader who cannot see it learns nothing, the EPUB cannot claim `alternativeText` or WCAG conformance, and the tagged PDF draws it as decoration. An error under `--strict`.", "describe the image in its alt text: ![a tide chart of the harbour](chart.png)");

    // 05: blocks in the PDF layout
    public static readonly DiagnosticCode BlockNotLaidOut = new("PUB0501", Warning, "block not laid out in PDF", "A block type the PDF layout does not handle yet is left out of the PDF (the EPUB and HTML still carry it).");
    public static readonly DiagnosticCode FigureImageUnavailable = new("PUB0502", Warning, "figure image not available to the PDF", "A figure's image could not be loaded for the PDF; its alt text is set instead.");
    public static readonly DiagnosticCode BlockLayoutFailed = new("PUB0503", Error, "block could not be laid out", "Laying out a block failed; the message names the block type and the reason.");
    public static readonly DiagnosticCode InlineImageUnavailable = new("PUB0530", Warning, "inline image not available to the PDF", "An image inside text could not be loaded for the PDF; its alt text is set in italics instead.");
    public static readonly DiagnosticCode CoverUnavailableToPdf = new("PUB0504", Warning, "cover image not available to the PDF", "The `cover-image` could not be loaded for the PDF and is left out.");

    // 06: fonts, shaping and line breaking
    public static readonly DiagnosticCode FontFamilyMissing = new("PUB0600", Error, "no font for a family", "No installed font matches a font family the theme asks for; a fallback font is used. Reported once per build.");
    public static readonly DiagnosticCode OverfullLine = new("PUB0601", Warning, "overfull line", "A line is wider than the measure because it has no break point; the message quotes it and says by how much.", "Shorten the word, add a break opportunity (a hyphen or a space), or widen the measure.");
    public static readonly DiagnosticCode GlyphMissing = new("PUB0602", Warning, "character without a font", "No installed font has a character (its code point is in the message); it is drawn as '?'. Reported once per character per build.");
    public static readonly DiagnosticCode NoFontsInstalled = new("PUB0613", Error, "no fonts installed", "Neither the fonts the theme names, nor the usual fallbacks, nor any other font can be found on the machine or beside the theme: nothing can be set, so no PDF or PNG is written.", "install a font package, or put font files in the theme's fonts/ folder");
    public static readonly DiagnosticCode SmallCapsSynthesized = new("PUB0640", Warning, "small capitals faked", "The font has no small capitals (no `smcp` feature), so capitals scaled to about the x-height stand in for them; they look thin beside the text. Reported once per font per build.", "Choose a face with small capitals, e.g. TeX Gyre Pagella (the `book` theme's), or put one in the theme's fonts/ folder.");
    public static readonly DiagnosticCode TokenWrapped = new("PUB0641", Warning, "word broken between characters", "A word, URL or piece of code is wider than the measure and has no break point that fits, so it is broken between two characters (without a hyphen) rather than drawn past the margin; the message quotes the line.", "Shorten the word, add a break opportunity (a space, or a soft hyphen), or widen the measure.");
    public static readonly DiagnosticCode ScriptWithoutFont = new("PUB0690", Error, "no font for a script", "No installed font covers a writing system the text uses (Arabic, Hebrew, CJK, Devanagari...); its characters are drawn as '?'. Reported once per script per build.", "install a font for it (Debian: fonts-noto-core, fonts-noto-cjk, fonts-hosny-amiri) or name one in the theme under fonts: scripts:");
    public static readonly DiagnosticCode NoHyphenationPatterns = new("PUB0691", Warning, "no hyphenation patterns", "The book's language hyphenates, but no patterns for it are bundled (they are for en, de, fr, es, it, nl, pl, pt and ru); its text is set without hyphenation. Languages that do not hyphenate (Arabic, Hebrew, Chinese, Japanese, Korean, Thai...) are not reported.", "check the lang: key, or set paragraph: hyphenate: false in the theme");
    public static readonly DiagnosticCode MathNotTypeset = new("PUB0604", Warning, "math not typeset", "TeX math cannot be parsed or typeset for the PDF; its source is shown instead. Reported once per formula text per build.");

    // 07: links and ids
    public static readonly DiagnosticCode InternalLinkBroken = new("PUB0701", Warning, "internal link points nowhere", "A link `#id` names an id no heading or element has: it would be a dead link in the PDF and EPUB.");
    public static readonly DiagnosticCode IdAmbiguous = new("PUB0702", Warning, "id used more than once", "An id is given to more than one element (the message says where it was first); links to it are ambiguous.");
    public static readonly DiagnosticCode LinkSchemeRefused = new("PUB0760", Warning, "link target refused", "Only http, https, mailto and internal (#id) targets become links in any output; a `javascript:`, `vbscript:`, `data:`, `file:` or other target, or a relative path to a file, keeps its text and loses the link.", "link to a web address (https://...) or to a heading's #id");

    // 08: validating outputs (--check, publish check)
    public static readonly DiagnosticCode ValidatorMissing = new("PUB0801", Warning, "validator not installed", "epubcheck or qpdf is not installed, so a file was not validated; the hint says how to install it. `publish check` fails on it.");
    public static readonly DiagnosticCode EpubCheckError = new("PUB0802", Error, "epubcheck error", "epubcheck reported an error (or failed to run); its own code is kept in the message.");
    public static readonly DiagnosticCode EpubCheckWarning = new("PUB0803", Warning, "epubcheck warning", "epubcheck reported a warning; its own code is kept in the message.");
    public static readonly DiagnosticCode CheckedFileMissing = new("PUB0804", Error, "file to check missing", "`publish check` was given a file that does not exist.");
    public static readonly DiagnosticCode NoValidator = new("PUB0805", Error, "no validator for the file", "`publish check` was given a file that is neither an EPUB nor a PDF.");
    public static readonly DiagnosticCode QpdfError = new("PUB0806", Error, "qpdf error", "qpdf --check found the PDF damaged; its line is in the message.");
    public static readonly DiagnosticCode QpdfWarning = new("PUB0807", Warning, "qpdf warning", "qpdf --check warned about the PDF; its line is in the message.");
    public static readonly DiagnosticCode AceViolation = new("PUB0870", Error, "accessibility violation (DAISY Ace)", "DAISY Ace, run by `publish check` on an EPUB when it is installed, found a critical or serious accessibility violation; Ace's rule and the file are in the message.", "see the rule's page in the DAISY Knowledge Base (kb.daisy.org)");
    public static readonly DiagnosticCode AceWarning = new("PUB0871", Warning, "accessibility issue (DAISY Ace)", "DAISY Ace found a moderate or minor accessibility violation; Ace's rule and the file are in the message.");

    // 09: writing outputs
    public static readonly DiagnosticCode OutputFolderFailed = new("PUB0901", Error, "output folder cannot be created", "The output folder cannot be created (the system's reason is in the message).");
    public static readonly DiagnosticCode OutputWriteFailed = new("PUB0902", Error, "output cannot be written", "An output file cannot be written (the system's reason is in the message).", "check that the output folder is writable");
    public static readonly DiagnosticCode PngDownscaled = new("PUB0960", Warning, "page PNG drawn at a lower resolution", "A page is too large to draw at the asked --dpi (more than 64 million pixels, or 32,767 a side); its PNG (and those of pages as large) is drawn at the resolution the message gives.", "lower --dpi, or make the page smaller in the theme");

    // 10: EPUB and HTML writing
    public static readonly DiagnosticCode NotWrittenToXhtml = new("PUB1001", Warning, "element not written to XHTML", "A node or raw HTML element the XHTML writer has no renderer for: an unknown element keeps its content, a node without a renderer is left out.");
    public static readonly DiagnosticCode LinkTargetMissing = new("PUB1002", Warning, "link target missing in the book", "A link points at no heading or anchor of the book; its text is kept without the link.");
    public static readonly DiagnosticCode LinkNotInBook = new("PUB1003", Warning, "link to a file not in the book", "A link is not a web address and its file is not a chapter of the book; its text is kept without the link.");
    public static readonly DiagnosticCode ImageNotEmbedded = new("PUB1004", Warning, "image not embedded", "An image is not embedded in the EPUB; its alt text is used.");
    public static readonly DiagnosticCode MathKeptAsSource = new("PUB1005", Warning, "math kept as TeX", "TeX math could not be turned into MathML and is kept as source; the message gives the reason.");
    public static readonly DiagnosticCode DateNotIso = new("PUB1011", Warning, "date not ISO 8601", "The `date:` metadata is not an ISO 8601 date and is left out of the EPUB metadata.");
    public static readonly DiagnosticCode CoverNotEmbeddable = new("PUB1012", Warning, "cover not embeddable", "The `cover-image` is not an embedded PNG or JPEG; the EPUB has no cover.");
    public static readonly DiagnosticCode FontNotEmbeddable = new("PUB1013", Warning, "font not embeddable", "A theme font cannot be embedded in the EPUB (the reason is in the message).");

    private static readonly Lazy<IReadOnlyList<DiagnosticCode>> s_all = new(() =>
        [.. typeof(DiagnosticCatalog).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => (DiagnosticCode)f.GetValue(null)!)
            .OrderBy(c => c.Code, StringComparer.Ordinal)]);

    private static readonly Lazy<Dictionary<string, DiagnosticCode>> s_byCode = new(() => All.ToDictionary(c => c.Code));

    /// <summary>Every entry, ordered by code.</summary>
    public static IReadOnlyList<DiagnosticCode> All => s_all.Value;

    /// <summary>The entry for a printed code, or null when the catalogue has none.</summary>
    public static DiagnosticCode? Find(string code) => s_byCode.Value.GetValueOrDefault(code);
}
