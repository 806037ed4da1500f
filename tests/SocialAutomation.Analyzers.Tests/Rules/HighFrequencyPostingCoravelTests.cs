using System.Threading.Tasks;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;
using static SocialAutomation.Analyzers.Tests.Rules.HighFrequencyPostingVerify;

namespace SocialAutomation.Analyzers.Tests.Rules
{
    public class HighFrequencyPostingCoravelTests
    {
        private const string Invocables = @"
namespace Bots
{
    using System.Threading.Tasks;
    using Coravel.Invocable;
    using Telegram.Bot;

    public class PromoInvocable : IInvocable
    {
        private readonly ITelegramBotClient _bot;
        public PromoInvocable(ITelegramBotClient bot) => _bot = bot;
        public Task Invoke() => Channel.Announce(_bot, ""Flash sale!"");
    }

    public static class Channel
    {
        public static Task Announce(ITelegramBotClient bot, string text) => bot.SendMessage(""@deals"", text);
    }

    public class CacheCleanupInvocable : IInvocable
    {
        public Task Invoke() => Task.CompletedTask;
    }

    public class AnswerMessagesInvocable : IInvocable
    {
        private readonly ITelegramBotClient _bot;
        public AnswerMessagesInvocable(ITelegramBotClient bot) => _bot = bot;

        public async Task Invoke()
        {
            foreach (var update in await _bot.GetUpdates())
            {
                await _bot.SendMessage(update.Message!.Chat, ""Thanks, we will get back to you"");
            }
        }
    }
}
";

        [Fact]
        public async Task InvocableEveryMinute_IsFlaggedAndFixedToEveryFifteenMinutes()
        {
            const string source = @"
using Bots;
using Coravel.Scheduling.Schedule.Interfaces;

public static class Setup
{
    public static void Configure(IScheduler scheduler)
    {
        scheduler.Schedule<PromoInvocable>().{|SMA009:EveryMinute()|};
        scheduler.Schedule<PromoInvocable>()
            .{|SMA009:EveryFiveSeconds()|}
            .Weekday();
    }
}
" + Invocables;
            const string fixedSource = @"
using Bots;
using Coravel.Scheduling.Schedule.Interfaces;

public static class Setup
{
    public static void Configure(IScheduler scheduler)
    {
        scheduler.Schedule<PromoInvocable>().EveryFifteenMinutes();
        scheduler.Schedule<PromoInvocable>()
            .EveryFifteenMinutes()
            .Weekday();
    }
}
" + Invocables;
            await CodeFixAsync(source, fixedSource, Libraries.Coravel, Libraries.TelegramBot);
        }

        [Fact]
        public async Task InlineActionsCronAndCountedSeconds_AreFlagged()
        {
            const string source = @"
using Bots;
using Coravel.Scheduling.Schedule.Interfaces;
using Telegram.Bot;

public static class Setup
{
    public static void Configure(IScheduler scheduler, ITelegramBotClient bot)
    {
        scheduler.ScheduleAsync(async () => await bot.SendMessage(""@deals"", ""New deal"")).{|SMA009:EveryTenMinutes()|};
        scheduler.Schedule(() => Channel.Announce(bot, ""Still here"")).{|SMA009:EverySeconds(30)|};
        scheduler.ScheduleWithParams<PromoInvocable>(bot).Cron({|SMA009:""*/5 * * * *""|});
    }
}
" + Invocables;
            await AnalyzerAsync(source, Libraries.Coravel, Libraries.TelegramBot);
        }

        [Fact]
        public async Task CronArgument_IsFlaggedAtTheExpressionAndFixed()
        {
            const string source = @"
using Bots;
using Coravel.Scheduling.Schedule.Interfaces;

public static class Setup
{
    public static void Configure(IScheduler scheduler)
    {
        scheduler.Schedule<PromoInvocable>().Cron({|SMA009:""*/5 * * * *""|});
    }
}
" + Invocables;
            const string fixedSource = @"
using Bots;
using Coravel.Scheduling.Schedule.Interfaces;

public static class Setup
{
    public static void Configure(IScheduler scheduler)
    {
        scheduler.Schedule<PromoInvocable>().Cron(""*/15 * * * *"");
    }
}
" + Invocables;
            await CodeFixAsync(source, fixedSource, Libraries.Coravel, Libraries.TelegramBot);
        }

        [Fact]
        public async Task HourlyDailyCleanupAndReplyingInvocables_AreNotFlagged()
        {
            const string source = @"
using Bots;
using Coravel.Scheduling.Schedule.Interfaces;

public static class Setup
{
    public static void Configure(IScheduler scheduler)
    {
        scheduler.Schedule<PromoInvocable>().Hourly();
        scheduler.Schedule<PromoInvocable>().DailyAt(9, 30);
        scheduler.Schedule<PromoInvocable>().EveryFifteenMinutes();
        scheduler.Schedule<CacheCleanupInvocable>().EveryMinute();
        scheduler.Schedule<AnswerMessagesInvocable>().EveryFiveSeconds();
        scheduler.ScheduleInvocableType(typeof(CacheCleanupInvocable)).EverySecond();
    }
}
" + Invocables;
            await AnalyzerAsync(source, Libraries.Coravel, Libraries.TelegramBot);
        }

        [Fact]
        public async Task LargerMinimum_PicksTheNextCoarserInterval()
        {
            const string source = @"
using Bots;
using Coravel.Scheduling.Schedule.Interfaces;

public static class Setup
{
    public static void Configure(IScheduler scheduler)
    {
        scheduler.ScheduleInvocableType(typeof(PromoInvocable)).{|SMA009:EveryFifteenMinutes()|};
        scheduler.Schedule<PromoInvocable>().EveryThirtyMinutes();
    }
}
" + Invocables;
            const string fixedSource = @"
using Bots;
using Coravel.Scheduling.Schedule.Interfaces;

public static class Setup
{
    public static void Configure(IScheduler scheduler)
    {
        scheduler.ScheduleInvocableType(typeof(PromoInvocable)).EveryThirtyMinutes();
        scheduler.Schedule<PromoInvocable>().EveryThirtyMinutes();
    }
}
" + Invocables;
            await CodeFixAsync(source, fixedSource, "social_automation.min_posting_interval_minutes = 20", Libraries.Coravel, Libraries.TelegramBot);
        }
    }
}
