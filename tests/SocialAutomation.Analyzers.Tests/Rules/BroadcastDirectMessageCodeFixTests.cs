using System.Threading.Tasks;
using SocialAutomation.Analyzers.CodeFixes;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyFix = SocialAutomation.Analyzers.Tests.Infrastructure.Verify<SocialAutomation.Analyzers.Rules.BroadcastDirectMessageAnalyzer, SocialAutomation.Analyzers.CodeFixes.BroadcastDirectMessageCodeFixProvider>;

namespace SocialAutomation.Analyzers.Tests.Rules
{
    /// <summary>"Post once publicly instead": the loop of identical DMs becomes one public post with the same text.</summary>
    public class BroadcastDirectMessageCodeFixTests
    {
        [Fact]
        public Task TweetinviDmsBecomeOneTweet()
            => VerifyFix.CodeFixAsync(@"
using System.Threading.Tasks;
using Tweetinvi;

class Promoter
{
    async Task Push(TwitterClient client, long me)
    {
        var followers = await client.Users.GetFollowersAsync(me);
        foreach (var follower in followers)
        {
            await {|SMA002:client.Messages.PublishMessageAsync(""Check out my new course!"", follower.Id)|};
        }
    }
}", @"
using System.Threading.Tasks;
using Tweetinvi;

class Promoter
{
    async Task Push(TwitterClient client, long me)
    {
        var followers = await client.Users.GetFollowersAsync(me);
        await client.Tweets.PublishTweetAsync(""Check out my new course!"");
    }
}", BroadcastDirectMessageCodeFixProvider.PostOncePubliclyKey, Libraries.Stub("Tweetinvi"));

        [Fact]
        public Task DiscordMemberDmsBecomeOneSystemChannelMessage()
            => VerifyFix.CodeFixAsync(@"
using System.Threading.Tasks;
using Discord;
using Discord.WebSocket;

class Announcer
{
    async Task Announce(SocketGuild guild)
    {
        // Tell everyone about tonight.
        foreach (var member in guild.Users)
            await {|SMA002:member.SendMessageAsync(text: ""Event tonight at 8!"")|};
    }
}", @"
using System.Threading.Tasks;
using Discord;
using Discord.WebSocket;

class Announcer
{
    async Task Announce(SocketGuild guild)
    {
        // Tell everyone about tonight.
        await guild.SystemChannel.SendMessageAsync(""Event tonight at 8!"");
    }
}", BroadcastDirectMessageCodeFixProvider.PostOncePubliclyKey, Libraries.Stub("DiscordNet"));

        [Fact]
        public Task FixAllOverLoopsAndWhenAll()
            => VerifyFix.CodeFixAsync(@"
using System.Linq;
using System.Threading.Tasks;
using Discord;
using Discord.WebSocket;

class Announcer
{
    const string Text = ""Server maintenance at 10pm"";

    async Task Announce(SocketGuild guild)
    {
        await Task.WhenAll(guild.Users.Select(member => {|SMA002:member.SendMessageAsync(Text)|}));
    }

    async Task Remind(SocketGuild guild, string reminder)
    {
        for (var i = 0; i < guild.Users.Count; i++)
        {
            await {|SMA002:guild.Users.ElementAt(i).SendMessageAsync(reminder)|};
        }
    }
}", @"
using System.Linq;
using System.Threading.Tasks;
using Discord;
using Discord.WebSocket;

class Announcer
{
    const string Text = ""Server maintenance at 10pm"";

    async Task Announce(SocketGuild guild)
    {
        await guild.SystemChannel.SendMessageAsync(Text);
    }

    async Task Remind(SocketGuild guild, string reminder)
    {
        await guild.SystemChannel.SendMessageAsync(reminder);
    }
}", BroadcastDirectMessageCodeFixProvider.PostOncePubliclyKey, Libraries.Stub("DiscordNet"));

        [Fact]
        public Task NoFixWithoutAFaithfulPublicAlternative()
        {
            const string Source = @"
using System.Collections.Generic;
using System.Threading.Tasks;
using Discord;
using Discord.WebSocket;
using Telegram.Bot;

class Broadcasts
{
    // Telegram: SendMessage needs a chat the code does not name.
    async Task Telegram(ITelegramBotClient bot, List<long> subscribers)
    {
        foreach (var chatId in subscribers)
        {
            await {|SMA002:bot.SendMessage(chatId, ""Big sale"")|};
        }
    }

    // The loop does more than send: replacing it would lose the counter.
    async Task MoreThanASend(SocketGuild guild)
    {
        var sent = 0;
        foreach (var member in guild.Users)
        {
            await {|SMA002:member.SendMessageAsync(""Event tonight"")|};
            sent++;
        }
    }

    // Not async: an awaited public post cannot replace the loop.
    void Blocking(SocketGuild guild)
    {
        foreach (var member in guild.Users)
        {
            {|SMA002:member.SendMessageAsync(""Event tonight"")|}.Wait();
        }
    }

    // Draining a queue: removing the loop would leave the queue full.
    async Task Drain(Tweetinvi.TwitterClient client, Queue<long> pending)
    {
        while (pending.TryDequeue(out var followerId))
        {
            await {|SMA002:client.Messages.PublishMessageAsync(""Event tonight"", followerId)|};
        }
    }

    // Members of a list: no guild to post in.
    async Task NoGuild(List<IUser> users)
    {
        foreach (var user in users)
        {
            await {|SMA002:user.SendMessageAsync(""Event tonight"")|};
        }
    }
}";
            return VerifyFix.CodeFixAsync(Source, Source, BroadcastDirectMessageCodeFixProvider.PostOncePubliclyKey, Libraries.TelegramBot, Libraries.Stub("DiscordNet"), Libraries.Stub("Tweetinvi"));
        }
    }
}
