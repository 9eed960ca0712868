namespace Publish.Cli.Tests;

/// <summary>A throwaway project folder: write sources and images into it, build it, inspect the outputs.</summary>
public sealed class TempProject : IDisposable
{
    public string Root { get; }
    public string Out => System.IO.Path.Combine(Root, "out");

    public TempProject(string name = "project")
    {
        Root = System.IO.Path.Combine(Directory.CreateTempSubdirectory("publish-cli-").FullName, name);
        Directory.CreateDirectory(Root);
    }

    public string Write(string relative, string text)
    {
        var path = Path(relative);
        File.WriteAllText(path, text);
        return path;
    }

    public string Write(string relative, byte[] bytes)
    {
        var path = Path(relative);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Path(string relative)
    {
        var path = System.IO.Path.Combine(Root, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(System.IO.Path.GetDirectoryName(Root)!, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
