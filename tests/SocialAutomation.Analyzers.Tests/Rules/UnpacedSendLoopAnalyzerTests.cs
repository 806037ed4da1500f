using System.Threading.Tasks;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifySma008 = SocialAutomation.Analyzers.Tests.Infrastructure.Verify<SocialAutomation.Analyzers.Rules.UnpacedSendLoopAnalyzer>;

namespace SocialAutomation.Analyzers.Tests.Rules
{
    /// <summary>SMA008 on Telegram.Bot and Twilio (real packages): sends repeated by a loop with no pause and no rate-limit handling.</summary>
    public class UnpacedSendLoopAnalyzerTests
    {
        private const string Usings = @"using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
";

        [Fact]
        public Task ForEachWithoutPause()
            => VerifySma008.AnalyzerAsync(Usings + @"
class Digest
{
    async Task Send(ITelegramBotClient bot, List<long> chats, string digest)
    {
        foreach (var chat in chats)
        {
            await {|SMA008:bot.SendMessage(chat, digest)|};
        }
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task SameChatInAForLoop()
            => VerifySma008.AnalyzerAsync(Usings + @"
class Report
{
    async Task Send(ITelegramBotClient bot, long chat, string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            await {|SMA008:bot.SendMessage(chat, lines[i])|};
        }
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task WhileLoopAndDoWhileLoop()
            => VerifySma008.AnalyzerAsync(Usings + @"
class Report
{
    async Task Send(ITelegramBotClient bot, Queue<long> chats, long admin)
    {
        while (chats.TryDequeue(out var chat))
        {
            await {|SMA008:bot.SendMessage(chat, ""news"")|};
        }

        var retries = 0;
        do
        {
            await {|SMA008:bot.SendMessage(admin, ""status"")|};
            retries++;
        }
        while (retries < 3);
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task ConcurrentFanOuts()
            => VerifySma008.AnalyzerAsync(Usings + @"
class Digest
{
    async Task Send(ITelegramBotClient bot, List<long> chats, string digest)
    {
        await Task.WhenAll(chats.Select(chat => {|SMA008:bot.SendMessage(chat, digest)|}));
        await Parallel.ForEachAsync(chats, async (chat, ct) => await {|SMA008:bot.SendMessage(chat, digest, cancellationToken: ct)|});
        chats.ForEach(chat => {|SMA008:bot.SendMessage(chat, digest)|}.Wait());
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task TwilioSmsLoop()
            => VerifySma008.AnalyzerAsync(@"
using System.Collections.Generic;
using System.Threading.Tasks;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

class Reminders
{
    async Task Send(IEnumerable<(string Phone, string Text)> reminders)
    {
        foreach (var (phone, text) in reminders)
        {
            await {|SMA008:MessageResource.CreateAsync(to: new PhoneNumber(phone), from: new PhoneNumber(""+15550001""), body: text)|};
        }
    }
}", Libraries.Twilio);

        [Fact]
        public Task CatchOfAnotherExceptionIsNoRateLimitHandling()
            => VerifySma008.AnalyzerAsync(Usings + @"
class Digest
{
    async Task Send(ITelegramBotClient bot, List<long> chats)
    {
        foreach (var chat in chats)
        {
            try
            {
                await {|SMA008:bot.SendMessage(chat, ""news"")|};
            }
            catch (InvalidOperationException)
            {
            }
        }
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task NotFlaggedWithDelayInTheLoop()
            => VerifySma008.AnalyzerAsync(Usings + @"
class Digest
{
    async Task Send(ITelegramBotClient bot, List<long> chats, CancellationToken ct)
    {
        foreach (var chat in chats)
        {
            await bot.SendMessage(chat, ""news"", cancellationToken: ct);
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }

        for (var i = 0; i < chats.Count; i++)
        {
            await bot.SendMessage(chats[i], ""news"");
            Thread.Sleep(1000);
        }
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task NotFlaggedWithPeriodicTimerOrRateLimiter()
            => VerifySma008.AnalyzerAsync(Usings + @"
using System.Threading.RateLimiting;

class Digest
{
    async Task Tick(ITelegramBotClient bot, long chat, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(10));
        while (await timer.WaitForNextTickAsync(ct))
        {
            await bot.SendMessage(chat, ""still here"");
        }
    }

    async Task Limited(ITelegramBotClient bot, List<long> chats, RateLimiter limiter)
    {
        foreach (var chat in chats)
        {
            using var lease = await limiter.AcquireAsync();
            await bot.SendMessage(chat, ""news"");
        }
    }
}", Libraries.TelegramBot, Libraries.RateLimiting);

        [Fact]
        public Task NotFlaggedWhenAHelperCalledInTheLoopPaces()
            => VerifySma008.AnalyzerAsync(Usings + @"
class Digest
{
    async Task Send(ITelegramBotClient bot, List<long> chats)
    {
        foreach (var chat in chats)
        {
            await bot.SendMessage(chat, ""news"");
            await Throttle();
        }
    }

    Task Throttle() => Wait(1000);

    static Task Wait(int ms) => Task.Delay(ms);
}", Libraries.TelegramBot);

        [Fact]
        public Task NotFlaggedWhenABatchLoopPausesBetweenBatches()
            => VerifySma008.AnalyzerAsync(Usings + @"
class Digest
{
    async Task Send(ITelegramBotClient bot, List<long> chats)
    {
        foreach (var batch in chats.Chunk(25))
        {
            foreach (var chat in batch)
            {
                await bot.SendMessage(chat, ""news"");
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task NotFlaggedWhenTheRateLimitErrorIsHandled()
            => VerifySma008.AnalyzerAsync(Usings + @"
class Digest
{
    async Task CatchType(ITelegramBotClient bot, List<long> chats)
    {
        foreach (var chat in chats)
        {
            try
            {
                await bot.SendMessage(chat, ""news"");
            }
            catch (ApiRequestException e) when (e.ErrorCode == 429)
            {
                await Task.Delay(TimeSpan.FromSeconds(e.Parameters?.RetryAfter ?? 1));
            }
        }
    }

    async Task FilterOnGeneralCatch(ITelegramBotClient bot, List<long> chats)
    {
        try
        {
            foreach (var chat in chats)
            {
                await bot.SendMessage(chat, ""news"");
            }
        }
        catch (Exception e) when (e is ApiRequestException { ErrorCode: 429 })
        {
        }
    }

    async Task RetryHelper(ITelegramBotClient bot, List<long> chats)
    {
        foreach (var chat in chats)
        {
            await bot.SendMessage(chat, ""news"");
            await Recover();
        }
    }

    Task Recover()
    {
        try { return Task.CompletedTask; }
        catch (Exception e) { if (e is ApiRequestException) throw; throw; }
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task NotFlaggedWhenTwilioRateLimitIsCaught()
            => VerifySma008.AnalyzerAsync(@"
using System.Collections.Generic;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

class Reminders
{
    void Send(IEnumerable<string> phones)
    {
        foreach (var phone in phones)
        {
            try
            {
                MessageResource.Create(to: new PhoneNumber(phone), from: new PhoneNumber(""+15550001""), body: ""Your appointment is tomorrow"");
            }
            catch (ApiException e) when (e.Status == 429)
            {
            }
        }
    }
}", Libraries.Twilio);

        [Fact]
        public Task NotFlaggedWhenAnsweringEachUpdate()
            => VerifySma008.AnalyzerAsync(Usings + @"
class Poller
{
    async Task Poll(ITelegramBotClient bot)
    {
        var offset = 0;
        while (true)
        {
            var updates = await bot.GetUpdates(offset);
            foreach (var update in updates)
            {
                offset = update.Id + 1;
                await bot.SendMessage(update.Message!.Chat.Id, ""Got it"");
            }
        }
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task NotFlaggedForRepliesOrSingleSends()
            => VerifySma008.AnalyzerAsync(Usings + @"
class Moderation
{
    async Task Ack(ITelegramBotClient bot, List<Message> flagged, long admin)
    {
        foreach (var message in flagged)
        {
            await bot.SendMessage(message.Chat.Id, ""Noted"", replyParameters: message);
        }

        await bot.SendMessage(admin, $""{flagged.Count} messages flagged"");
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task NotFlaggedForTheMembersOfOneJoinMessage()
            => VerifySma008.AnalyzerAsync(Usings + @"
class Welcome
{
    async Task OnUpdate(ITelegramBotClient bot, Message message)
    {
        if (message.NewChatMembers is { Length: > 0 } newMembers)
        {
            foreach (var member in newMembers)
            {
                await bot.SendMessage(member.Id, ""Welcome! Check out https://example.com/promo"");
            }
        }
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task MailKitNewsletterLoop()
            => VerifySma008.AnalyzerAsync(@"
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using MailKit.Net.Smtp;
using MimeKit;

class Newsletter
{
    async Task Blast(SmtpClient smtp, List<string> subscribers)
    {
        foreach (var subscriber in subscribers)
        {
            var message = new MimeMessage();
            message.To.Add(MailboxAddress.Parse(subscriber));
            await {|SMA008:smtp.SendAsync(message)|};
        }

        foreach (var subscriber in subscribers)
        {
            var message = new MimeMessage();
            message.To.Add(MailboxAddress.Parse(subscriber));
            await smtp.SendAsync(message);
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }
}", Libraries.MailKit, Libraries.MimeKit);

        [Fact]
        public Task NotFlaggedWithoutASocialLibrary()
            => VerifySma008.AnalyzerAsync(@"
using System.Collections.Generic;
using System.Threading.Tasks;

class Queue
{
    Task SendMessage(long chat, string text) => Task.CompletedTask;

    async Task Drain(List<long> chats)
    {
        foreach (var chat in chats)
        {
            await SendMessage(chat, ""news"");
        }
    }
}");
    }
}
