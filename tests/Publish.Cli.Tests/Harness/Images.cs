using Publish.Scaffolding;

namespace Publish.Cli.Tests;

public static class Images
{
    public static byte[] Png => SamplePng.Create(16, 8);

    /// <summary>A PNG cut off halfway: the signature says PNG, the data ends early.</summary>
    public static byte[] TruncatedPng => Png[..(Png.Length / 2)];
}
