using Publish.Readers;

namespace Publish.Readers.Tests;

public class SourceFormatTests
{
    [Fact]
    public void Auto_is_the_default_format() => Assert.Equal(SourceFormat.Auto, default(SourceFormat));
}
