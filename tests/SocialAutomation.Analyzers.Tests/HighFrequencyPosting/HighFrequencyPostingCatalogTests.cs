using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Text;
using SocialAutomation.Analyzers.Catalog;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SocialAutomation.Analyzers.Tests.HighFrequencyPosting
{
    /// <summary>The <c>interval=</c> catalog option from a user's point of view, and code SMA009 must survive.</summary>
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
            var test = Verify<Rules.HighFrequencyPostingAnalyzer, CodeFixes.HighFrequencyPostingCodeFixProvider>.Test(
                template.Replace("COUNT", "{|SMA009:2|}"), template.Replace("COUNT", "15"), Libraries.TelegramBot);
            test.CodeActionEquivalenceKey = CodeFixes.HighFrequencyPostingCodeFixProvider.UseMinimumIntervalKey;

            // Every.Minute(work) stays reported: no sibling takes the work argument, so there is no fix for it.
            test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
            test.TestState.AdditionalFiles.Add(("/SocialApis.txt", HighFrequencyPostingVerify.TelegramCatalog));
            test.TestState.AdditionalFiles.Add(("/SocialApis.Scheduler.txt",
                "schedule M:MyBot.Every.Minutes interval=minutes*1m\n" +
                "schedule M:MyBot.Every.Minute interval=1m\n"));
            await test.RunAsync();
        }

        [Fact]
        public void MalformedIntervalOption_IsAProblemAtItsLine()
        {
            var source = new CatalogSource("/SocialApis.txt", SourceText.From("schedule M:MyBot.Every.Minute interval=1m\nschedule M:MyBot.Every.Minutes interval=5x\n"), isUserCatalog: true);
            var entries = new List<CatalogEntry>();
            var problems = new List<CatalogProblem>();

            CatalogParser.Parse(source, entries, problems, CancellationToken.None);

            Assert.Single(entries);
            Assert.Equal(System.TimeSpan.FromMinutes(1), entries[0].Interval!.Duration);
            var problem = Assert.Single(problems);
            Assert.Equal(CatalogProblemKind.UnknownOption, problem.Kind);
            Assert.Equal(1, problem.Line);
            Assert.Contains("5x", problem.Detail);
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
            var test = Verify<Rules.HighFrequencyPostingAnalyzer>.Test(source, Libraries.HangfireCore, Libraries.TelegramBot);
            test.TestState.AdditionalFiles.Add(("/SocialApis.txt", HighFrequencyPostingVerify.TelegramCatalog));
            await test.RunAsync();
        }
    }
}
