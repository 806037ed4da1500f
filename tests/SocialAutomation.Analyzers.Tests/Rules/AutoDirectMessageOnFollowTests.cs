using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SocialAutomation.Analyzers.Rules;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = SocialAutomation.Analyzers.Tests.Infrastructure.Verify<SocialAutomation.Analyzers.Rules.AutoDirectMessageOnFollowAnalyzer>;

namespace SocialAutomation.Analyzers.Tests.Rules
{
    public class AutoDirectMessageOnFollowTests
    {
        private static readonly Microsoft.CodeAnalysis.MetadataReference Discord = Libraries.Stub("DiscordNet");

        [Fact]
        public Task Discord_lambda_handler_that_DMs_the_new_member_is_flagged() => VerifyRule.AnalyzerAsync(@"
using Discord;
using Discord.WebSocket;

class Bot
{
    void Wire(DiscordSocketClient client)
    {
        client.UserJoined += async user =>
        {
            await {|#0:user.SendMessageAsync(""Welcome! Our shop: https://example.com"")|};
        };
    }
}", Expect(0, "'user.SendMessageAsync'", "", "from the 'UserJoined' handler registered at line 9"), Discord);

        [Fact]
        public Task Discord_method_group_handler_is_flagged() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using Discord;
using Discord.WebSocket;

class Bot
{
    void Wire(DiscordSocketClient client) => client.UserJoined += {|#0:OnJoined|};

    Task OnJoined(SocketGuildUser user) => user.SendMessageAsync(""hi"");
}", Expect(0, "'OnJoined'", " through 'user.SendMessageAsync'", "from the 'UserJoined' handler registered at line 8"), Discord);

        [Fact]
        public Task DSharpPlus4_method_group_with_join_args_is_reported_inside_the_handler_once() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using DSharpPlus;
using DSharpPlus.EventArgs;

class Bot
{
    void Wire(DiscordClient client) => client.GuildMemberAdded += OnMemberAdded;

    async Task OnMemberAdded(DiscordClient sender, GuildMemberAddEventArgs e)
    {
        await {|SMA001:e.Member.SendMessageAsync(""Welcome!"")|};
    }
}", Libraries.Stub("DSharpPlus4"));

        [Fact]
        public Task Discord_anonymous_method_and_local_function_handlers_are_flagged() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using Discord;
using Discord.WebSocket;

class Bot
{
    void Wire(DiscordSocketClient client)
    {
        client.UserJoined += delegate (SocketGuildUser user) { return {|SMA001:user.SendMessageAsync(""hi"")|}; };

        client.UserJoined += Greet;
        Task Greet(SocketGuildUser member) => {|SMA001:member.SendMessageAsync(""hello"")|};
    }
}", Discord);

        [Fact]
        public Task Local_function_handler_is_flagged_inside_even_when_registered_through_a_local_or_after_it() => VerifyRule.AnalyzerAsync(@"
using System;
using System.Threading.Tasks;
using Discord;
using Discord.WebSocket;

class Bot
{
    void Wire(DiscordSocketClient client)
    {
        async Task Greet(SocketGuildUser user)
        {
            await {|#0:user.SendMessageAsync(""Welcome!"")|};
        }

        Func<SocketGuildUser, Task> handler = Greet;
        client.UserJoined += handler;
    }
}", Expect(0, "'user.SendMessageAsync'", "", "from the 'UserJoined' handler registered at line 17"), Discord);

        [Fact]
        public Task Local_function_handler_that_calls_a_DM_helper_is_reported_at_the_call() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using Discord;
using Discord.WebSocket;

class Bot
{
    void Wire(DiscordSocketClient client)
    {
        client.UserJoined += Greet;
        Task Greet(SocketGuildUser user) => {|#0:Onboard(user)|};
    }

    Task Onboard(IUser user) => user.SendMessageAsync(""Welcome aboard"");
}", Expect(0, "'Onboard'", " through 'user.SendMessageAsync'", "from the 'UserJoined' handler registered at line 10"), Discord);

        [Fact]
        public Task Local_function_answering_messages_or_not_registered_is_not_flagged() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using Discord;
using Discord.WebSocket;

class Bot
{
    void Wire(DiscordSocketClient client)
    {
        client.MessageReceived += Answer;
        Task Answer(SocketMessage message) => message.Author.SendMessageAsync(""Thanks for writing."");

        Task Unused(SocketGuildUser user) => user.SendMessageAsync(""Never registered"");
    }
}", Discord);

        [Fact]
        public Task Opening_a_DM_channel_in_a_join_handler_is_flagged() => VerifyRule.AnalyzerAsync(@"
using Discord;
using Discord.WebSocket;

class Bot
{
    void Wire(DiscordSocketClient client)
    {
        client.UserJoined += async user =>
        {
            var dm = await {|SMA001:user.CreateDMChannelAsync()|};
            await dm.SendMessageAsync(""hi"");
        };
    }
}", Discord);

        [Fact]
        public Task A_DM_sent_by_a_helper_the_handler_calls_is_reported_at_the_call_and_names_the_send() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using Discord;
using Discord.WebSocket;

class Bot
{
    void Wire(DiscordSocketClient client)
    {
        client.UserJoined += async user => await {|#0:Onboard(user)|};
    }

    Task Onboard(SocketGuildUser user) => Greet(user);

    Task Greet(IUser user) => user.SendMessageAsync(""Welcome aboard"");
}", Expect(0, "'Onboard'", " through 'user.SendMessageAsync'", "from the 'UserJoined' handler registered at line 10"), Discord);

        [Fact]
        public async Task Helpers_deeper_than_the_configured_depth_are_not_followed()
        {
            const string source = @"
using System.Threading.Tasks;
using Discord;
using Discord.WebSocket;

class Bot
{
    void Wire(DiscordSocketClient client) => client.UserJoined += user => A(user);

    Task A(IUser user) => B(user);
    Task B(IUser user) => user.SendMessageAsync(""hi"");
}";
            var shallow = VerifyRule.Test(source, Discord);
            shallow.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*]\nsocial_automation.max_call_depth = 1\n"));
            await shallow.RunAsync();

            var deep = VerifyRule.Test(source.Replace("user => A(user)", "user => {|SMA001:A(user)|}"), Discord);
            await deep.RunAsync();
        }

        [Fact]
        public Task Public_welcome_in_the_system_channel_is_not_flagged() => VerifyRule.AnalyzerAsync(@"
using Discord;
using Discord.WebSocket;

class Bot
{
    void Wire(DiscordSocketClient client)
    {
        client.UserJoined += async user =>
        {
            await user.Guild.SystemChannel.SendMessageAsync($""Welcome {user.Mention}!"");
        };
    }
}", Discord);

        [Fact]
        public Task A_DM_in_answer_to_a_message_is_not_flagged() => VerifyRule.AnalyzerAsync(@"
using Discord;
using Discord.WebSocket;

class Bot
{
    void Wire(DiscordSocketClient client)
    {
        client.MessageReceived += async message =>
        {
            await message.Author.SendMessageAsync(""Thanks for writing, here is your answer."");
        };
    }
}", Discord);

        [Fact]
        public Task Look_alike_names_in_user_code_are_not_flagged() => VerifyRule.AnalyzerAsync(@"
using System;
using System.Threading.Tasks;

class SocketGuildUser { public Task SendMessageAsync(string text) => Task.CompletedTask; }

class Client { public event Func<SocketGuildUser, Task> UserJoined; }

class Bot
{
    void Wire(Client client)
    {
        client.UserJoined += user => user.SendMessageAsync(""hi"");
    }
}");

        [Fact]
        public Task DSharpPlus4_member_added_event_is_flagged() => VerifyRule.AnalyzerAsync(@"
using DSharpPlus;

class Bot
{
    void Wire(DiscordClient client)
    {
        client.GuildMemberAdded += async (sender, e) =>
        {
            await {|SMA001:e.Member.SendMessageAsync(""Welcome!"")|};
        };
    }
}", Libraries.Stub("DSharpPlus4"));

        [Fact]
        public Task DSharpPlus5_registration_method_and_handler_interface_are_flagged() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using DSharpPlus;
using DSharpPlus.EventArgs;

class Setup
{
    void Configure(EventHandlingBuilder builder)
    {
        builder.HandleGuildMemberAdded(async (client, e) => await {|SMA001:e.Member.SendMessageAsync(""Welcome!"")|});
    }
}

class Welcomer : IEventHandler<GuildMemberAddedEventArgs>
{
    public async Task HandleEventAsync(DiscordClient sender, GuildMemberAddedEventArgs eventArgs)
    {
        await {|SMA001:eventArgs.Member.SendMessageAsync(""Welcome!"")|};
    }
}", Libraries.Stub("DSharpPlus5"));

        [Fact]
        public async Task Handler_interface_in_a_partial_type_and_an_explicit_implementation_are_flagged_in_each_file()
        {
            var test = VerifyRule.Test(@"
using System.Threading.Tasks;
using DSharpPlus;
using DSharpPlus.EventArgs;

partial class Welcomer : IEventHandler<GuildMemberAddedEventArgs>
{
    public record Greeting(string Text);
}", Libraries.Stub("DSharpPlus5"));
            test.TestState.Sources.Add(("/0/Welcomer.Handler.cs", @"
using System.Threading.Tasks;
using DSharpPlus;
using DSharpPlus.EventArgs;

partial class Welcomer
{
    public async Task HandleEventAsync(DiscordClient sender, GuildMemberAddedEventArgs eventArgs)
        => await {|SMA001:eventArgs.Member.SendMessageAsync(new Greeting(""Welcome!"").Text)|};
}

class Explicit : IEventHandler<GuildMemberAddedEventArgs>
{
    Task IEventHandler<GuildMemberAddedEventArgs>.HandleEventAsync(DiscordClient sender, GuildMemberAddedEventArgs eventArgs)
        => {|SMA001:eventArgs.Member.SendMessageAsync(""Welcome!"")|};
}"));
            await test.RunAsync();
        }

        [Fact]
        public Task Telegram_DM_to_each_new_chat_member_is_flagged() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using Telegram.Bot;
using Telegram.Bot.Types;

class Bot
{
    async Task OnMessage(ITelegramBotClient bot, Message message)
    {
        if (message.NewChatMembers is { } members)
        {
            foreach (var member in members)
            {
                await {|#0:bot.SendMessage(member.Id, ""Welcome! Check https://example.com/promo"")|};
            }
        }
    }
}", Expect(0, "'bot.SendMessage'", "", "when someone joins (checked with 'NewChatMembers' at line 10)"), Libraries.TelegramBot);

        [Fact]
        public Task Telegram_join_request_and_chat_member_updates_are_join_data() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

class Bot
{
    async Task OnUpdate(ITelegramBotClient bot, Update update)
    {
        switch (update.Type)
        {
            case UpdateType.ChatMember:
                await {|SMA001:bot.SendMessage(update.ChatMember!.NewChatMember.User.Id, ""Hi there"")|};
                break;
            case UpdateType.ChatJoinRequest:
                await {|SMA001:bot.SendMessage(update.ChatJoinRequest!.UserChatId, ""Thanks for asking to join"")|};
                await {|SMA001:Greet(bot, update.ChatJoinRequest.From)|};
                break;
            case UpdateType.Message:
                await bot.SendMessage(update.Message!.From!.Id, ""You wrote to me, here is my answer"");
                break;
        }
    }

    Task Greet(ITelegramBotClient bot, User user) => bot.SendMessage(user.Id, ""Hi"");
}", Libraries.TelegramBot);

        [Fact]
        public Task Telegram_public_welcome_in_the_joined_chat_is_not_flagged() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using Telegram.Bot;
using Telegram.Bot.Types;

class Bot
{
    async Task OnMessage(ITelegramBotClient bot, Message message)
    {
        if (message.NewChatMembers is null) return;
        foreach (var member in message.NewChatMembers)
        {
            await bot.SendMessage(message.Chat, $""Welcome {member.FirstName}!"");
        }
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task Telegram_early_return_guard_counts_as_join_context() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using Telegram.Bot;
using Telegram.Bot.Types;

class Bot
{
    async Task OnMessage(ITelegramBotClient bot, Message message)
    {
        if (message.NewChatMembers is null) return;
        foreach (var member in message.NewChatMembers)
        {
            await {|SMA001:bot.SendMessage(member.Id, ""Welcome"")|};
        }
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task NetCord_guild_user_add_event_is_flagged() => VerifyRule.AnalyzerAsync(@"
using NetCord;
using NetCord.Gateway;

class Bot
{
    void Wire(GatewayClient client)
    {
        client.GuildUserAdd += async user =>
        {
            var dm = await {|SMA001:user.GetDMChannelAsync()|};
            await dm.SendMessageAsync(""Welcome!"");
        };
    }
}", Libraries.Stub("NetCord"));

        [Fact]
        public Task SlackNet_team_join_handler_that_opens_a_DM_is_flagged_and_a_message_handler_is_not() => VerifyRule.AnalyzerAsync(@"
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
        var channel = await {|SMA001:_slack.Conversations.Open(new[] { slackEvent.User.Id })|};
        await _slack.Chat.PostMessage(new Message { Channel = channel, Text = ""Welcome to the workspace"" });
    }
}

class Answerer : IEventHandler<MessageEvent>
{
    private readonly ISlackApiClient _slack;
    public Answerer(ISlackApiClient slack) => _slack = slack;

    public async Task Handle(MessageEvent slackEvent)
    {
        var channel = await _slack.Conversations.Open(new[] { slackEvent.User });
        await _slack.Chat.PostMessage(new Message { Channel = channel, Text = ""Thanks, here is your answer"" });
    }
}", Libraries.Stub("SlackNet"));

        [Fact]
        public Task Tweetinvi_delegate_property_follow_handler_is_flagged() => VerifyRule.AnalyzerAsync(@"
using Tweetinvi;
using Tweetinvi.Streaming;

class Bot
{
    void Wire(ITwitterClient client, IAccountActivityStream stream)
    {
        stream.UserFollowed += async (sender, e) =>
        {
            await {|SMA001:client.Messages.PublishMessageAsync(""Thanks for the follow! https://example.com/offer"", e.FollowedBy)|};
        };
    }
}", Libraries.Stub("Tweetinvi"));

        [Fact]
        public Task Bluesky_DM_to_a_new_follower_found_in_notifications_is_flagged() => VerifyRule.AnalyzerAsync(@"
using System.Threading.Tasks;
using idunno.Bluesky;
using idunno.Bluesky.Notifications;

class Bot
{
    async Task Poll(BlueskyAgent agent, Notification notification)
    {
        if (notification.Reason == NotificationReason.Follow)
        {
            var conversation = await {|SMA001:agent.GetConversationForMembers(new[] { notification.Author.Did })|};
        }
    }
}", Libraries.Stub("Bluesky"));

        [Fact]
        public Task Mastodon_direct_answer_to_a_notification_is_not_flagged() => VerifyRule.AnalyzerAsync(@"
using Mastonet;

class Bot
{
    void Wire(MastodonClient client, TimelineStreaming stream)
    {
        stream.OnNotification += async (sender, e) =>
        {
            await client.PublishStatus(""@"" + e.Notification.Account.AccountName + "" thanks, here is the answer"", Visibility.Direct);
        };
    }
}", Libraries.Stub("Mastonet"));

        [Fact]
        public Task Code_without_a_social_library_is_not_analysed() => VerifyRule.AnalyzerAsync(@"
class Plain
{
    int Add(int a, int b) => a + b;
}");

        private static DiagnosticResult Expect(int markup, string call, string through, string where)
            => new DiagnosticResult(Descriptors.AutoDirectMessageOnFollow).WithLocation(markup).WithArguments(call, through, where);
    }
}
