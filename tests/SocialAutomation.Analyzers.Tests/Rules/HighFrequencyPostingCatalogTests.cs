using System.Threading.Tasks;
using SocialAutomation.Analyzers.CodeFixes;
using SocialAutomation.Analyzers.Rules;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SocialAutomation.Analyzers.Tests.Rules
{
    /// <summary>SMA009 with a user's own scheduler described by the <c>interval=</c> catalog option, and broken code.</summary>
    public class HighFrequencyPostingCatalogTests
    {
        [Fact]
        public async Task UserSchedulerDescribedInTheCatalog_IsFlaggedAndFixedWithoutDroppingArguments()
        {
            const string template = @"
using System;
using System.Threading.Tasks;
using Telegram.Bot;

namespace MyBot
{
    public static class Every
    {
        public static void Minutes(int minutes, Func<Task> work) { }
        public static void Minute(Func<Task> work) { }
    }

    public static class Setup
    {
        public static void Run(ITelegramBotClient bot)
        {
            Every.Minutes(COUNT, () => bot.SendMessage(""@deals"", ""Deal""));
            Every.{|SMA009:Minute|}(() => bot.SendMessage(""@deals"", ""Deal""));
        }
    }
}
";
            var test = Verify<HighFrequencyPostingAnalyzer, HighFrequencyPostingCodeFixProvider>.Test(
                template.Replace("COUNT", "{|SMA009:2|}"), template.Replace("COUNT", "15"), Libraries.TelegramBot);
            test.CodeActionEquivalenceKey = HighFrequencyPostingCodeFixProvider.UseMinimumIntervalKey;

            // Every.Minute(work) stays reported: no sibling takes the work argument, so there is no fix for it.
            test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
            test.TestState.AdditionalFiles.Add(("/SocialApis.Scheduler.txt",
                "schedule M:MyBot.Every.Minutes interval=minutes*1m\n" +
                "schedule M:MyBot.Every.Minute interval=1m\n"));
            await test.RunAsync();
        }

        [Fact]
        public async Task InvalidMinimum_FallsBackToFifteenMinutesWithSma904()
        {
            const string source = @"
using Bots;
using Hangfire;

public static class Jobs
{
    public static void Register() => RecurringJob.AddOrUpdate<Poster>(""promo"", p => p.PostAsync(), {|#0:""*/5 * * * *""|});
}

namespace Bots
{
    public class Poster
    {
        private readonly Telegram.Bot.ITelegramBotClient _bot;
        public Poster(Telegram.Bot.ITelegramBotClient bot) => _bot = bot;
        public System.Threading.Tasks.Task PostAsync() => Telegram.Bot.TelegramBotClientExtensions.SendMessage(_bot, ""@deals"", ""Deal"");
    }
}
";
            var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<ConfigurationDiagnosticsAnalyzer, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
            {
                TestCode = source,
                ReferenceAssemblies = Libraries.Net80,
            };
            test.TestState.AdditionalReferences.AddRange(new[] { Libraries.HangfireCore, Libraries.TelegramBot });
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*]\nsocial_automation.min_posting_interval_minutes = 0\n"));
            test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Descriptors.InvalidOptionValue)
                .WithArguments("social_automation.min_posting_interval_minutes", "0", 15));
            await test.RunAsync();

            await HighFrequencyPostingVerify.AnalyzerAsync(source.Replace("{|#0:", "{|SMA009:"), "social_automation.min_posting_interval_minutes = 0",
                Libraries.HangfireCore, Libraries.TelegramBot);
        }

        [Fact]
        public async Task BrokenCode_IsToleratedWithoutReports()
        {
            const string source = @"
using System;
using Hangfire;
using Telegram.Bot;

public static class Jobs
{
    public static void Register(ITelegramBotClient bot)
    {
        RecurringJob.AddOrUpdate<{|CS0246:Missing|}>(""a"", m => m.Run(), ""* * * * *"");
        RecurringJob.AddOrUpdate(""b"", () => {|CS0103:Undefined|}(), ""* * * * *"");
        var timer = new System.Threading.Timer({|CS0103:Nowhere|}, null, 0, 1000);
        RecurringJob.AddOrUpdate(""c"", () => Console.WriteLine(), ""not a cron"");
    }
}
";
            var test = Verify<HighFrequencyPostingAnalyzer>.Test(source, Libraries.HangfireCore, Libraries.TelegramBot);
            await test.RunAsync();
        }
    }
}
