using System.Threading.Tasks;
using SocialAutomation.Analyzers.Rules;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;
using static SocialAutomation.Analyzers.Tests.Rules.HighFrequencyPostingVerify;

namespace SocialAutomation.Analyzers.Tests.Rules
{
    public class HighFrequencyPostingHangfireTests
    {
        private const string Poster = @"
namespace Bots
{
    using System.Threading.Tasks;
    using Telegram.Bot;

    public class Poster
    {
        private readonly ITelegramBotClient _bot;
        public Poster(ITelegramBotClient bot) => _bot = bot;
        public Task PostAsync() => Announce(""Check out our product!"");
        private Task Announce(string text) => _bot.SendMessage(-100123, text);
        public void CleanUp() { }
    }
}
";

        [Fact]
        public async Task GenericRecurringJobWithCronLiteral_IsFlaggedAndFixed()
        {
            const string source = @"
using Bots;
using Hangfire;

public static class Jobs
{
    public static void Register()
    {
        RecurringJob.AddOrUpdate<Poster>(""promo"", p => p.PostAsync(), {|SMA009:""*/1 * * * *""|});
    }
}
" + Poster;
            const string fixedSource = @"
using Bots;
using Hangfire;

public static class Jobs
{
    public static void Register()
    {
        RecurringJob.AddOrUpdate<Poster>(""promo"", p => p.PostAsync(), ""*/15 * * * *"");
    }
}
" + Poster;
            await CodeFixAsync(source, fixedSource, Libraries.HangfireCore, Libraries.TelegramBot);
        }

        [Fact]
        public async Task CronHelperCall_IsFlaggedAndReplacedByMinuteInterval()
        {
            const string source = @"
using Bots;
using Hangfire;

public static class Jobs
{
    public static void Register(Poster poster)
    {
        RecurringJob.AddOrUpdate(""promo"", () => poster.PostAsync(), {|SMA009:Cron.Minutely()|});
        RecurringJob.AddOrUpdate(""promo2"", () => poster.PostAsync(), {|SMA009:Hangfire.Cron.MinuteInterval(5)|});
    }
}
" + Poster;
            const string fixedSource = @"
using Bots;
using Hangfire;

public static class Jobs
{
    public static void Register(Poster poster)
    {
        RecurringJob.AddOrUpdate(""promo"", () => poster.PostAsync(), Cron.MinuteInterval(15));
        RecurringJob.AddOrUpdate(""promo2"", () => poster.PostAsync(), Hangfire.Cron.MinuteInterval(15));
    }
}
" + Poster;
            await CodeFixAsync(source, fixedSource, Libraries.HangfireCore, Libraries.TelegramBot);
        }

        [Fact]
        public async Task CronHelperMethodGroup_IsFlaggedAndKeepsAFunc()
        {
            const string source = @"
using Bots;
using Hangfire;

public static class Jobs
{
    public static void Register()
    {
        RecurringJob.AddOrUpdate<Poster>(""promo"", p => p.PostAsync(), {|SMA009:Cron.Minutely|});
    }
}
" + Poster;
            const string fixedSource = @"
using Bots;
using Hangfire;

public static class Jobs
{
    public static void Register()
    {
        RecurringJob.AddOrUpdate<Poster>(""promo"", p => p.PostAsync(), () => Cron.MinuteInterval(15));
    }
}
" + Poster;
            await CodeFixAsync(source, fixedSource, Libraries.HangfireCore, Libraries.TelegramBot);
        }

        [Fact]
        public async Task IntervalKeptInALocalOrConstant_IsReportedOnceWithoutAFix()
        {
            const string source = @"
using Bots;
using Hangfire;

public static class Jobs
{
    private const string EveryTwoMinutes = ""*/2 * * * *"";

    public static void Register()
    {
        var cron = Cron.Minutely();
        RecurringJob.AddOrUpdate<Poster>(""promo"", p => p.PostAsync(), {|SMA009:cron|});
        RecurringJob.AddOrUpdate<Poster>(""promo2"", p => p.PostAsync(), {|SMA009:EveryTwoMinutes|});
    }
}
" + Poster;
            await CodeFixAsync(source, source, Libraries.HangfireCore, Libraries.TelegramBot);
        }

        [Fact]
        public async Task RecurringJobManager_ExtensionAndInterfaceForms_AreFlagged()
        {
            const string source = @"
using Bots;
using Hangfire;
using Hangfire.Common;

public static class Jobs
{
    public static void Register(IRecurringJobManager manager)
    {
        manager.AddOrUpdate<Poster>(""promo"", p => p.PostAsync(), {|SMA009:Cron.MinuteInterval(5)|});
        manager.AddOrUpdate(""promo-job"", Job.FromExpression<Poster>(p => p.PostAsync()), {|SMA009:""*/2 * * * *""|}, new RecurringJobOptions());
    }
}
" + Poster;
            await AnalyzerAsync(source, Libraries.HangfireCore, Libraries.TelegramBot);
        }

        [Fact]
        public async Task SixFieldCronWithSeconds_IsFlaggedWithItsShortestGap()
        {
            const string source = @"
using Bots;
using Hangfire;

public static class Jobs
{
    public static void Register(Poster poster)
    {
        RecurringJob.AddOrUpdate(""promo"", () => poster.PostAsync(), {|#0:""*/30 * * * * *""|});
    }
}
" + Poster;
            var test = Verify<HighFrequencyPostingAnalyzer>.Test(source, Libraries.HangfireCore, Libraries.TelegramBot);
            test.ExpectedDiagnostics.Add(Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerWarning("SMA009").WithLocation(0)
                .WithArguments("30 seconds", "15 minutes", "TelegramBotClientExtensions.SendMessage"));
            await test.RunAsync();
        }

        [Fact]
        public async Task DailyHourlyCleanupConfiguredAndPollingJobs_AreNotFlagged()
        {
            const string source = @"
using System.Threading.Tasks;
using Bots;
using Hangfire;
using Telegram.Bot;

public class Replier
{
    private readonly ITelegramBotClient _bot;
    public Replier(ITelegramBotClient bot) => _bot = bot;

    // Polls what people wrote and answers each of them: reply-driven, however often it runs.
    public async Task AnswerAsync()
    {
        foreach (var update in await _bot.GetUpdates())
        {
            await _bot.SendMessage(update.Message!.Chat, ""Thanks for your message"");
        }
    }
}

public static class Jobs
{
    public static void Register(System.Func<string, string> config)
    {
        RecurringJob.AddOrUpdate<Poster>(""daily"", p => p.PostAsync(), Cron.Daily());
        RecurringJob.AddOrUpdate<Poster>(""hourly"", p => p.PostAsync(), ""0 * * * *"");
        RecurringJob.AddOrUpdate<Poster>(""cleanup"", p => p.CleanUp(), Cron.Minutely());
        RecurringJob.AddOrUpdate<Poster>(""configured"", p => p.PostAsync(), config(""PromoCron""));
        RecurringJob.AddOrUpdate<Replier>(""answers"", r => r.AnswerAsync(), ""* * * * *"");
        RecurringJob.AddOrUpdate<Poster>(""never"", p => p.PostAsync(), Cron.Never());
    }
}
" + Poster;
            await AnalyzerAsync(source, Libraries.HangfireCore, Libraries.TelegramBot);
        }

        [Fact]
        public async Task MinimumFromEditorConfig_ChangesWhatIsFlaggedAndTheFix()
        {
            const string source = @"
using Bots;
using Hangfire;

public static class Jobs
{
    public static void Register()
    {
        RecurringJob.AddOrUpdate<Poster>(""half-hourly"", p => p.PostAsync(), {|SMA009:""*/30 * * * *""|});
        RecurringJob.AddOrUpdate<Poster>(""hourly"", p => p.PostAsync(), ""0 * * * *"");
    }
}
" + Poster;
            const string fixedSource = @"
using Bots;
using Hangfire;

public static class Jobs
{
    public static void Register()
    {
        RecurringJob.AddOrUpdate<Poster>(""half-hourly"", p => p.PostAsync(), ""0 * * * *"");
        RecurringJob.AddOrUpdate<Poster>(""hourly"", p => p.PostAsync(), ""0 * * * *"");
    }
}
" + Poster;
            await CodeFixAsync(source, fixedSource, "social_automation.min_posting_interval_minutes = 60", Libraries.HangfireCore, Libraries.TelegramBot);
            await AnalyzerAsync(source.Replace("{|SMA009:", string.Empty).Replace("\"|}", "\""), "social_automation.min_posting_interval_minutes = 5",
                Libraries.HangfireCore, Libraries.TelegramBot);
        }

        [Fact]
        public async Task WithoutAPostingLibrary_NothingIsReported()
        {
            const string source = @"
using Hangfire;

public class Reporter { public void Run() { System.Console.WriteLine(""tick""); } }

public static class Jobs
{
    public static void Register() => RecurringJob.AddOrUpdate<Reporter>(""tick"", r => r.Run(), Cron.Minutely());
}
";
            await Verify<HighFrequencyPostingAnalyzer>.AnalyzerAsync(source, Libraries.HangfireCore);
        }
    }
}
