namespace Publish.Scaffolding;

/// <summary>The texts of the book <c>publish init</c> creates.</summary>
internal static class SampleBook
{
    public static string Manifest(string title, string theme = "book") => $"""
        # The book: metadata, the theme and the chapters in reading order.
        title: "{title.Replace("\"", "'")}"
        author: Your Name
        lang: en
        date: 2026-01-01
        rights: All rights reserved
        # A theme name (built in, or under this book's styles/) or a path to a theme file,
        # relative to this file; "book" is built in.
        theme: {theme}
        chapters:
          - chapters/01-beginning.md
          - chapters/02-onwards.md

        """;

    public const string FirstChapter = """
        # The Beginning

        Every book starts with a first paragraph. This one is written in Markdown: *emphasis*,
        **strong**, `code`, and footnotes[^1] all work.

        ![The harbour at dawn](../images/harbour.png)

        Build the book with `publish build .` and find the PDF and EPUB in `out/`. Chapter two
        is [The Road Onwards](#the-road-onwards).

        [^1]: Footnotes are numbered and placed for you.

        """;

    public const string SecondChapter = """
        # The Road Onwards

        A second chapter, so there is something to turn the page to.

        > Quotations set off on their own, like this one.

        1. Lists are numbered,
        2. and kept together.

        """;

    public const string Workflow = """
        # Builds the book (PDF and EPUB) on every push and uploads them as artifacts.
        # The matrix splits the inputs over machines with --shard I/N: inputs are sorted by path
        # and the k-th goes to shard (k mod N) + 1. Add more books or articles to the build line
        # and raise the shard count when one machine is no longer enough.
        name: publish

        on:
          push:
          pull_request:

        jobs:
          build:
            runs-on: ubuntu-latest
            strategy:
              fail-fast: false
              matrix:
                shard: [1, 2]
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: '10.0.x'
              - name: Install publish and the validators
                env:
                  # The package source the tool is installed from, as the README installs it
                  # (`dotnet tool install --global Publish.Tool --add-source <source>`). To use a
                  # local build, run `dotnet pack src/Publish.Cli -c Release -o packages` in the
                  # Publish repository, commit that packages/ folder here and set this to ./packages
                  # (or to your own NuGet feed's URL).
                  PUBLISH_TOOL_SOURCE: https://api.nuget.org/v3/index.json
                run: |
                  dotnet tool install --global Publish.Tool --add-source "$PUBLISH_TOOL_SOURCE"
                  sudo apt-get update && sudo apt-get install -y epubcheck qpdf
              - name: Fix timestamps to the commit (byte-identical rebuilds)
                run: echo "SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)" >> "$GITHUB_ENV"
              - name: Build shard ${{ matrix.shard }} of 2
                run: publish build . --format pdf,epub --output-dir out --shard ${{ matrix.shard }}/2 --check --diagnostics github
              - uses: actions/upload-artifact@v4
                with:
                  name: book-shard-${{ matrix.shard }}
                  path: |
                    out/*.pdf
                    out/*.epub
                  if-no-files-found: ignore

        """;

    /// <summary>The starter theme <c>publish init --theme-file</c> writes beside book.yaml: the built-in book theme, a few keys to change.</summary>
    public const string ThemeFile = """
        # This book's theme. It starts from the built-in "book" theme; every key set here wins.
        # The keys and their values are listed in the styles/README.md that ships with publish.
        extends: book
        page:
          size: 6x9in            # A4, A5, Letter, 6x9in, 5x8in, or WIDTHxHEIGHT with a unit
        body:
          size: 10.5pt
          leading: 14pt

        """;
}
