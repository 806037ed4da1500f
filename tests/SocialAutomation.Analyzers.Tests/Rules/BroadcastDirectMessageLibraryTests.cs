using System.Threading.Tasks;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifySma002 = SocialAutomation.Analyzers.Tests.Infrastructure.Verify<SocialAutomation.Analyzers.Rules.BroadcastDirectMessageAnalyzer>;

namespace SocialAutomation.Analyzers.Tests.Rules
{
    /// <summary>SMA002 on the send APIs of Discord.Net, Tweetinvi and SlackNet (stubs) and Twilio's options object (real package).</summary>
    public class BroadcastDirectMessageLibraryTests
    {
        [Fact]
        public Task DiscordDmToEveryMember()
            => VerifySma002.AnalyzerAsync(@"
using System.Linq;
using System.Threading.Tasks;
using Discord;
using Discord.WebSocket;

class Announcer
{
    async Task Announce(SocketGuild guild)
    {
        foreach (var member in guild.Users)
        {
            await {|SMA002:member.SendMessageAsync(""Event tonight at 8!"")|};
        }
    }

    async Task ThroughDmChannels(SocketGuild guild)
    {
        foreach (var member in guild.Users.Where(u => !u.IsBot))
        {
            var dm = await member.CreateDMChannelAsync();
            await {|SMA002:dm.SendMessageAsync(""Event tonight at 8!"")|};
        }
    }
}", Libraries.Stub("DiscordNet"));

        [Fact]
        public Task DiscordPostsToEachChannelAreNotDirectMessages()
            => VerifySma002.AnalyzerAsync(@"
using System.Threading.Tasks;
using Discord.WebSocket;

class Announcer
{
    async Task Announce(SocketGuild guild)
    {
        foreach (var channel in guild.TextChannels)
        {
            await channel.SendMessageAsync(""Server maintenance at 10pm"");
        }
    }
}", Libraries.Stub("DiscordNet"));

        [Fact]
        public Task DiscordDmWithEachMembersOwnData()
            => VerifySma002.AnalyzerAsync(@"
using System.Threading.Tasks;
using Discord;
using Discord.WebSocket;

class Roles
{
    async Task Tell(SocketGuild guild)
    {
        foreach (var member in guild.Users)
        {
            await member.SendMessageAsync($""You joined {guild.Name} on {member.JoinedAt:d}"");
        }
    }
}", Libraries.Stub("DiscordNet"));

        [Fact]
        public Task TweetinviDmToEveryFollower()
            => VerifySma002.AnalyzerAsync(@"
using System.Threading.Tasks;
using Tweetinvi;
using Tweetinvi.Parameters;

class Promoter
{
    async Task Push(TwitterClient client, long me)
    {
        var followers = await client.Users.GetFollowersAsync(me);
        foreach (var follower in followers)
        {
            await {|SMA002:client.Messages.PublishMessageAsync(""Check out my new course!"", follower.Id)|};
        }

        foreach (var follower in followers)
        {
            await {|SMA002:client.Messages.PublishMessageAsync(new PublishMessageParameters(""Check out my new course!"", follower.Id))|};
        }
    }
}", Libraries.Stub("Tweetinvi"));

        [Fact]
        public Task TweetinviThanksForEachMentionIsAReply()
            => VerifySma002.AnalyzerAsync(@"
using System.Threading.Tasks;
using Tweetinvi;

class Thanks
{
    async Task Answer(TwitterClient client)
    {
        var mentions = await client.Timelines.GetMentionsTimelineAsync();
        foreach (var mention in mentions)
        {
            await client.Messages.PublishMessageAsync(""Thanks for the mention!"", mention.CreatedBy.Id);
        }
    }
}", Libraries.Stub("Tweetinvi"));

        [Fact]
        public Task SlackDmToEveryWorkspaceMember()
            => VerifySma002.AnalyzerAsync(@"
using System.Threading.Tasks;
using SlackNet;
using SlackNet.WebApi;

class Survey
{
    async Task Push(ISlackApiClient slack)
    {
        var users = await slack.Users.List();
        foreach (var user in users.Members)
        {
            await {|SMA002:slack.Chat.PostMessage(new Message { Channel = user.Id, Text = ""Please fill in the quarterly survey"" })|};
        }

        foreach (var user in users.Members)
        {
            var im = await slack.Conversations.Open(new[] { user.Id });
            var message = new Message { Text = ""Please fill in the quarterly survey"" };
            message.Channel = im;
            await {|SMA002:slack.Chat.PostMessage(message)|};
        }
    }
}", Libraries.Stub("SlackNet"));

        [Fact]
        public Task SlackMessageWithEachUsersOwnData()
            => VerifySma002.AnalyzerAsync(@"
using System.Threading.Tasks;
using SlackNet;
using SlackNet.WebApi;

class Onboarding
{
    async Task Remind(ISlackApiClient slack, string[] userIds)
    {
        foreach (var id in userIds)
        {
            await slack.Chat.PostMessage(new Message { Channel = id, Text = $""<@{id}>, your laptop is ready"" });
        }
    }
}", Libraries.Stub("SlackNet"));

        [Fact]
        public Task TwilioOptionsObject()
            => VerifySma002.AnalyzerAsync(@"
using System.Collections.Generic;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

class Campaign
{
    void Blast(IEnumerable<string> phoneNumbers)
    {
        foreach (var number in phoneNumbers)
        {
            var options = new CreateMessageOptions(new PhoneNumber(number)) { From = new PhoneNumber(""+15550001""), Body = ""Flash sale today"" };
            {|SMA002:MessageResource.Create(options)|};
        }

        foreach (var number in phoneNumbers)
        {
            MessageResource.Create(new CreateMessageOptions(new PhoneNumber(number)) { Body = ""Your code is "" + number.GetHashCode() });
        }
    }
}", Libraries.Twilio);
    }
}
