using System.Threading.Tasks;
using SocialAutomation.Analyzers.CodeFixes;
using SocialAutomation.Analyzers.Rules;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyFix = SocialAutomation.Analyzers.Tests.Infrastructure.Verify<SocialAutomation.Analyzers.Rules.UnpacedSendLoopAnalyzer, SocialAutomation.Analyzers.CodeFixes.UnpacedSendLoopCodeFixProvider>;

namespace SocialAutomation.Analyzers.Tests.Rules
{
    /// <summary>The SMA008 fix: one <c>await Task.Delay(TimeSpan.FromMilliseconds(N));</c> after the send, N = 1000 by default.</summary>
    public class UnpacedSendLoopCodeFixTests
    {
        private const string Usings = @"using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Telegram.Bot;
";

        [Fact]
        public Task InsertsDelayAfterTheSendStatement()
            => VerifyFix.CodeFixAsync(Usings + @"
class Digest
{
    async Task Send(ITelegramBotClient bot, List<long> chats, string digest)
    {
        foreach (var chat in chats)
        {
            var sent = await {|SMA008:bot.SendMessage(chat, digest)|};
            Console.WriteLine(sent.MessageId);
        }
    }
}", Usings + @"
class Digest
{
    async Task Send(ITelegramBotClient bot, List<long> chats, string digest)
    {
        foreach (var chat in chats)
        {
            var sent = await bot.SendMessage(chat, digest);
            await Task.Delay(TimeSpan.FromMilliseconds(1000));
            Console.WriteLine(sent.MessageId);
        }
    }
}", UnpacedSendLoopCodeFixProvider.AddDelayKey, Libraries.TelegramBot);

        [Fact]
        public Task WrapsAnEmbeddedStatementInABlock()
            => VerifyFix.CodeFixAsync(Usings + @"
class Digest
{
    async Task Send(ITelegramBotClient bot, long[] chats, string digest)
    {
        for (var i = 0; i < chats.Length; i++)
            await {|SMA008:bot.SendMessage(chats[i], digest)|};
    }
}", Usings + @"
class Digest
{
    async Task Send(ITelegramBotClient bot, long[] chats, string digest)
    {
        for (var i = 0; i < chats.Length; i++)
        {
            await bot.SendMessage(chats[i], digest);
            await Task.Delay(TimeSpan.FromMilliseconds(1000));
        }
    }
}", UnpacedSendLoopCodeFixProvider.AddDelayKey, Libraries.TelegramBot);

        [Fact]
        public Task QualifiesTaskAndTimeSpanWithoutUsings()
            => VerifyFix.CodeFixAsync(@"
class Digest
{
    async System.Threading.Tasks.Task Send(Telegram.Bot.ITelegramBotClient bot, long[] chats)
    {
        foreach (var chat in chats)
        {
            await {|SMA008:Telegram.Bot.TelegramBotClientExtensions.SendMessage(bot, chat, ""news"")|};
        }
    }
}", @"
class Digest
{
    async System.Threading.Tasks.Task Send(Telegram.Bot.ITelegramBotClient bot, long[] chats)
    {
        foreach (var chat in chats)
        {
            await Telegram.Bot.TelegramBotClientExtensions.SendMessage(bot, chat, ""news"");
            await System.Threading.Tasks.Task.Delay(System.TimeSpan.FromMilliseconds(1000));
        }
    }
}", UnpacedSendLoopCodeFixProvider.AddDelayKey, Libraries.TelegramBot);

        [Fact]
        public Task FixAllPacesEveryLoopInAnAsyncLambdaToo()
            => VerifyFix.CodeFixAsync(Usings + @"
class Digest
{
    async Task Send(ITelegramBotClient bot, List<long> chats, Queue<long> late)
    {
        foreach (var chat in chats)
        {
            await {|SMA008:bot.SendMessage(chat, ""news"")|};
        }

        Func<Task> drain = async () =>
        {
            while (late.TryDequeue(out var chat))
            {
                await {|SMA008:bot.SendMessage(chat, ""late news"")|};
            }
        };
        await drain();
    }
}", Usings + @"
class Digest
{
    async Task Send(ITelegramBotClient bot, List<long> chats, Queue<long> late)
    {
        foreach (var chat in chats)
        {
            await bot.SendMessage(chat, ""news"");
            await Task.Delay(TimeSpan.FromMilliseconds(1000));
        }

        Func<Task> drain = async () =>
        {
            while (late.TryDequeue(out var chat))
            {
                await bot.SendMessage(chat, ""late news"");
                await Task.Delay(TimeSpan.FromMilliseconds(1000));
            }
        };
        await drain();
    }
}", UnpacedSendLoopCodeFixProvider.AddDelayKey, Libraries.TelegramBot);

        [Fact]
        public Task DelayFromEditorConfig()
        {
            var test = VerifyFix.Test(Usings + @"
class Digest
{
    async Task Send(ITelegramBotClient bot, List<long> chats)
    {
        foreach (var chat in chats)
        {
            await {|SMA008:bot.SendMessage(chat, ""news"")|};
        }
    }
}", Usings + @"
class Digest
{
    async Task Send(ITelegramBotClient bot, List<long> chats)
    {
        foreach (var chat in chats)
        {
            await bot.SendMessage(chat, ""news"");
            await Task.Delay(TimeSpan.FromMilliseconds(3000));
        }
    }
}", Libraries.TelegramBot);
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*]\nsocial_automation.sma008_delay_milliseconds = 3000"));
            test.CodeActionEquivalenceKey = UnpacedSendLoopCodeFixProvider.AddDelayKey;
            return test.RunAsync();
        }

        [Fact]
        public Task NoFixForConcurrentFanOutsSyncLoopsOrLambdasInsideLoops()
        {
            const string Source = Usings + @"
using System.Linq;

class Digest
{
    async Task Concurrent(ITelegramBotClient bot, List<long> chats)
    {
        await Task.WhenAll(chats.Select(async chat => await {|SMA008:bot.SendMessage(chat, ""news"")|}));
    }

    void Blocking(ITelegramBotClient bot, List<long> chats)
    {
        foreach (var chat in chats)
        {
            {|SMA008:bot.SendMessage(chat, ""news"")|}.Wait();
        }
    }

    async Task FireAndForget(ITelegramBotClient bot, List<long> chats)
    {
        foreach (var chat in chats)
        {
            _ = Task.Run(async () => await {|SMA008:bot.SendMessage(chat, ""news"")|});
        }

        await Task.Yield();
    }
}";
            return VerifyFix.CodeFixAsync(Source, Source, UnpacedSendLoopCodeFixProvider.AddDelayKey, Libraries.TelegramBot);
        }
    }
}
