using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SocialAutomation.Analyzers.Lsp.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SocialAutomation.Analyzers.Lsp.Tests
{
    /// <summary>
    /// The package in an editor: csharp-ls (the pinned local tool) runs the analyzers of a fresh Telegram bot
    /// project, and the tests speak LSP to it as an editor would.
    /// </summary>
    public sealed class LanguageServerTests : IClassFixture<EditorSession>
    {
        private const string DirectMessageToNewMember = "bot.SendMessage(member.Id, \"Welcome!\")";

        private readonly EditorSession session;
        private readonly ITestOutputHelper output;

        public LanguageServerTests(EditorSession session, ITestOutputHelper output)
        {
            this.session = session;
            this.output = output;
        }

        [Fact]
        public Task Opening_a_bot_that_DMs_new_members_underlines_the_send_with_SMA001() => session.RecordedAsync(output, async () =>
        {
            var uri = await session.OpenAsync("WelcomeBot.cs");
            var text = session.Bot.Read("WelcomeBot.cs");

            var diagnostic = SingleSma001(await session.Server.PullDiagnosticsAsync(uri));

            Assert.Equal(SourceText.RangeOf(text, DirectMessageToNewMember), diagnostic.Range);
            Assert.Equal(Protocol.Warning, diagnostic.Severity);
            Assert.Equal(
                $"'bot.SendMessage' sends a direct message when someone joins (checked with 'NewChatMembers' at line {SourceText.LineNumberOf(text, "message.NewChatMembers")})",
                diagnostic.Message);
            Assert.EndsWith("/docs/rules/SMA001.md", diagnostic.Json.GetProperty("codeDescription").GetProperty("href").GetString());
        });

        [Fact]
        public Task Light_bulb_at_SMA001_offers_only_the_servers_own_actions_not_the_package_fixes() => session.RecordedAsync(output, async () =>
        {
            var uri = await session.OpenAsync("WelcomeBot.cs");
            var diagnostic = SingleSma001(await session.Server.PullDiagnosticsAsync(uri));

            var actions = await session.Server.CodeActionsAsync(uri, diagnostic.Range, new[] { diagnostic });
            var titles = actions.Select(action => action.GetProperty("title").GetString()).ToList();

            // csharp-ls 0.28.0 fills the light bulb from Roslyn's built-in providers only: the package's code fixes
            // are not loaded, whatever the project references (Visual Studio, Rider and C# Dev Kit do offer them).
            Assert.DoesNotContain("Welcome publicly instead", titles);
            Assert.DoesNotContain("Remove the automatic direct message", titles);
            Assert.Equal(
                new[]
                {
                    "Extract local function",
                    "Extract method",
                    $"Introduce local - Introduce local for '{DirectMessageToNewMember}'",
                    $"Introduce local - Introduce local for all occurrences of '{DirectMessageToNewMember}'",
                },
                titles.OrderBy(title => title, System.StringComparer.Ordinal));

            // The light bulb itself works: what it offers resolves to an edit of this file.
            var resolved = await session.Server.ResolveCodeActionAsync(actions.First(action => action.GetProperty("title").GetString() == "Extract method"));
            var change = resolved.GetProperty("edit").GetProperty("documentChanges")[0];
            Assert.Equal(uri, change.GetProperty("textDocument").GetProperty("uri").GetString());
            Assert.NotEqual(0, change.GetProperty("edits").GetArrayLength());
        });

        [Fact]
        public Task Typing_a_DM_to_new_members_adds_SMA001_and_welcoming_publicly_removes_it() => session.RecordedAsync(output, async () =>
        {
            const string file = "Greeter.cs";
            const string publicWelcome = "message.Chat, $\"{member.FirstName} Welcome!\"";
            const string directMessage = "member.Id, \"Welcome!\"";
            var uri = await session.OpenAsync(file);
            var text = session.Bot.Read(file);
            Assert.Empty(SocialDiagnostics(await session.Server.PullDiagnosticsAsync(uri)));

            // The user rewrites the public welcome into a DM to each new member...
            var typed = SourceText.RangeOf(text, publicWelcome);
            await session.Server.ChangeAsync(uri, 2, typed, directMessage);
            text = SourceText.Replace(text, typed, directMessage);
            var diagnostic = SingleSma001(await session.Server.PullDiagnosticsAsync(uri));
            Assert.Equal(SourceText.RangeOf(text, DirectMessageToNewMember), diagnostic.Range);

            // ...then back to what "Welcome publicly instead" writes: the welcome in the chat they joined.
            await session.Server.ChangeAsync(uri, 3, SourceText.RangeOf(text, directMessage), publicWelcome);
            Assert.Empty(SocialDiagnostics(await session.Server.PullDiagnosticsAsync(uri)));
        });

        private static List<LspDiagnostic> SocialDiagnostics(IEnumerable<LspDiagnostic> diagnostics) =>
            diagnostics.Where(d => d.Code != null && d.Code.StartsWith("SMA", System.StringComparison.Ordinal)).ToList();

        private static LspDiagnostic SingleSma001(IReadOnlyList<LspDiagnostic> diagnostics)
        {
            var social = SocialDiagnostics(diagnostics);
            Assert.True(
                social.Count == 1 && social[0].Code == "SMA001",
                $"Expected exactly one SMA001; the server reported:\n{string.Join("\n", diagnostics)}");
            return social[0];
        }
    }
}
