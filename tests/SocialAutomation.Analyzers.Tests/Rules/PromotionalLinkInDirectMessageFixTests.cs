using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SocialAutomation.Analyzers.CodeFixes;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyFix = SocialAutomation.Analyzers.Tests.Infrastructure.Verify<
    SocialAutomation.Analyzers.Rules.PromotionalLinkInDirectMessageAnalyzer,
    SocialAutomation.Analyzers.CodeFixes.PromotionalLinkInDirectMessageCodeFixProvider>;

namespace SocialAutomation.Analyzers.Tests.Rules
{
    public class PromotionalLinkInDirectMessageFixTests
    {
        private static readonly MetadataReference Discord = Libraries.Stub("DiscordNet");

        private const string Key = PromotionalLinkInDirectMessageCodeFixProvider.RemoveLinkKey;

        private static string InJoinHandler(string statements) => @"
using Discord;
using Discord.WebSocket;

class Bot
{
    private const string Shop = ""Shop at https://example.com/shop, it is great"";

    void Wire(DiscordSocketClient client)
    {
        client.UserJoined += async user =>
        {
" + statements + @"
        };
    }
}";

        [Fact]
        public Task Removes_the_link_and_the_colon_that_announced_it() => VerifyFix.CodeFixAsync(
            InJoinHandler(@"            await user.SendMessageAsync({|SMA005:""Welcome! Our course: https://example.com/course""|});"),
            InJoinHandler(@"            await user.SendMessageAsync(""Welcome! Our course"");"),
            Key, Discord);

        [Fact]
        public Task Keeps_the_words_around_a_link_in_the_middle_with_single_spaces() => VerifyFix.CodeFixAsync(
            InJoinHandler(@"            await user.SendMessageAsync({|SMA005:""Visit https://example.com/a for 20% off""|});"),
            InJoinHandler(@"            await user.SendMessageAsync(""Visit for 20% off"");"),
            Key, Discord);

        [Fact]
        public Task Sentence_punctuation_after_the_link_stays_attached_to_the_words() => VerifyFix.CodeFixAsync(
            InJoinHandler(@"            await user.SendMessageAsync({|SMA005:""Deals at www.example.com. See you (https://example.com/x)!""|});"),
            InJoinHandler(@"            await user.SendMessageAsync(""Deals at. See you!"");"),
            Key, Discord);

        [Fact]
        public Task Interpolated_text_keeps_its_holes_and_the_space_between_them() => VerifyFix.CodeFixAsync(
            InJoinHandler(@"            await user.SendMessageAsync({|SMA005:$""Hi {user.Username}! https://example.com/x {user.Mention} - see you""|});"),
            InJoinHandler(@"            await user.SendMessageAsync($""Hi {user.Username}! {user.Mention} - see you"");"),
            Key, Discord);

        [Fact]
        public Task A_line_holding_only_the_link_goes_away_with_its_line_break() => VerifyFix.CodeFixAsync(
            InJoinHandler(@"            await user.SendMessageAsync({|SMA005:""Welcome!\nhttps://example.com/start - start here\nBye""|});"),
            InJoinHandler(@"            await user.SendMessageAsync(""Welcome!\nstart here\nBye"");"),
            Key, Discord);

        [Fact]
        public Task Verbatim_and_concatenated_literals_are_edited_in_place() => VerifyFix.CodeFixAsync(
            InJoinHandler(@"            await user.SendMessageAsync({|SMA005:@""Welcome, "" + user.Username + "". Docs: https://example.com/docs""|});"),
            InJoinHandler(@"            await user.SendMessageAsync(@""Welcome, "" + user.Username + "". Docs"");"),
            Key, Discord);

        [Fact]
        public Task A_const_used_as_the_text_is_edited_where_it_is_declared() => VerifyFix.CodeFixAsync(
            InJoinHandler(@"            await user.SendMessageAsync({|SMA005:Shop|});"),
            InJoinHandler(@"            await user.SendMessageAsync(Shop);").Replace("Shop at https://example.com/shop, it is great", "Shop at, it is great"),
            Key, Discord);

        [Fact]
        public Task Fix_all_removes_every_link_and_edits_a_shared_const_once() => VerifyFix.CodeFixAsync(
            InJoinHandler(@"            await user.SendMessageAsync({|SMA005:Shop|});
            await user.SendMessageAsync({|SMA005:Shop|});
            var text = $""Hi {user.Username}: www.example.com/welcome"";
            await user.SendMessageAsync({|SMA005:text|});"),
            InJoinHandler(@"            await user.SendMessageAsync(Shop);
            await user.SendMessageAsync(Shop);
            var text = $""Hi {user.Username}"";
            await user.SendMessageAsync(text);").Replace("Shop at https://example.com/shop, it is great", "Shop at, it is great"),
            Key, Discord);

        [Fact]
        public Task A_const_in_another_file_is_edited_in_that_file()
        {
            var test = VerifyFix.Test(@"
using Discord;

class Bot
{
    System.Threading.Tasks.Task Send(IUser user) => user.SendMessageAsync({|SMA005:Texts.Promo|});
}", @"
using Discord;

class Bot
{
    System.Threading.Tasks.Task Send(IUser user) => user.SendMessageAsync(Texts.Promo);
}", Discord);
            test.TestState.Sources.Add(("/0/Texts.cs", @"static class Texts { public const string Promo = ""New course! https://example.com/course""; }"));
            test.FixedState.Sources.Add(("/0/Texts.cs", @"static class Texts { public const string Promo = ""New course!""; }"));
            test.CodeActionEquivalenceKey = Key;
            return test.RunAsync();
        }
    }
}
