using System.Threading.Tasks;
using SocialAutomation.Analyzers.CodeFixes;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyFix = SocialAutomation.Analyzers.Tests.Infrastructure.Verify<SocialAutomation.Analyzers.Rules.UnpacedSendLoopAnalyzer, SocialAutomation.Analyzers.CodeFixes.UnpacedSendLoopCodeFixProvider>;
using VerifySma008 = SocialAutomation.Analyzers.Tests.Infrastructure.Verify<SocialAutomation.Analyzers.Rules.UnpacedSendLoopAnalyzer>;

namespace SocialAutomation.Analyzers.Tests.Rules
{
    /// <summary>SMA008 on Discord.Net, Tweetinvi and SlackNet (stubs): each library's sends, pauses and rate-limit errors.</summary>
    public class UnpacedSendLoopLibraryTests
    {
        [Fact]
        public Task DiscordChannelAndDmLoops()
            => VerifySma008.AnalyzerAsync(@"
using System.Threading.Tasks;
using Discord;
using Discord.WebSocket;

class Announcer
{
    async Task Announce(SocketGuild guild)
    {
        foreach (var channel in guild.TextChannels)
        {
            await {|SMA008:channel.SendMessageAsync(""Maintenance at 10pm"")|};
        }

        foreach (var member in guild.Users)
        {
            await {|SMA008:member.SendMessageAsync(""Maintenance at 10pm"")|};
        }
    }
}", Libraries.Stub("DiscordNet"));

        [Fact]
        public Task DiscordRateLimitHandled()
            => VerifySma008.AnalyzerAsync(@"
using System.Net;
using System.Threading.Tasks;
using Discord;
using Discord.Net;
using Discord.WebSocket;

class Announcer
{
    async Task Announce(SocketGuild guild)
    {
        foreach (var channel in guild.TextChannels)
        {
            try
            {
                await channel.SendMessageAsync(""Maintenance at 10pm"");
            }
            catch (RateLimitedException)
            {
                await Task.Delay(5000);
            }
        }
    }

    async Task ByStatusCode(SocketGuild guild)
    {
        try
        {
            foreach (var member in guild.Users)
            {
                await member.SendMessageAsync(""Maintenance at 10pm"");
            }
        }
        catch (System.Exception e) when (e is HttpException { HttpCode: (HttpStatusCode)429 })
        {
        }
    }
}", Libraries.Stub("DiscordNet"));

        [Fact]
        public Task TweetinviPublishLoop()
            => VerifySma008.AnalyzerAsync(@"
using System.Threading.Tasks;
using Tweetinvi;

class Scheduler
{
    async Task PostAll(TwitterClient client, string[] queue)
    {
        foreach (var text in queue)
        {
            await {|SMA008:client.Tweets.PublishTweetAsync(text)|};
        }
    }
}", Libraries.Stub("Tweetinvi"));

        [Fact]
        public Task TweetinviWaitsForTheRateLimitOrCatchesIt()
            => VerifySma008.AnalyzerAsync(@"
using System.Threading.Tasks;
using Tweetinvi;
using Tweetinvi.Exceptions;

class Scheduler
{
    async Task Waits(TwitterClient client, string[] queue)
    {
        foreach (var text in queue)
        {
            await client.RateLimits.WaitForQueryRateLimitAsync(""https://api.twitter.com/1.1/statuses/update.json"");
            await client.Tweets.PublishTweetAsync(text);
        }
    }

    async Task Catches(TwitterClient client, string[] queue)
    {
        foreach (var text in queue)
        {
            try
            {
                await client.Tweets.PublishTweetAsync(text);
            }
            catch (TwitterException e) when (e.StatusCode == 429)
            {
                break;
            }
        }
    }
}", Libraries.Stub("Tweetinvi"));

        [Fact]
        public Task TweetinviClientThatAwaitsRateLimitsByConfiguration()
            => VerifySma008.AnalyzerAsync(@"
using System.Threading.Tasks;
using Tweetinvi;

class Scheduler
{
    async Task PostAll(TwitterClient client, string[] queue)
    {
        client.Config.RateLimitTrackerMode = RateLimitTrackerMode.TrackAndAwait;
        foreach (var text in queue)
        {
            await client.Tweets.PublishTweetAsync(text);
        }
    }
}", Libraries.Stub("Tweetinvi"));

        [Fact]
        public Task SlackPostLoop()
            => VerifySma008.AnalyzerAsync(@"
using System.Threading.Tasks;
using SlackNet;
using SlackNet.WebApi;

class Digest
{
    async Task Post(ISlackApiClient slack, string[] channels)
    {
        foreach (var channel in channels)
        {
            await {|SMA008:slack.Chat.PostMessage(new Message { Channel = channel, Text = ""Weekly digest"" })|};
        }
    }
}", Libraries.Stub("SlackNet"));

        [Fact]
        public Task SlackRateLimitExceptionHandled()
            => VerifySma008.AnalyzerAsync(@"
using System;
using System.Threading.Tasks;
using SlackNet;
using SlackNet.WebApi;

class Digest
{
    async Task Post(ISlackApiClient slack, string[] channels)
    {
        foreach (var channel in channels)
        {
            try
            {
                await slack.Chat.PostMessage(new Message { Channel = channel, Text = ""Weekly digest"" });
            }
            catch (SlackRateLimitException e)
            {
                await Task.Delay(e.RetryAfter ?? TimeSpan.FromSeconds(1));
            }
        }
    }
}", Libraries.Stub("SlackNet"));

        [Fact]
        public Task SlackAnsweringEachMessageInHistoryIsNotFlagged()
            => VerifySma008.AnalyzerAsync(@"
using System.Threading.Tasks;
using SlackNet;
using SlackNet.Events;
using SlackNet.WebApi;

class Thanks : IEventHandler<MessageEvent>
{
    private readonly ISlackApiClient _slack;

    public Thanks(ISlackApiClient slack) => _slack = slack;

    public Task Handle(MessageEvent slackEvent) => Task.CompletedTask;

    async Task Answer(MessageEvent[] messages)
    {
        foreach (var message in messages)
        {
            await _slack.Chat.PostMessage(new Message { Channel = message.Channel, ThreadTs = message.Ts, Text = ""Thanks!"" });
        }
    }
}", Libraries.Stub("SlackNet"));

        [Fact]
        public Task DiscordFixPacesTheLoop()
            => VerifyFix.CodeFixAsync(@"
using System;
using System.Threading.Tasks;
using Discord;
using Discord.WebSocket;

class Announcer
{
    async Task Announce(SocketGuild guild)
    {
        foreach (var channel in guild.TextChannels)
        {
            await {|SMA008:channel.SendMessageAsync(""Maintenance at 10pm"")|};
        }
    }
}", @"
using System;
using System.Threading.Tasks;
using Discord;
using Discord.WebSocket;

class Announcer
{
    async Task Announce(SocketGuild guild)
    {
        foreach (var channel in guild.TextChannels)
        {
            await channel.SendMessageAsync(""Maintenance at 10pm"");
            await Task.Delay(TimeSpan.FromMilliseconds(1000));
        }
    }
}", UnpacedSendLoopCodeFixProvider.AddDelayKey, Libraries.Stub("DiscordNet"));
    }
}
