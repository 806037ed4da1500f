using System.Threading.Tasks;
using SocialAutomation.Analyzers.Rules;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifySma002 = SocialAutomation.Analyzers.Tests.Infrastructure.Verify<SocialAutomation.Analyzers.Rules.BroadcastDirectMessageAnalyzer>;

namespace SocialAutomation.Analyzers.Tests.Rules
{
    /// <summary>SMA002 on Telegram.Bot and Twilio (real packages): the same private message sent to every element of a collection.</summary>
    public class BroadcastDirectMessageAnalyzerTests
    {
        private const string TelegramUsings = @"using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Telegram.Bot;
using Telegram.Bot.Types;
";

        [Fact]
        public Task ForEachOverSubscribersWithConstantText()
            => VerifySma002.AnalyzerAsync(TelegramUsings + @"
class Newsletter
{
    async Task Push(ITelegramBotClient bot, List<long> subscribers)
    {
        foreach (var chatId in subscribers)
        {
            await {|SMA002:bot.SendMessage(chatId, ""Big sale today! 50% off"")|};
        }
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task TextBuiltOnlyFromValuesOutsideTheLoop()
            => VerifySma002.AnalyzerAsync(TelegramUsings + @"
class Newsletter
{
    async Task Push(ITelegramBotClient bot, long[] subscribers, string product, decimal price)
    {
        var text = $""New: {product} for {price}"";
        for (var i = 0; i < subscribers.Length; i++)
        {
            var announcement = text + "" (today only)"";
            await {|SMA002:bot.SendMessage(subscribers[i], announcement)|};
        }
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task WhileDrainingAQueueOfRecipients()
            => VerifySma002.AnalyzerAsync(TelegramUsings + @"
class Newsletter
{
    async Task Push(ITelegramBotClient bot, Queue<long> pending)
    {
        while (pending.TryDequeue(out var chatId))
        {
            await {|SMA002:bot.SendMessage(chatId, ""Don't miss our webinar"")|};
        }
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task TaskWhenAllOverSelect()
            => VerifySma002.AnalyzerAsync(TelegramUsings + @"
class Newsletter
{
    Task Push(ITelegramBotClient bot, IEnumerable<long> subscribers)
        => Task.WhenAll(subscribers.Select(chatId => {|SMA002:bot.SendMessage(chatId, ""Big sale"")|}));
}", Libraries.TelegramBot);

        [Fact]
        public Task LinqProjectionCollectedThenAwaited()
            => VerifySma002.AnalyzerAsync(TelegramUsings + @"
class Newsletter
{
    async Task Push(ITelegramBotClient bot, IEnumerable<User> users)
    {
        var sends = users.Where(u => !u.IsBot).Select(u => {|SMA002:bot.SendMessage(u.Id, ""Big sale"")|}).ToList();
        await Task.WhenAll(sends);
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task ParallelForEach()
            => VerifySma002.AnalyzerAsync(TelegramUsings + @"
class Newsletter
{
    void Push(ITelegramBotClient bot, List<long> subscribers)
    {
        Parallel.ForEach(subscribers, chatId =>
        {
            {|SMA002:bot.SendMessage(chatId, ""Big sale"")|}.Wait();
        });
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task ParallelForEachAsync()
            => VerifySma002.AnalyzerAsync(TelegramUsings + @"
class Newsletter
{
    Task Push(ITelegramBotClient bot, List<long> subscribers)
        => Parallel.ForEachAsync(subscribers, async (chatId, ct) => await {|SMA002:bot.SendMessage(chatId, ""Big sale"", cancellationToken: ct)|});
}", Libraries.TelegramBot);

        [Fact]
        public Task ListForEach()
            => VerifySma002.AnalyzerAsync(TelegramUsings + @"
class Newsletter
{
    void Push(ITelegramBotClient bot, List<long> subscribers)
    {
        subscribers.ForEach(chatId => {|SMA002:bot.SendMessage(chatId, ""Big sale"")|});
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task RecipientLoopAroundALoopOverSharedParts()
            => VerifySma002.AnalyzerAsync(TelegramUsings + @"
class Newsletter
{
    async Task Push(ITelegramBotClient bot, List<long> subscribers, string[] parts)
    {
        foreach (var chatId in subscribers)
        {
            foreach (var part in parts)
            {
                await {|SMA002:bot.SendMessage(chatId, part)|};
            }
        }
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task TwilioSmsToEveryNumber()
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
            {|SMA002:MessageResource.Create(to: new PhoneNumber(number), from: new PhoneNumber(""+15550001""), body: ""Flash sale: reply STOP to opt out"")|};
        }
    }
}", Libraries.Twilio);

        [Fact]
        public Task MessageNamesTheSendAndTheCollection()
        {
            var test = VerifySma002.Test(TelegramUsings + @"
class Newsletter
{
    async Task Push(ITelegramBotClient bot, List<long> subscribers)
    {
        foreach (var chatId in subscribers)
        {
            await bot.SendMessage(chatId, ""Big sale"");
        }
    }
}", Libraries.TelegramBot);
            test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Descriptors.BroadcastDirectMessage)
                .WithSpan(14, 19, 14, 54)
                .WithArguments("bot.SendMessage", "subscribers"));
            return test.RunAsync();
        }

        [Fact]
        public Task NotFlaggedWhenTextCarriesEachRecipientsOwnData()
            => VerifySma002.AnalyzerAsync(TelegramUsings + @"
record Order(long ChatId, string Number, string TrackingCode);

class Shipping
{
    async Task Notify(ITelegramBotClient bot, List<Order> shipped)
    {
        foreach (var order in shipped)
        {
            await bot.SendMessage(order.ChatId, $""Order {order.Number} has shipped: {order.TrackingCode}"");
        }

        await Task.WhenAll(shipped.Select(o => bot.SendMessage(o.ChatId, ""Tracking: "" + o.TrackingCode)));
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task NotFlaggedForASingleSend()
            => VerifySma002.AnalyzerAsync(TelegramUsings + @"
class Alerts
{
    Task Notify(ITelegramBotClient bot, long adminChat) => bot.SendMessage(adminChat, ""Deploy finished"");
}", Libraries.TelegramBot);

        [Fact]
        public Task NotFlaggedWhenTheLoopDoesNotChangeTheRecipient()
            => VerifySma002.AnalyzerAsync(TelegramUsings + @"
class Alerts
{
    async Task Notify(ITelegramBotClient bot, long adminChat, List<string> failures)
    {
        foreach (var failure in failures)
        {
            await bot.SendMessage(adminChat, ""A job failed"");
        }
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task NotFlaggedWhenAnsweringEachUpdate()
            => VerifySma002.AnalyzerAsync(TelegramUsings + @"
class Poller
{
    async Task Poll(ITelegramBotClient bot)
    {
        var updates = await bot.GetUpdates();
        foreach (var update in updates)
        {
            await bot.SendMessage(update.Message!.Chat.Id, ""Thanks, we got your message"");
        }

        foreach (var chatId in updates.Select(u => u.Message!.Chat.Id))
        {
            await bot.SendMessage(chatId, ""Thanks again"");
        }
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task NotFlaggedWhenEachSendRepliesToAMessage()
            => VerifySma002.AnalyzerAsync(TelegramUsings + @"
class Moderation
{
    async Task Ack(ITelegramBotClient bot, List<Message> flagged)
    {
        foreach (var message in flagged)
        {
            await bot.SendMessage(message.Chat.Id, ""A moderator will look at this"", replyParameters: message.MessageId);
        }
    }
}", Libraries.TelegramBot);

        [Fact]
        public Task NotFlaggedForTheMembersOfOneJoinMessage()
            => VerifySma002.AnalyzerAsync(TelegramUsings + @"
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
        public Task NotFlaggedWithoutASocialLibrary()
            => VerifySma002.AnalyzerAsync(@"
using System.Collections.Generic;
using System.Threading.Tasks;

class Mailer
{
    Task SendMessage(long chatId, string text) => Task.CompletedTask;

    async Task Push(List<long> subscribers)
    {
        foreach (var chatId in subscribers)
        {
            await SendMessage(chatId, ""Big sale"");
        }
    }
}");
    }
}
