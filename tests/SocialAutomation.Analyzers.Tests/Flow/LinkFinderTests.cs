using SocialAutomation.Analyzers.CodeFixes;
using SocialAutomation.Analyzers.Flow;
using Xunit;

namespace SocialAutomation.Analyzers.Tests.Flow
{
    public class LinkFinderTests
    {
        [Theory]
        [InlineData("See https://example.com/promo now", "https://example.com/promo")]
        [InlineData("HTTP://EXAMPLE.COM", "HTTP://EXAMPLE.COM")]
        [InlineData("Visit www.example.com.", "www.example.com")]
        [InlineData("(see https://en.wikipedia.org/wiki/Bot_(disambiguation))", "https://en.wikipedia.org/wiki/Bot_(disambiguation)")]
        [InlineData("Links: https://a.example/x?y=1&z=2, thanks", "https://a.example/x?y=1&z=2")]
        [InlineData("Go to \"https://example.com\"", "https://example.com")]
        [InlineData("Prefix https://", "https://")]
        public void Finds_the_link_and_leaves_trailing_punctuation_out(string text, string link)
        {
            Assert.True(LinkFinder.TryFind(text, 0, out var start, out var length));
            Assert.Equal(link, text.Substring(start, length));
        }

        [Theory]
        [InlineData("Thanks for following!")]
        [InlineData("email me at someone@www.example.com")]
        [InlineData("the awww. moment")]
        [InlineData("myhttps://example.com")]
        [InlineData("")]
        public void Ignores_text_without_a_link(string text) => Assert.False(LinkFinder.ContainsLink(text));

        [Theory]
        [InlineData("Our course: https://example.com/c", true, true, true, "Our course")]
        [InlineData("Visit https://example.com for 20% off", true, true, true, "Visit for 20% off")]
        [InlineData("https://example.com - 20% off", true, true, true, "20% off")]
        [InlineData("Deals (https://example.com) today", true, true, true, "Deals today")]
        [InlineData("https://example.com", true, true, true, "")]
        [InlineData("Hi!\\nhttps://example.com\\nBye", true, true, true, "Hi!\\nBye")]
        [InlineData("Hi!\\nShop: https://example.com\\nBye", true, true, true, "Hi!\\nShop\\nBye")]
        [InlineData(" https://example.com ", false, false, true, " ")]
        [InlineData("! https://example.com", false, true, true, "!")]
        [InlineData("Two: www.a.com and www.b.com.", true, true, true, "Two: and.")]
        public void Removes_links_and_tidies_the_rest(string content, bool atStart, bool atEnd, bool escapes, string expected)
            => Assert.Equal(expected, LinkRemover.Remove(content, atStart, atEnd, escapes));
    }
}
