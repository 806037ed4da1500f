using System.Threading.Tasks;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;
using static SocialAutomation.Analyzers.Tests.Rules.HighFrequencyPostingVerify;

namespace SocialAutomation.Analyzers.Tests.Rules
{
    public class HighFrequencyPostingQuartzTests
    {
        private const string Jobs = @"
namespace Bots
{
    using System.Threading;
    using System.Threading.Tasks;
    using Quartz;
    using Telegram.Bot;

    public class PromoJob : IJob
    {
        private readonly ITelegramBotClient _bot;
        public PromoJob(ITelegramBotClient bot) => _bot = bot;

        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            await _bot.SendMessage(-100123, ""Today's deal!"", cancellationToken: cancellationToken);
        }
    }

    public class CacheCleanupJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => default;
    }
}
";

        [Fact]
        public async Task JobAndTriggerPassedToScheduleJob_SimpleScheduleTimeSpan_IsFlaggedAndFixed()
        {
            const string source = @"
using System;
using System.Threading.Tasks;
using Bots;
using Quartz;

public static class Setup
{
    public static async Task RunAsync(IScheduler scheduler)
    {
        IJobDetail job = JobBuilder.Create<PromoJob>().WithIdentity(""promo"").Build();
        ITrigger trigger = TriggerBuilder.Create()
            .WithIdentity(""promo-trigger"")
            .StartNow()
            .WithSimpleSchedule({|SMA009:TimeSpan.FromMinutes(1)|}, null)
            .Build();
        await scheduler.ScheduleJob(job, trigger);
    }
}
" + Jobs;
            const string fixedSource = @"
using System;
using System.Threading.Tasks;
using Bots;
using Quartz;

public static class Setup
{
    public static async Task RunAsync(IScheduler scheduler)
    {
        IJobDetail job = JobBuilder.Create<PromoJob>().WithIdentity(""promo"").Build();
        ITrigger trigger = TriggerBuilder.Create()
            .WithIdentity(""promo-trigger"")
            .StartNow()
            .WithSimpleSchedule(TimeSpan.FromMinutes(15), null)
            .Build();
        await scheduler.ScheduleJob(job, trigger);
    }
}
" + Jobs;
            await CodeFixAsync(source, fixedSource, Libraries.Quartz, Libraries.TelegramBot);
        }

        [Fact]
        public async Task SimpleScheduleBuilderInterval_AndTriggerForJob_AreFlagged()
        {
            const string source = @"
using System;
using System.Threading.Tasks;
using Bots;
using Quartz;

public static class Setup
{
    public static async Task RunAsync(IScheduler scheduler)
    {
        var job = JobBuilder.Create<PromoJob>().Build();
        await scheduler.ScheduleJob(TriggerBuilder.Create()
            .ForJob(job)
            .WithSimpleSchedule(x => x.WithInterval({|SMA009:new TimeSpan(0, 0, 30)|}).RepeatForever())
            .Build());
    }
}
" + Jobs;
            const string fixedSource = @"
using System;
using System.Threading.Tasks;
using Bots;
using Quartz;

public static class Setup
{
    public static async Task RunAsync(IScheduler scheduler)
    {
        var job = JobBuilder.Create<PromoJob>().Build();
        await scheduler.ScheduleJob(TriggerBuilder.Create()
            .ForJob(job)
            .WithSimpleSchedule(x => x.WithInterval(TimeSpan.FromMinutes(15)).RepeatForever())
            .Build());
    }
}
" + Jobs;
            await CodeFixAsync(source, fixedSource, Libraries.Quartz, Libraries.TelegramBot);
        }

        [Fact]
        public async Task CronTriggerWithSecondsField_IsFlaggedAndKeepsTheDayFields()
        {
            const string source = @"
using System.Threading.Tasks;
using Bots;
using Quartz;

public static class Setup
{
    public static async Task RunAsync(IScheduler scheduler)
    {
        await scheduler.ScheduleJob(
            JobBuilder.Create<PromoJob>().Build(),
            TriggerBuilder.Create().WithCronSchedule({|SMA009:""0/10 * * ? * MON-FRI""|}).Build());
        await scheduler.ScheduleJob(
            JobBuilder.Create<PromoJob>().Build(),
            TriggerBuilder.Create().WithSchedule(CronScheduleBuilder.Create({|SMA009:""0 */5 9-17 * * ?""|})).Build());
    }
}
" + Jobs;
            const string fixedSource = @"
using System.Threading.Tasks;
using Bots;
using Quartz;

public static class Setup
{
    public static async Task RunAsync(IScheduler scheduler)
    {
        await scheduler.ScheduleJob(
            JobBuilder.Create<PromoJob>().Build(),
            TriggerBuilder.Create().WithCronSchedule(""0 */15 * ? * MON-FRI"").Build());
        await scheduler.ScheduleJob(
            JobBuilder.Create<PromoJob>().Build(),
            TriggerBuilder.Create().WithSchedule(CronScheduleBuilder.Create(""0 */15 9-17 * * ?"")).Build());
    }
}
" + Jobs;
            await CodeFixAsync(source, fixedSource, Libraries.Quartz, Libraries.TelegramBot);
        }

        [Fact]
        public async Task DependencyInjectionForms_AreFlagged()
        {
            const string source = @"
using System;
using Bots;
using Quartz;

public static class Setup
{
    public static void Configure(IQuartzBuilder q)
    {
        q.ScheduleJob<PromoJob>(trigger => trigger.WithCronSchedule({|SMA009:""0 * * * * ?""|}));

        var promoKey = new JobKey(""promo"");
        q.AddJob<PromoJob>(job => job.WithIdentity(promoKey));
        q.AddTrigger(trigger => trigger
            .ForJob(promoKey)
            .WithSimpleSchedule({|SMA009:TimeSpan.FromSeconds(20)|}, null));
    }
}
" + Jobs;
            await AnalyzerAsync(source, Libraries.Quartz, Libraries.TelegramBot, DependencyInjection);
        }

        [Fact]
        public async Task CleanupJobsHourlyTriggersAndConfiguredCron_AreNotFlagged()
        {
            const string source = @"
using System;
using System.Threading.Tasks;
using Bots;
using Quartz;

public static class Setup
{
    public static async Task RunAsync(IScheduler scheduler, Func<string, string> config)
    {
        var cleanup = JobBuilder.Create<CacheCleanupJob>().Build();
        var cleanupTrigger = TriggerBuilder.Create().WithSimpleSchedule(TimeSpan.FromSeconds(10), null).Build();
        await scheduler.ScheduleJob(cleanup, cleanupTrigger);

        var promo = JobBuilder.Create<PromoJob>().Build();
        var hourly = TriggerBuilder.Create().WithCronSchedule(""0 0 * * * ?"").Build();
        await scheduler.ScheduleJob(promo, hourly);

        var configured = TriggerBuilder.Create().WithCronSchedule(config(""PromoCron"")).Build();
        await scheduler.ScheduleJob(JobBuilder.Create<PromoJob>().Build(), configured);
    }

    public static void Configure(IQuartzBuilder q)
    {
        var cleanupKey = new JobKey(""cleanup"");
        q.AddJob<CacheCleanupJob>(job => job.WithIdentity(cleanupKey));
        q.AddTrigger(trigger => trigger.ForJob(cleanupKey).WithCronSchedule(""0/5 * * * * ?""));
        q.ScheduleJob<PromoJob>(trigger => trigger.WithSimpleSchedule(TimeSpan.FromHours(6), null));
    }
}
" + Jobs;
            await AnalyzerAsync(source, Libraries.Quartz, Libraries.TelegramBot, DependencyInjection);
        }

        private static Microsoft.CodeAnalysis.MetadataReference DependencyInjection
            => Libraries.FromType("Microsoft.Extensions.DependencyInjection.IServiceCollection, Microsoft.Extensions.DependencyInjection.Abstractions");
    }
}
