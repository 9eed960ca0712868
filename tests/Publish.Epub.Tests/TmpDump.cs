namespace Publish.Epub.Tests;
public class TmpDump
{
    [Fact]
    public void Dump()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var e in CommonMarkConformanceTests.Examples())
        {
            string actual;
            try { actual = CommonMarkConformanceTests.RenderExample(e.Markdown); } catch (Exception x) { actual = "EXC " + x.Message; }
            var a = HtmlNormalizer.Normalize(actual); var x2 = HtmlNormalizer.Normalize(e.Html);
            if (a != x2) sb.Append($"=== {e.Number} ({e.Section})\n{e.Markdown}--- expected\n{x2}\n--- actual\n{a}\n");
        }
        File.WriteAllText("/tmp/cm-fail.txt", sb.ToString());
    }
}
