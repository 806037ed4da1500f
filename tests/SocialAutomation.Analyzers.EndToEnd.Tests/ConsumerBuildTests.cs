using System.Linq;
using SocialAutomation.Analyzers.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace SocialAutomation.Analyzers.EndToEnd.Tests
{
    /// <summary>
    /// What a user of the package sees from the command line: the warning with file and line, -warnaserror,
    /// .editorconfig severities, the category switch and the presets. The code is the TelegramWelcomeBot sample: one
    /// automatic welcome DM (SMA001) and a reply-driven part that no rule may flag.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public sealed class ConsumerBuildTests
    {
        private const string WelcomeDirectMessage = "await bot.SendMessage(member.Id,";

        private readonly PackedPackage _package;

        public ConsumerBuildTests(PackedPackage package)
        {
            _package = package;
        }

        [Fact]
        public void Build_warns_SMA001_at_the_welcome_direct_message_and_nowhere_else()
        {
            var build = _package.DefaultBuild;

            Assert.True(build.Result.Succeeded, build.Describe());
            var sma001 = Assert.Single(build.WithId("SMA001"));
            Assert.Equal(ConsumerProject.SourceFileName, sma001.FileName);
            Assert.Equal(_package.SharedConsumer.LineOf(WelcomeDirectMessage), sma001.Line);
            Assert.Equal("warning", sma001.Severity);
            Assert.Contains("NewChatMembers", sma001.Message);
        }

        [Fact]
        public void Reply_driven_code_gets_no_SocialAutomation_diagnostic()
        {
            var build = _package.DefaultBuild;
            var source = _package.SharedConsumer;

            var answerCall = source.LineOf("await AnswerAsync(");
            var answerStart = source.LineOf("Task AnswerAsync(");
            var answerEnd = source.LineOf("Task HandleErrorAsync(");
            var inReplyCode = build.SocialAutomationDiagnostics
                .Where(d => d.FileName == ConsumerProject.SourceFileName)
                .Where(d => d.Line == answerCall || (d.Line >= answerStart && d.Line < answerEnd))
                .ToList();
            Assert.True(build.Result.Succeeded, build.Describe());
            Assert.True(inReplyCode.Count == 0, "Reply-driven code was flagged:\n" + BuildDiagnostic.Describe(inReplyCode));
        }

        [Fact]
        public void User_catalog_problem_is_reported_at_its_file_and_line()
        {
            var build = _package.DefaultBuild;

            var problem = Assert.Single(build.WithId("SMA902"));
            Assert.Equal(ConsumerProject.CatalogFileName, problem.FileName);
            Assert.Equal(2, problem.Line);
            Assert.Equal("warning", problem.Severity);
        }

        [Fact]
        public void Warnaserror_fails_the_build_on_SMA001()
        {
            var build = _package.SharedConsumer.Rebuild("-warnaserror");

            Assert.False(build.Result.Succeeded, build.Describe());
            var sma001 = Assert.Single(build.WithId("SMA001"));
            Assert.Equal("error", sma001.Severity);
            Assert.Equal(_package.SharedConsumer.LineOf(WelcomeDirectMessage), sma001.Line);
        }

        [Fact]
        public void Preset_none_turns_every_rule_off()
        {
            var build = _package.SharedConsumer.Rebuild("-warnaserror", "-p:SocialAutomationAnalysisMode=none");

            Assert.True(build.Result.Succeeded, build.Describe());
            Assert.Empty(build.SocialAutomationDiagnostics);
        }

        [Fact]
        public void Preset_strict_makes_every_rule_an_error()
        {
            var build = _package.SharedConsumer.Rebuild("-p:SocialAutomationAnalysisMode=strict");

            Assert.False(build.Result.Succeeded, build.Describe());
            Assert.Equal("error", Assert.Single(build.WithId("SMA001")).Severity);
            Assert.Equal("error", Assert.Single(build.WithId("SMA902")).Severity);
            Assert.All(build.SocialAutomationDiagnostics, d => Assert.Equal("error", d.Severity));
        }

        [Fact]
        public void Unknown_preset_warns_and_keeps_the_defaults()
        {
            var build = _package.SharedConsumer.Rebuild("-p:SocialAutomationAnalysisMode=strcit");

            Assert.True(build.Result.Succeeded, build.Describe());
            Assert.Contains("SocialAutomationAnalysisMode 'strcit' is not one of none, default, strict", build.Result.Output);
            Assert.Equal("warning", Assert.Single(build.WithId("SMA001")).Severity);
        }

        [Fact]
        public void Editorconfig_severity_none_silences_SMA001_only()
        {
            var project = ConsumerProject.Create(_package, "editorconfig-none");
            project.WriteFile(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.SMA001.severity = none\n");

            var build = project.Build();

            Assert.True(build.Result.Succeeded, build.Describe());
            Assert.Empty(build.WithId("SMA001"));
            Assert.Single(build.WithId("SMA902"));
        }

        /// <summary>
        /// The category line reaches every diagnostic in C# files. (The compiler does not apply category severities
        /// to diagnostics in AdditionalFiles such as SocialApis.txt; the per-ID entries of the presets do.)
        /// </summary>
        [Fact]
        public void Category_severity_makes_every_SocialAutomation_diagnostic_in_code_an_error()
        {
            var project = ConsumerProject.Create(_package, "category-editorconfig");
            project.WriteFile(".editorconfig", "root = true\n\n[*.cs]\ndotnet_analyzer_diagnostic.category-SocialAutomation.severity = error\n");

            var build = project.Build();

            Assert.False(build.Result.Succeeded, build.Describe());
            Assert.Equal("error", Assert.Single(build.WithId("SMA001")).Severity);
            Assert.All(build.InFile(ConsumerProject.SourceFileName).Where(d => d.IsSocialAutomation), d => Assert.Equal("error", d.Severity));
        }

        [Fact]
        public void Preset_set_in_the_project_file_applies_and_editorconfig_wins_over_it()
        {
            var project = ConsumerProject.Create(_package, "preset-in-project");
            project.SetProperty("SocialAutomationAnalysisMode", "strict");
            project.WriteFile(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.SMA001.severity = suggestion\n");

            var build = project.Build();

            Assert.True(build.WithId("SMA001").IsEmpty, "SMA001 set to suggestion in .editorconfig still shows:\n" + build.Describe());
            Assert.Equal("error", Assert.Single(build.WithId("SMA902")).Severity);
        }
    }
}
