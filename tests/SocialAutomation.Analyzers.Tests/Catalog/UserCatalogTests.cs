using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SocialAutomation.Analyzers.Rules;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SocialAutomation.Analyzers.Tests.Catalog
{
    public class UserCatalogTests
    {
        private const string WrapperBot = @"
using System.Threading.Tasks;
using Discord.WebSocket;

namespace MyBot
{
    public class Messenger
    {
        public Task SendPrivateAsync(ulong userId, string text) => Task.CompletedTask;
    }

    class Bot
    {
        void Wire(DiscordSocketClient client, Messenger messenger)
        {
            client.UserJoined += user => MARK;
        }
    }
}";

        [Fact]
        public async Task A_team_wrapper_listed_in_SocialApis_txt_is_analysed_like_the_library_call()
        {
            var test = Verify<AutoDirectMessageOnFollowAnalyzer>.Test(
                WrapperBot.Replace("MARK", "{|SMA001:messenger.SendPrivateAsync(user.Id, \"hi\")|}"), Libraries.Stub("DiscordNet"));
            test.TestState.AdditionalFiles.Add(("/SocialApis.txt", "// our wrapper around the Discord REST API\ndm-send M:MyBot.Messenger.SendPrivateAsync\n"));
            await test.RunAsync();
        }

        [Fact]
        public Task Without_the_catalog_entry_the_wrapper_is_not_a_DM()
            => Verify<AutoDirectMessageOnFollowAnalyzer>.AnalyzerAsync(
                WrapperBot.Replace("MARK", "messenger.SendPrivateAsync(user.Id, \"hi\")"), Libraries.Stub("DiscordNet"));

        [Fact]
        public async Task Bad_lines_and_unresolved_symbols_are_reported_at_their_file_and_line()
        {
            var test = Verify<ConfigurationDiagnosticsAnalyzer>.Test("class C { }");
            test.TestState.AdditionalFiles.Add(("/SocialApis.txt",
                "dm-send M:Nowhere.Messenger.Send\n" +
                "shout M:System.Console.WriteLine\n" +
                "dm-send\n" +
                "send M:System.Console.WriteLine colour=blue\n" +
                "send M:System.Console.WriteLine\n"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.CatalogUnresolvedSymbol).WithSpan("/SocialApis.txt", 1, 1, 1, 33)
                .WithArguments("'M:Nowhere.Messenger.Send' matches no symbol in this compilation or its references"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.CatalogUnknownRoleOrOption).WithSpan("/SocialApis.txt", 2, 1, 2, 33)
                .WithArguments("unknown role 'shout'"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.CatalogMalformedLine).WithSpan("/SocialApis.txt", 3, 1, 3, 8)
                .WithArguments("expected 'role symbol-id [option ...]'"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.CatalogUnknownRoleOrOption).WithSpan("/SocialApis.txt", 4, 1, 4, 44)
                .WithArguments("unknown option 'colour' (expected recipient=, content=, address=, header=, receiver=, interval= or if:PARAM=)"));
            await test.RunAsync();
        }

        [Fact]
        public async Task An_invalid_option_value_falls_back_to_the_default_with_a_diagnostic()
        {
            var test = Verify<ConfigurationDiagnosticsAnalyzer>.Test("class C { }");
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*]\nsocial_automation.max_call_depth = deep\n"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.InvalidOptionValue).WithArguments("social_automation.max_call_depth", "deep", 3));
            await test.RunAsync();
        }
    }
}
