using System.Text;
using Publish.Caching;

namespace Publish.Cli.Tests;

/// <summary>
/// Watch-mode rebuilds through a <see cref="BuildCache"/>: after an edit, the outputs are the bytes
/// a clean build of the edited source writes, and only what the edit touched is redone.
/// </summary>
public class IncrementalBuildTests
{
    private static readonly DateTimeOffset Stamp = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    [Fact]
    public void A_one_word_edit_in_a_novel_relays_one_chapter_and_writes_the_clean_builds_bytes()
    {
        using var project = new TempProject();
        var novel = project.Write("novel.md", Novel(chapters: 6));
        project.Write("sun.png", Images.Png);
        var cache = new BuildCache();
        Build(project, novel, "watch", cache);

        ReplaceOnce(novel, "Chapter three begins", "Chapter three starts");
        var rebuilt = Build(project, novel, "watch", cache);
        var clean = Build(project, novel, "clean", cache: null);

        AssertSameBytes(clean, rebuilt);
        Assert.Equal(new BuildCacheStatistics(ChapterFilesRead: 0, ChapterFilesReused: 0, ChaptersLaidOut: 1, ChaptersReused: 5, XhtmlRendered: 1, XhtmlReused: 5, ImagesReused: 1), cache.LastBuild);
    }

    [Fact]
    public void Edits_that_move_lines_pages_and_note_numbers_still_give_the_clean_builds_bytes()
    {
        using var project = new TempProject();
        var novel = project.Write("novel.md", Novel(chapters: 6));
        project.Write("sun.png", Images.Png);
        var cache = new BuildCache();
        Build(project, novel, "watch", cache);

        // New lines and a page of text in chapter one: every later span and page number moves.
        ReplaceOnce(novel, "Chapter one begins", "Chapter one begins\n\n" + Paragraphs(12, seed: 99) + "\n\nAnd then");
        AssertSameBytes(Build(project, novel, "clean1", cache: null), Build(project, novel, "watch", cache));
        Assert.Equal(1, cache.LastBuild.ChaptersLaidOut);

        // A new footnote in chapter one renumbers the notes of every later chapter.
        ReplaceOnce(novel, "Chapter one begins", "Chapter one begins[^new]");
        File.AppendAllText(novel, "\n[^new]: A note added later.\n");
        AssertSameBytes(Build(project, novel, "clean2", cache: null), Build(project, novel, "watch", cache));
        Assert.True(cache.LastBuild.ChaptersLaidOut > 1, "chapters whose note numbers changed are set again");
    }

    [Fact]
    public void A_one_word_edit_in_a_book_folder_rereads_and_relays_only_its_chapter()
    {
        using var project = new TempProject();
        var book = Book(project);
        var cache = new BuildCache();
        Build(project, book, "watch", cache);

        ReplaceOnce(project.Path("book/ch2.md"), "opens here", "starts here");
        var rebuilt = Build(project, book, "watch", cache);
        var clean = Build(project, book, "clean", cache: null);

        AssertSameBytes(clean, rebuilt);
        Assert.Equal(new BuildCacheStatistics(ChapterFilesRead: 1, ChapterFilesReused: 3, ChaptersLaidOut: 1, ChaptersReused: 3,
            XhtmlRendered: 1, XhtmlReused: 3, ImagesReused: 0), cache.LastBuild);
    }

    [Fact]
    public void A_heading_that_takes_a_later_chapters_id_makes_that_chapter_read_again()
    {
        using var project = new TempProject();
        var book = Book(project);
        var cache = new BuildCache();
        Build(project, book, "watch", cache);

        // Part 3's heading id "part-3" goes to this new section; part 3 becomes "part-3-1".
        ReplaceOnce(project.Path("book/ch1.md"), "Part 1 opens here.", "Part 1 opens here.\n\n## Part 3\n\nSee [part 3](#part-3-1).");
        var rebuilt = Build(project, book, "watch", cache);

        AssertSameBytes(Build(project, book, "clean", cache: null), rebuilt);
        Assert.True(cache.LastBuild.ChapterFilesRead >= 2, "the edited chapter and the one whose id changed are read again");
    }

    [Fact]
    public void Diagnostics_of_a_rebuild_are_those_of_a_clean_build()
    {
        using var project = new TempProject();
        // A word too long for the measure (broken between characters, PUB0641), a dead link (PUB0701), a missing image (PUB0402).
        var source = Novel(chapters: 3) + "\n# Trouble\n\nA " + new string('w', 120) + " word, [a dead link](#nowhere) and ![gone](gone.png).\n";
        var novel = project.Write("novel.md", source);
        project.Write("sun.png", Images.Png);
        var cache = new BuildCache();
        Build(project, novel, "watch", cache);

        ReplaceOnce(novel, "Chapter two begins", "Chapter two starts");
        var rebuilt = Publisher.Build(Options(project, novel, "watch", cache));
        var clean = Publisher.Build(Options(project, novel, "clean", cache: null));

        Assert.Equal(clean.Diagnostics.Select(d => d.ToString()).Order(), rebuilt.Diagnostics.Select(d => d.ToString()).Order());
        Assert.Contains(rebuilt.Diagnostics, d => d.Code == "PUB0641");
    }

    [Fact]
    public void A_replaced_image_is_read_again()
    {
        using var project = new TempProject();
        var novel = project.Write("novel.md", Novel(chapters: 3));
        var image = project.Write("sun.png", Images.Png);
        var cache = new BuildCache();
        Build(project, novel, "watch", cache);

        File.WriteAllBytes(image, Publish.Scaffolding.SamplePng.Create(24, 12)); // another size: the figure changes
        File.SetLastWriteTimeUtc(image, DateTime.UtcNow.AddMinutes(1)); // a new stamp even on a coarse clock
        var rebuilt = Build(project, novel, "watch", cache);

        AssertSameBytes(Build(project, novel, "clean", cache: null), rebuilt);
        Assert.Equal(0, cache.LastBuild.ImagesReused);
        Assert.Equal(1, cache.LastBuild.ChaptersLaidOut); // the chapter with the figure
    }

    [Fact]
    public void A_changed_theme_sets_every_chapter_again()
    {
        using var project = new TempProject();
        var novel = project.Write("novel.md", Novel(chapters: 3));
        project.Write("sun.png", Images.Png);
        var theme = project.Write("styles/mine.yaml", "body:\n  size: 10pt\n");
        var cache = new BuildCache();
        Build(project, novel, "watch", cache, theme);

        File.WriteAllText(theme, "body:\n  size: 12pt\n");
        var rebuilt = Build(project, novel, "watch", cache, theme);

        AssertSameBytes(Build(project, novel, "clean", cache: null, theme), rebuilt);
        Assert.Equal(0, cache.LastBuild.ChaptersReused);
    }

    [Fact]
    public async Task A_watch_session_rebuilds_through_its_cache_and_says_what_it_reused()
    {
        using var project = new TempProject();
        var novel = project.Write("novel.md", Novel(chapters: 4));
        project.Write("sun.png", Images.Png);
        var output = new StringWriter();
        var reporter = new Reporting.BuildReporter(new Reporting.ConsoleSettings(TextWriter.Synchronized(output), TextWriter.Null, false, false),
            new Reporting.ReportSettings { Timings = true });
        var settings = new Batch.BuildSettings
        {
            Inputs = [novel], Watch = true, Debounce = TimeSpan.FromMilliseconds(100), Jobs = 1,
            Options = new BuildOptions { Input = "", OutputDirectory = project.Out, Timestamp = Stamp },
        };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var session = Batch.BuildSession.RunAsync(settings, reporter, stop.Token);

        Assert.True(await Eventually(() => output.ToString().Contains("rebuilt in")));
        ReplaceOnce(novel, "Chapter two begins", "Chapter two starts");
        Assert.True(await Eventually(() => output.ToString().Split("rebuilt in").Length == 3));
        await stop.CancelAsync();
        await session;

        Assert.Contains("reused     3 of 4 chapter layouts, 3 of 4 chapter pages", output.ToString());
    }

    private static async Task<bool> Eventually(Func<bool> condition)
    {
        for (var waited = 0; waited < 400 && !condition(); waited++) await Task.Delay(50, TestContext.Current.CancellationToken);
        return condition();
    }

    private static BuildOptions Options(TempProject project, string input, string output, BuildCache? cache, string? theme = null) => new()
    {
        Input = input, OutputDirectory = project.Path(output), Formats = OutputFormat.Pdf | OutputFormat.Epub,
        Timestamp = Stamp, Cache = cache, Theme = theme,
    };

    private static Dictionary<string, byte[]> Build(TempProject project, string input, string output, BuildCache? cache, string? theme = null)
    {
        var result = Publisher.Build(Options(project, input, output, cache, theme));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Outputs.ToDictionary(o => Path.GetFileName(o), File.ReadAllBytes);
    }

    private static void AssertSameBytes(Dictionary<string, byte[]> clean, Dictionary<string, byte[]> rebuilt)
    {
        Assert.Equal(clean.Keys.Order(), rebuilt.Keys.Order());
        foreach (var (name, bytes) in clean)
            Assert.True(bytes.AsSpan().SequenceEqual(rebuilt[name]), $"{name}: the rebuild differs from a clean build");
    }

    private static void ReplaceOnce(string path, string what, string with)
    {
        var text = File.ReadAllText(path);
        var at = text.IndexOf(what, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{what}' is not in {path}");
        File.WriteAllText(path, text[..at] + with + text[(at + what.Length)..]);
    }

    /// <summary>A book folder of four chapter files, each with a footnote.</summary>
    private static string Book(TempProject project)
    {
        var chapters = Enumerable.Range(1, 4).Select(i => $"ch{i}.md").ToList();
        project.Write("book/book.yaml", "title: A Book\nauthor: Ann Author\nchapters:\n" + string.Concat(chapters.Select(c => $"  - {c}\n")));
        for (var i = 0; i < chapters.Count; i++)
            project.Write("book/" + chapters[i], $"# Part {i + 1}\n\nPart {i + 1} opens here.[^p{i}]\n\n{Paragraphs(6, seed: i)}\n\n[^p{i}]: A note in part {i + 1}.\n");
        return project.Path("book");
    }

    /// <summary>A small novel: chapters with footnotes, a figure, a table, a cross-reference and a formula.</summary>
    private static string Novel(int chapters)
    {
        string[] names = ["one", "two", "three", "four", "five", "six", "seven", "eight"];
        var sb = new StringBuilder("---\ntitle: A Small Novel\nauthor: Ann Author\n---\n\n");
        for (var i = 0; i < chapters; i++)
        {
            sb.Append($"# Chapter {names[i]} {{#ch-{names[i]}}}\n\nChapter {names[i]} begins, as [the first](#ch-one) did.[^n{i}]\n\n");
            sb.Append(Paragraphs(8, seed: i)).Append("\n\n");
            if (i == 1) sb.Append("![A sun](sun.png)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n: A table.\n\n");
            if (i == 2) sb.Append("The sum $a^2 + b^2 = c^2$ holds.\n\n## A section\n\nMore text.\n\n");
            sb.Append($"[^n{i}]: The note of chapter {names[i]}.\n\n");
        }
        return sb.ToString();
    }

    private static string Paragraphs(int count, int seed)
    {
        string[] words = ["the", "morning", "letter", "came", "early", "and", "nobody", "in", "house", "could", "say", "who", "had", "sent", "it", "across", "fields"];
        var random = new Random(seed);
        return string.Join("\n\n", Enumerable.Range(0, count).Select(_ =>
        {
            var text = string.Join(' ', Enumerable.Range(0, 60 + random.Next(60)).Select(_ => words[random.Next(words.Length)]));
            return char.ToUpperInvariant(text[0]) + text[1..] + ".";
        }));
    }
}
