using Publish.Epub.Xhtml;

namespace Publish.Epub.Tests;

public class UrlTextTests
{
    [Theory]
    [InlineData("http://example.com/a b", "http://example.com/a%20b")]
    [InlineData("https://example.com/caf%C3%A9", "https://example.com/caf%C3%A9")]
    [InlineData("/relative/ü", "/relative/%C3%BC")]
    public void Non_ascii_and_spaces_are_percent_encoded_and_existing_escapes_kept(string url, string expected) =>
        Assert.Equal(expected, UrlText.Escape(url));

    [Theory]
    [InlineData("http://测.com?测=测", "http://xn--0zw.com?%E6%B5%8B=%E6%B5%8B")]
    [InlineData("http://%E6%B5%8B.com/x", "http://xn--0zw.com/x")]
    [InlineData("https://user@bücher.example:8080/p", "https://user@xn--bcher-kva.example:8080/p")]
    public void A_non_ascii_host_is_written_in_its_idna_form_because_hosts_take_no_percent_escapes(string url, string expected) =>
        Assert.Equal(expected, UrlText.Escape(url));
}
