using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SocialAutomation.Analyzers.Rules;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifySma003 = SocialAutomation.Analyzers.Tests.Infrastructure.Verify<SocialAutomation.Analyzers.Rules.BroadcastOnlyBotAnalyzer>;

namespace SocialAutomation.Analyzers.Tests.Rules
{
    /// <summary>SMA003: a program that sends or posts but never listens, reported once at its first outbound call.</summary>
    public class BroadcastOnlyBotAnalyzerTests
    {
        private const string TelegramPusher = @"
using System;
using System.Threading.Tasks;
using Telegram.Bot;

class Program
{
    static async Task Main()
    {
        var bot = new TelegramBotClient(""token"");
        while (true)
        {
            await {|SMA003:bot.SendMessage(""@deals"", ""Today's deal: 50% off"")|};
            await bot.SendMessage(""@deals"", ""Hurry!"");
            await Task.Delay(TimeSpan.FromHours(1));
        }
    }
}";

        [Fact]
        public Task TelegramConsoleBotThatOnlyPosts()
            => VerifySma003.AnalyzerAsync(TelegramPusher, OutputKind.ConsoleApplication, Libraries.TelegramBot);

        [Fact]
        public Task MessageNamesTheFirstOutboundCall()
        {
            var test = VerifySma003.Test(TelegramPusher.Replace("{|SMA003:", string.Empty).Replace(")|};", ");"), Libraries.TelegramBot);
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.BroadcastOnlyBot).WithSpan(13, 19, 13, 69).WithArguments("bot.SendMessage"));
            return test.RunAsync();
        }

        [Fact]
        public Task ReportedOnceAtTheFirstCallByFilePathThenPosition()
        {
            var test = VerifySma003.Test(@"
using System.Threading.Tasks;
using Telegram.Bot;

static class Later
{
    public static Task Post(ITelegramBotClient bot) => bot.SendMessage(""@news"", ""later"");
}", Libraries.TelegramBot);
            test.TestState.Sources.Add(("/0/A_First.cs", @"
using System.Threading.Tasks;
using Telegram.Bot;

class Program
{
    static async Task Main()
    {
        var bot = new TelegramBotClient(""token"");
        await Later.Post(bot);
        await {|SMA003:bot.SendMessage(""@news"", ""first"")|};
    }
}"));
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
            return test.RunAsync();
        }

        [Fact]
        public Task TopLevelProgramsAndWindowsApplications()
        {
            var test = VerifySma003.Test(@"
using Tweetinvi;

var client = new TwitterClient(""key"", ""secret"", ""token"", ""tokenSecret"");
foreach (var line in System.IO.File.ReadAllLines(""tweets.txt""))
{
    await {|SMA003:client.Tweets.PublishTweetAsync(line)|};
}", Libraries.Stub("Tweetinvi"));
            test.TestState.OutputKind = OutputKind.WindowsApplication;
            return test.RunAsync();
        }

        [Fact]
        public Task LibrariesOnlyWhenTheOptionSaysSo()
        {
            const string Library = @"
using System.Threading.Tasks;
using Discord.WebSocket;

public class Announcer
{
    public Task Announce(SocketTextChannel channel) => {|SMA003:channel.SendMessageAsync(""New release!"")|};
}";
            var test = VerifySma003.Test(Library, Libraries.Stub("DiscordNet"));
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*]\nsocial_automation.sma003_include_libraries = true"));
            return test.RunAsync();
        }

        [Fact]
        public Task LibraryIsNotReportedByDefault()
            => VerifySma003.AnalyzerAsync(@"
using System.Threading.Tasks;
using Discord.WebSocket;

public class Announcer
{
    public Task Announce(SocketTextChannel channel) => channel.SendMessageAsync(""New release!"");
}", Libraries.Stub("DiscordNet"));

        [Fact]
        public Task NotReportedWhenTelegramUpdatesAreReceived()
            => VerifySma003.AnalyzerAsync(@"
using System;
using System.Threading;
using System.Threading.Tasks;
using Telegram.Bot;
using Telegram.Bot.Types;

class Program
{
    static async Task Main()
    {
        var bot = new TelegramBotClient(""token"");
        await bot.SendMessage(""@news"", ""Bot started"");
        bot.StartReceiving(Handle, (b, e, ct) => Task.CompletedTask);
        Console.ReadLine();
    }

    static Task Handle(ITelegramBotClient bot, Update update, CancellationToken ct) => Task.CompletedTask;
}", OutputKind.ConsoleApplication, Libraries.TelegramBot);

        [Fact]
        public Task NotReportedWithAnEventSubscription()
            => VerifySma003.AnalyzerAsync(@"
using System.Threading.Tasks;
using Telegram.Bot;

class Program
{
    static async Task Main()
    {
        var bot = new TelegramBotClient(""token"");
        bot.OnMessage += (message, type) => Task.CompletedTask;
        await bot.SendMessage(""@news"", ""Bot started"");
        await Task.Delay(-1);
    }
}", OutputKind.ConsoleApplication, Libraries.TelegramBot);

        [Fact]
        public Task NotReportedWithAHandlerClass()
            => VerifySma003.AnalyzerAsync(@"
using System;
using System.Threading;
using System.Threading.Tasks;
using Telegram.Bot;
using Telegram.Bot.Polling;
using Telegram.Bot.Types;

class Handler : IUpdateHandler
{
    public Task HandleUpdateAsync(ITelegramBotClient bot, Update update, CancellationToken ct) => Task.CompletedTask;
    public Task HandleErrorAsync(ITelegramBotClient bot, Exception exception, HandleErrorSource source, CancellationToken ct) => Task.CompletedTask;
}

class Program
{
    static Task Main() => new TelegramBotClient(""token"").SendMessage(""@news"", ""hello"");
}", OutputKind.ConsoleApplication, Libraries.TelegramBot);

        [Fact]
        public Task NotReportedWhenPollingUpdatesOrReplying()
            => VerifySma003.AnalyzerAsync(@"
using System.Threading.Tasks;
using Telegram.Bot;
using Telegram.Bot.Types;

class Program
{
    static async Task Main()
    {
        var bot = new TelegramBotClient(""token"");
        var updates = await bot.GetUpdates();
        await bot.SendMessage(""@news"", ""hello"");
    }
}

class Replier
{
    static Task Answer(ITelegramBotClient bot, Message question) => bot.SendMessage(question.Chat.Id, ""Answer"", replyParameters: question);
    static Task Main2(ITelegramBotClient bot) => bot.SendMessage(""@news"", ""hello"");
}", OutputKind.ConsoleApplication, Libraries.TelegramBot);

        [Fact]
        public Task NotReportedForDiscordBotHandlingMessages()
            => VerifySma003.AnalyzerAsync(@"
using System.Threading.Tasks;
using Discord.WebSocket;

class Program
{
    static async Task Main()
    {
        var client = new DiscordSocketClient();
        client.MessageReceived += OnMessage;
        await client.GetGuild(1).SystemChannel.SendMessageAsync(""Bot online"");
    }

    static Task OnMessage(SocketMessage message) => Task.CompletedTask;
}", OutputKind.ConsoleApplication, Libraries.Stub("DiscordNet"));

        [Fact]
        public Task NotReportedForTweetinviAccountActivityOrMentions()
            => VerifySma003.AnalyzerAsync(@"
using System.Threading.Tasks;
using Tweetinvi;

class Program
{
    static async Task Main()
    {
        var client = new TwitterClient(""key"", ""secret"", ""token"", ""tokenSecret"");
        var stream = client.AccountActivity.CreateRequestHandler().GetAccountActivityStream(1, ""env"");
        stream.TweetCreated += (sender, args) => { };
        await client.Tweets.PublishTweetAsync(""Online"");
    }
}", OutputKind.ConsoleApplication, Libraries.Stub("Tweetinvi"));

        [Fact]
        public Task NotReportedForSlackEventHandler()
            => VerifySma003.AnalyzerAsync(@"
using System.Threading.Tasks;
using SlackNet;
using SlackNet.Events;
using SlackNet.WebApi;

class Mentions : IEventHandler<AppMention>
{
    public Task Handle(AppMention slackEvent) => Task.CompletedTask;
}

class Program
{
    static Task Main() => new SlackApiClient(""token"").Chat.PostMessage(new Message { Channel = ""#general"", Text = ""Online"" });
}", OutputKind.ConsoleApplication, Libraries.Stub("SlackNet"));

        [Fact]
        public Task NotReportedForSlashCommandHandler()
            => VerifySma003.AnalyzerAsync(@"
using System.Threading.Tasks;
using SlackNet;
using SlackNet.Interaction;
using SlackNet.WebApi;

class Program
{
    static Task Main() => new SlackApiClient(""token"").Chat.PostMessage(new Message { Channel = ""#general"", Text = ""Online"" });
}

class Ping : ISlashCommandHandler
{
    public Task<SlashCommandResponse> Handle(SlashCommand command) => Task.FromResult(new SlashCommandResponse());
}", OutputKind.ConsoleApplication, Libraries.Stub("SlackNet"));

        [Fact]
        public Task NotReportedWhenAMethodImplementsAnInboundMemberOfAWrapper()
        {
            var test = VerifySma003.Test(@"
using System.Threading.Tasks;
using Telegram.Bot;

namespace MyBot
{
    public interface IInbox
    {
        Task OnText(string text);
    }
}

class Inbox : MyBot.IInbox
{
    public Task OnText(string text) => Task.CompletedTask;
}

class Program
{
    static Task Main() => new TelegramBotClient(""token"").SendMessage(""@news"", ""hello"");
}", Libraries.TelegramBot);
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
            test.TestState.AdditionalFiles.Add(("/SocialApis.txt", "inbound-event M:MyBot.IInbox.OnText\n"));
            return test.RunAsync();
        }

        [Fact]
        public Task InvalidIncludeLibrariesValueIsReported()
        {
            var test = Verify<ConfigurationDiagnosticsAnalyzer>.Test("class C { }");
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*]\nsocial_automation.sma003_include_libraries = sometimes\n"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.InvalidOptionValue).WithArguments("social_automation.sma003_include_libraries", "sometimes", "false"));
            return test.RunAsync();
        }

        [Fact]
        public Task NotReportedWithoutASocialLibrary()
            => VerifySma003.AnalyzerAsync(@"
class Program
{
    static void Main() => System.Console.WriteLine(""Hello"");
}", OutputKind.ConsoleApplication);
    }
}
