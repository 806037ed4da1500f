using System.Threading.Tasks;
using SocialAutomation.Analyzers.CodeFixes;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyFix = SocialAutomation.Analyzers.Tests.Infrastructure.Verify<
    SocialAutomation.Analyzers.Rules.AutoDirectMessageOnFollowAnalyzer,
    SocialAutomation.Analyzers.CodeFixes.AutoDirectMessageOnFollowCodeFixProvider>;

namespace SocialAutomation.Analyzers.Tests.Rules
{
    public class AutoDirectMessageOnFollowFixTests
    {
        private static readonly Microsoft.CodeAnalysis.MetadataReference Discord = Libraries.Stub("DiscordNet");

        [Fact]
        public Task Discord_DM_becomes_a_null_safe_public_welcome_that_mentions_the_user() => VerifyFix.CodeFixAsync(@"
using Discord;
using Discord.WebSocket;

class Bot
{
    void Wire(DiscordSocketClient client)
    {
        client.UserJoined += async user =>
        {
            await {|SMA001:user.SendMessageAsync(""Welcome to the server!"")|};
        };
    }
}", @"
using Discord;
using Discord.WebSocket;

class Bot
{
    void Wire(DiscordSocketClient client)
    {
        client.UserJoined += async user =>
        {
            if (user.Guild.SystemChannel is { } publicChannel)
            {
                await publicChannel.SendMessageAsync($""{user.Mention} Welcome to the server!"");
            }
        };
    }
}", AutoDirectMessageOnFollowCodeFixProvider.WelcomePubliclyKey, Discord);

        [Fact]
        public Task DM_in_a_local_function_handler_becomes_a_public_welcome() => VerifyFix.CodeFixAsync(@"
using System.Threading.Tasks;
using Discord;
using Discord.WebSocket;

class Bot
{
    void Wire(DiscordSocketClient client)
    {
        client.UserJoined += Greet;

        async Task Greet(SocketGuildUser user)
        {
            await {|SMA001:user.SendMessageAsync(""Welcome to the server!"")|};
        }
    }
}", @"
using System.Threading.Tasks;
using Discord;
using Discord.WebSocket;

class Bot
{
    void Wire(DiscordSocketClient client)
    {
        client.UserJoined += Greet;

        async Task Greet(SocketGuildUser user)
        {
            if (user.Guild.SystemChannel is { } publicChannel)
            {
                await publicChannel.SendMessageAsync($""{user.Mention} Welcome to the server!"");
            }
        }
    }
}", AutoDirectMessageOnFollowCodeFixProvider.WelcomePubliclyKey, Discord);

        [Fact]
        public Task Welcome_fix_picks_a_variable_name_nothing_in_scope_uses() => VerifyFix.CodeFixAsync(@"
using Discord;
using Discord.WebSocket;

class Bot
{
    void Wire(DiscordSocketClient client, string publicChannel)
    {
        client.UserJoined += async user =>
        {
            await {|SMA001:user.SendMessageAsync(""Welcome to "" + publicChannel)|};
        };
    }
}", @"
using Discord;
using Discord.WebSocket;

class Bot
{
    void Wire(DiscordSocketClient client, string publicChannel)
    {
        client.UserJoined += async user =>
        {
            if (user.Guild.SystemChannel is { } publicChannel2)
            {
                await publicChannel2.SendMessageAsync(user.Mention + "" "" + (""Welcome to "" + publicChannel));
            }
        };
    }
}", AutoDirectMessageOnFollowCodeFixProvider.WelcomePubliclyKey, Discord);

        [Fact]
        public Task Welcome_fix_keeps_an_interpolated_text_and_fixes_all_handlers() => VerifyFix.CodeFixAsync(@"
using System.Threading.Tasks;
using Discord;
using Discord.WebSocket;

class Bot
{
    void Wire(DiscordSocketClient client)
    {
        client.UserJoined += async user =>
        {
            await {|SMA001:user.SendMessageAsync($""Hi {user.Username}, glad you came"")|};
        };
        client.UserJoined += async member =>
        {
            await {|SMA001:member.SendMessageAsync(Greeting)|};
        };
    }

    const string Greeting = ""Hello"";
}", @"
using System.Threading.Tasks;
using Discord;
using Discord.WebSocket;

class Bot
{
    void Wire(DiscordSocketClient client)
    {
        client.UserJoined += async user =>
        {
            if (user.Guild.SystemChannel is { } publicChannel)
            {
                await publicChannel.SendMessageAsync($""{user.Mention} Hi {user.Username}, glad you came"");
            }
        };
        client.UserJoined += async member =>
        {
            if (member.Guild.SystemChannel is { } publicChannel)
            {
                await publicChannel.SendMessageAsync(member.Mention + "" "" + (Greeting));
            }
        };
    }

    const string Greeting = ""Hello"";
}", AutoDirectMessageOnFollowCodeFixProvider.WelcomePubliclyKey, Discord);

        [Fact]
        public Task Remove_fix_deletes_the_DM_and_the_async_it_made_useless() => VerifyFix.CodeFixAsync(@"
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
}", @"
using Discord;
using Discord.WebSocket;

class Bot
{
    void Wire(DiscordSocketClient client)
    {
        client.UserJoined += user =>
        {
            return System.Threading.Tasks.Task.CompletedTask;
        };
    }
}", AutoDirectMessageOnFollowCodeFixProvider.RemoveKey, Discord);

        [Fact]
        public Task Telegram_DM_becomes_a_welcome_in_the_chat_they_joined() => VerifyFix.CodeFixAsync(@"
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
                await {|SMA001:bot.SendMessage(member.Id, ""Welcome! Read the rules."")|};
            }
        }
    }
}", @"
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
                await bot.SendMessage(message.Chat, $""{member.FirstName} Welcome! Read the rules."");
            }
        }
    }
}", AutoDirectMessageOnFollowCodeFixProvider.WelcomePubliclyKey, Libraries.TelegramBot);

        [Fact]
        public Task Remove_fix_keeps_async_when_other_awaits_remain() => VerifyFix.CodeFixAsync(@"
using System.Threading.Tasks;
using Telegram.Bot;
using Telegram.Bot.Types;

class Bot
{
    async Task OnMessage(ITelegramBotClient bot, Message message)
    {
        if (message.NewChatMembers is { } members)
        {
            await bot.SendMessage(message.Chat, ""Welcome, everyone!"");
            foreach (var member in members)
            {
                await {|SMA001:bot.SendMessage(member.Id, ""Welcome!"")|};
            }
        }
    }
}", @"
using System.Threading.Tasks;
using Telegram.Bot;
using Telegram.Bot.Types;

class Bot
{
    async Task OnMessage(ITelegramBotClient bot, Message message)
    {
        if (message.NewChatMembers is { } members)
        {
            await bot.SendMessage(message.Chat, ""Welcome, everyone!"");
            foreach (var member in members)
            {
            }
        }
    }
}", AutoDirectMessageOnFollowCodeFixProvider.RemoveKey, Libraries.TelegramBot);
    }
}
