using System.Linq;
using SocialAutomation.Analyzers.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace SocialAutomation.Analyzers.EndToEnd.Tests
{
    /// <summary>
    /// What a user of the package sees from the command line: the warning, -warnaserror, .editorconfig severities,
    /// the category switch and the presets. The project is the TelegramWelcomeBot sample: one automatic welcome DM
    /// (SMA001) and a reply-driven part that no rule may flag.
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
            var project = ConsumerProject.Create(_package, "default-build");

            var build = project.Build();

            Assert.True(build.Result.Succeeded, build.Describe());
            var sma001 = Assert.Single(build.WithId("SMA001"));
            Assert.Equal(ConsumerProject.SourceFileName, sma001.FileName);
            Assert.Equal(project.LineOf(WelcomeDirectMessage), sma001.Line);
            Assert.Equal("warning", sma001.Severity);
            Assert.Contains("NewChatMembers", sma001.Message);
        }

        [Fact]
        public void Reply_driven_code_gets_no_SocialAutomation_diagnostic()
        {
            var project = ConsumerProject.Create(_package, "reply-driven");

            var build = project.Build();

            Assert.True(build.Result.Succeeded, build.Describe());
            var answerStart = project.LineOf("Task AnswerAsync(");
            var answerEnd = project.LineOf("Task HandleErrorAsync(");
            var answerCall = project.LineOf("await AnswerAsync(");
            var inReplyCode = build.SocialAutomationDiagnostics
                .Where(d => d.Line == answerCall || (d.Line >= answerStart && d.Line < answerEnd))
                .ToList();
            Assert.True(inReplyCode.Count == 0, "Reply-driven code was flagged:\n" + BuildDiagnostic.Describe(inReplyCode));
        }

        [Fact]
        public void Warnaserror_fails_the_build_on_SMA001()
        {
            var project = ConsumerProject.Create(_package, "warnaserror");

            var build = project.Build("-warnaserror");

            Assert.False(build.Result.Succeeded, build.Describe());
            var sma001 = Assert.Single(build.WithId("SMA001"));
            Assert.Equal("error", sma001.Severity);
            Assert.Equal(project.LineOf(WelcomeDirectMessage), sma001.Line);
        }

        [Fact]
        public void Editorconfig_severity_none_silences_SMA001()
        {
            var project = ConsumerProject.Create(_package, "editorconfig-none");
            project.WriteFile(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.SMA001.severity = none\n");

            var build = project.Build();

            Assert.True(build.Result.Succeeded, build.Describe());
            Assert.Empty(build.WithId("SMA001"));
        }

        [Fact]
        public void Category_severity_error_turns_every_SocialAutomation_warning_into_an_error()
        {
            var project = ConsumerProject.Create(_package, "category-error");
            project.WriteFile(".editorconfig", "root = true\n\n[*.cs]\ndotnet_analyzer_diagnostic.category-SocialAutomation.severity = error\n");

            var build = project.Build();

            Assert.False(build.Result.Succeeded, build.Describe());
            Assert.Equal("error", Assert.Single(build.WithId("SMA001")).Severity);
            Assert.All(build.SocialAutomationDiagnostics, d => Assert.Equal("error", d.Severity));
        }

        [Fact]
        public void Preset_none_turns_every_rule_off()
        {
            var project = ConsumerProject.Create(_package, "preset-none");

            var build = project.Build("-warnaserror", "-p:SocialAutomationAnalysisMode=none");

            Assert.True(build.Result.Succeeded, build.Describe());
            Assert.Empty(build.SocialAutomationDiagnostics);
        }

        [Fact]
        public void Preset_strict_makes_every_rule_an_error()
        {
            var project = ConsumerProject.Create(_package, "preset-strict");

            var build = project.Build("-p:SocialAutomationAnalysisMode=strict");

            Assert.False(build.Result.Succeeded, build.Describe());
            Assert.Equal("error", Assert.Single(build.WithId("SMA001")).Severity);
            Assert.All(build.SocialAutomationDiagnostics, d => Assert.Equal("error", d.Severity));
        }

        [Fact]
        public void Preset_set_in_the_project_file_works_and_editorconfig_still_wins_over_it()
        {
            var project = ConsumerProject.Create(_package, "preset-in-project");
            var projectText = System.IO.File.ReadAllText(project.ProjectFile)
                .Replace("<Nullable>enable</Nullable>", "<Nullable>enable</Nullable>\n    <SocialAutomationAnalysisMode>strict</SocialAutomationAnalysisMode>");
            project.WriteFile("WelcomeBot.csproj", projectText);

            var strict = project.Build();
            project.WriteFile(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.SMA001.severity = suggestion\n");
            var overridden = project.Build();

            Assert.Equal("error", Assert.Single(strict.WithId("SMA001")).Severity);
            Assert.True(overridden.WithId("SMA001").IsEmpty, "SMA001 set to suggestion in .editorconfig still shows:\n" + overridden.Describe());
        }

        [Fact]
        public void Unknown_preset_warns_and_keeps_the_defaults()
        {
            var project = ConsumerProject.Create(_package, "preset-unknown");

            var build = project.Build("-p:SocialAutomationAnalysisMode=strcit");

            Assert.True(build.Result.Succeeded, build.Describe());
            Assert.Contains("SocialAutomationAnalysisMode 'strcit' is not one of none, default, strict", build.Result.Output);
            Assert.Equal("warning", Assert.Single(build.WithId("SMA001")).Severity);
        }
    }
}
