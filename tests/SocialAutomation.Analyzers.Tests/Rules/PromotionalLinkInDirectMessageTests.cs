using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SocialAutomation.Analyzers.Rules;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = SocialAutomation.Analyzers.Tests.Infrastructure.Verify<SocialAutomation.Analyzers.Rules.PromotionalLinkInDirectMessageAnalyzer>;

namespace SocialAutomation.Analyzers.Tests.Rules
{
    public class PromotionalLinkInDirectMessageTests
    {
        private static readonly MetadataReference Discord = Libraries.Stub("DiscordNet");
        private static readonly MetadataReference Tweetinvi = Libraries.Stub("Tweetinvi");
        private static readonly MetadataReference LinqToTwitter = Libraries.Stub("LinqToTwitter");
        private static readonly MetadataReference Mastonet = Libraries.Stub("Mastonet");
        private static readonly MetadataReference Bluesky = Libraries.Stub("Bluesky");
        private static readonly MetadataReference SlackNet = Libraries.Stub("SlackNet");

        private static DiagnosticResult Expect(int markup, string call, string link)
            => new DiagnosticResult(Descriptors.PromotionalLinkInDirectMessage).WithLocation(markup).WithArguments(call, link)
                .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

        // ---- Discord.Net ----

        [Fact]
        public Task Discord_DM_with_a_link_in_a_join_handler_is_flagged_with_the_call_and_the_link() => VerifyRule.AnalyzerAsync(@"
using Discord;
using Discord.WebSocket;

class Bot
{
    void Wire(DiscordSocketClient client)
    {
        client.UserJoined += async user =>
        {
            await user.SendMessageAsync({|#0:""Welcome! 20% off today: https://example.com/promo.""|});
        };
    }
}", Expect(0, "'user.SendMessageAsync'", "https://example.com/promo"), Discord);

        [Fact]
        public Task Discord_DM_with_a_link_in_answer_to_a_message_or_a_command_is_not_flagged() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using Discord;
using Discord.Commands;
using Discord.WebSocket;

class Bot
{
    void Wire(DiscordSocketClient client)
    {
        client.MessageReceived += async message =>
        {
            await message.Author.SendMessageAsync(""Here is the guide you asked for: https://example.com/guide"");
        };
        client.MessageReceived += OnMessage;
    }

    Task OnMessage(SocketMessage message) => SendGuide(message.Author);

    Task SendGuide(IUser user) => user.SendMessageAsync(""The guide: https://example.com/guide"");
}

public class GuideModule : ModuleBase<SocketCommandContext>
{
    [Command(""guide"")]
    public Task Guide() => Context.User.SendMessageAsync(""https://example.com/guide"");
}", Discord);

        [Fact]
        public Task Discord_DM_without_a_link_is_not_flagged_and_a_public_link_is_not_flagged() => VerifyRule.AnalyzerAsync(@"
using Discord;
using Discord.WebSocket;

class Bot
{
    void Wire(DiscordSocketClient client)
    {
        client.UserJoined += async user =>
        {
            await user.SendMessageAsync(""Welcome! Tell us what brings you here."");
            if (user.Guild.SystemChannel is { } channel)
            {
                await channel.SendMessageAsync(""Our docs: https://example.com/docs"");
            }
        };
    }
}", Discord);

        [Fact]
        public Task Discord_DM_fanned_out_over_members_from_a_command_is_automated() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using Discord;
using Discord.Commands;
using Discord.WebSocket;

public class PromoModule : ModuleBase<SocketCommandContext>
{
    [Command(""blast"")]
    public async Task Blast()
    {
        foreach (var member in Context.Guild.Users)
        {
            await member.SendMessageAsync({|SMA005:""Sale! www.example.com/sale""|});
        }
    }
}", Discord);

        [Fact]
        public Task Link_forms_literal_interpolated_concatenation_const_local_and_format_are_found() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using Discord;

class Campaign
{
    private const string Shop = ""https://example.com/shop"";
    private const string Pitch = ""Visit "" + Shop;

    async Task Run(IUser user, string name)
    {
        await user.SendMessageAsync({|SMA005:$""Hi {name}, deals at https://example.com/deals""|});
        await user.SendMessageAsync({|SMA005:""Hi "" + name + "", see www.example.com""|});
        await user.SendMessageAsync({|SMA005:Pitch|});
        const string local = ""Grab it: http://example.com/x"";
        await user.SendMessageAsync({|SMA005:local|});
        var text = $""Hello {name}! {Shop}"";
        await user.SendMessageAsync({|SMA005:text|});
        await user.SendMessageAsync({|SMA005:string.Format(""Hi {0}, see {1}"", name, ""https://example.com/s"")|});
        await user.SendMessageAsync(text: {|SMA005:name.Length > 3 ? ""Long name! https://example.com/a"" : ""Hi""|});
        await user.SendMessageAsync(""Thanks for being here, "" + name);
    }
}", Discord);

        [Fact]
        public Task Scheduled_job_DM_is_automated() => VerifyRule.AnalyzerAsync(@"
using System.Threading;
using System.Threading.Tasks;
using Discord;

class Reminder
{
    async Task RunAsync(IUser user, CancellationToken token)
    {
        using var timer = new PeriodicTimer(System.TimeSpan.FromDays(1));
        while (await timer.WaitForNextTickAsync(token))
        {
            await user.SendMessageAsync({|SMA005:""Daily deal: https://example.com/today""|});
        }
    }
}", Discord);

        [Fact]
        public Task Top_level_program_local_function_handlers_are_told_apart() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using Discord;
using Discord.WebSocket;

var client = new DiscordSocketClient();
client.MessageReceived += Answer;
client.UserJoined += Welcome;
await Task.Delay(-1);

Task Answer(SocketMessage message) => Send(message.Author);
Task Send(IUser user) => user.SendMessageAsync(""Docs: https://example.com/docs"");
Task Welcome(SocketGuildUser user) => user.SendMessageAsync({|SMA005:""Hi! Offer: https://example.com/offer""|});
", OutputKind.ConsoleApplication, Discord);

        [Fact]
        public Task A_const_from_a_referenced_assembly_is_found_but_gives_the_fix_nothing_to_edit()
        {
            var library = Libraries.CompileToMetadata("Texts",
                "public static class Texts { public const string Promo = \"Sale at https://example.com/sale\"; }",
                new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });

            // No additional location: the expectation below checks there is none.
            var expected = new DiagnosticResult(Descriptors.PromotionalLinkInDirectMessage).WithLocation(0)
                .WithArguments("'user.SendMessageAsync'", "https://example.com/sale");
            return VerifyRule.AnalyzerAsync(@"
using Discord;

class Bot
{
    System.Threading.Tasks.Task Send(IUser user) => user.SendMessageAsync({|#0:Texts.Promo|});
}", expected, Discord, library);
        }

        // ---- Telegram.Bot (real package) ----

        [Fact]
        public Task Telegram_DM_to_a_new_member_with_a_link_is_flagged_and_an_answer_is_not() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

class Bot
{
    void Start(TelegramBotClient bot) => bot.OnMessage += (message, type) => OnMessage(bot, message);

    async Task OnMessage(ITelegramBotClient bot, Message message)
    {
        if (message.NewChatMembers is { } members)
        {
            foreach (var member in members)
            {
                await bot.SendMessage(member.Id, {|SMA005:""Welcome! Shop: https://example.com""|});
            }

            return;
        }

        await bot.SendMessage(message.From!.Id, ""You asked for the link: https://example.com/help"");
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task Telegram_update_handler_answer_with_a_link_is_not_flagged() => VerifyRule.AnalyzerAsync(@"
using System.Threading;
using System.Threading.Tasks;
using Telegram.Bot;
using Telegram.Bot.Types;

class Bot
{
    void Start(ITelegramBotClient bot)
    {
        bot.StartReceiving(async (client, update, token) =>
        {
            if (update.Message?.From is { } from)
            {
                await client.SendMessage(from.Id, ""Docs: https://example.com/docs"");
            }
        }, (client, error, token) => Task.CompletedTask);
    }
}", Libraries.TelegramBot);

        // ---- Tweetinvi ----

        [Fact]
        public Task Tweetinvi_DM_to_new_follower_is_flagged_and_reply_to_a_received_message_is_not() => VerifyRule.AnalyzerAsync(@"
using Tweetinvi;
using Tweetinvi.Parameters;
using Tweetinvi.Streaming;

class Bot
{
    void Wire(ITwitterClient client, IAccountActivityStream stream)
    {
        stream.UserFollowed += async (sender, e) =>
        {
            await client.Messages.PublishMessageAsync({|SMA005:""Thanks! Free ebook: https://example.com/ebook""|}, e.FollowedBy);
        };
        stream.MessageReceived += async (sender, e) =>
        {
            await client.Messages.PublishMessageAsync(""The link you asked for: https://example.com/faq"", e.Message.SenderId);
        };
    }

    async System.Threading.Tasks.Task Campaign(ITwitterClient client, long userId)
    {
        await client.Messages.PublishMessageAsync(new PublishMessageParameters({|SMA005:""New course https://example.com/c""|}, userId));
    }
}", Tweetinvi);

        [Fact]
        public Task Tweetinvi_DM_answering_a_message_read_from_the_inbox_is_not_flagged() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using Tweetinvi;

class Bot
{
    async Task Answer(ITwitterClient client)
    {
        foreach (var message in await client.Messages.GetMessagesAsync())
        {
            await client.Messages.PublishMessageAsync(""Our FAQ: https://example.com/faq"", message.SenderId);
        }
    }
}", Tweetinvi);

        // ---- LINQ to Twitter ----

        [Fact]
        public Task LinqToTwitter_DM_to_every_follower_is_flagged() => VerifyRule.AnalyzerAsync(@"
using System.Linq;
using System.Threading.Tasks;
using LinqToTwitter;

class Bot
{
    async Task Blast(TwitterContext twitter)
    {
        var friendship = await (from f in twitter.Friendship where f.Type == FriendshipType.FollowerIDs select f).SingleOrDefaultAsync();
        foreach (var id in friendship!.IDInfo!.IDs!)
        {
            await twitter.NewDirectMessageEventAsync(id, {|SMA005:""Webinar tonight https://example.com/live""|});
        }
    }
}", LinqToTwitter);

        // ---- Mastonet ----

        [Fact]
        public Task Mastonet_direct_status_with_a_link_is_flagged_and_a_public_one_is_not() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using Mastonet;

class Bot
{
    async Task Post(MastodonClient client, string account)
    {
        await client.PublishStatus({|SMA005:$""@{account} check https://example.com/deal""|}, Visibility.Direct);
        await client.PublishStatus(""New release: https://example.com/release"", Visibility.Public);
    }
}", Mastonet);

        // ---- Bluesky (idunno.Bluesky) ----

        [Fact]
        public Task Bluesky_chat_message_with_a_link_is_flagged() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using idunno.Bluesky;

class Bot
{
    async Task Send(BlueskyAgent agent, string conversationId)
    {
        await agent.SendMessage(conversationId, {|SMA005:""Join my course https://example.com/course""|});
    }
}", Bluesky);

        // ---- SlackNet ----

        [Fact]
        public Task SlackNet_DM_with_a_link_to_a_new_member_is_flagged_and_an_answer_is_not() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using SlackNet;
using SlackNet.Events;
using SlackNet.WebApi;

class Welcomer : IEventHandler<TeamJoin>
{
    private readonly ISlackApiClient _slack;
    public Welcomer(ISlackApiClient slack) => _slack = slack;

    public async Task Handle(TeamJoin slackEvent)
    {
        var channel = await _slack.Conversations.Open(new[] { slackEvent.User.Id });
        await _slack.Chat.PostMessage(new Message { Channel = channel, Text = {|SMA005:""Welcome! Pricing: https://example.com/pricing""|} });
        await _slack.Chat.PostEphemeral(slackEvent.User.Id, new Message { Text = {|SMA005:""Try www.example.com""|} });
        var message = new Message { Channel = channel };
        message.Text = {|SMA005:""See https://example.com/tour""|};
        await _slack.Chat.PostMessage(message);
    }
}

class Answerer : IEventHandler<MessageEvent>
{
    private readonly ISlackApiClient _slack;
    public Answerer(ISlackApiClient slack) => _slack = slack;

    public async Task Handle(MessageEvent slackEvent)
    {
        var channel = await _slack.Conversations.Open(new[] { slackEvent.User });
        await _slack.Chat.PostMessage(new Message { Channel = channel, Text = ""Here you go: https://example.com/answer"" });
    }
}", SlackNet);

        // ---- no social library ----

        [Fact]
        public Task Code_without_a_social_library_is_not_flagged() => VerifyRule.AnalyzerAsync(@"
class Mailer
{
    void SendMessageAsync(string user, string text) { }
    void Run() => SendMessageAsync(""bob"", ""see https://example.com"");
}");
    }
}
