using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using SocialAutomation.Analyzers.Catalog;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SocialAutomation.Analyzers.Tests.Catalog
{
    /// <summary>The catalog parts the follow-graph and reply rules depend on: the not-null condition and the own-account role.</summary>
    public class FollowGraphCatalogTests
    {
        private static (List<CatalogEntry> Entries, List<CatalogProblem> Problems) Parse(string text)
        {
            var entries = new List<CatalogEntry>();
            var problems = new List<CatalogProblem>();
            CatalogParser.Parse(new CatalogSource("SocialApis.txt", SourceText.From(text), isUserCatalog: true), entries, problems, CancellationToken.None);
            return (entries, problems);
        }

        private static async Task<CSharpCompilation> CompileAsync(string source, params MetadataReference[] libraries)
        {
            var compilation = await TestCompilation.CreateAsync("Bot", new[] { source }, libraries, NullableContextOptions.Enable);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            return compilation;
        }

        [Fact]
        public void Parser_reads_the_not_null_condition_and_the_own_account_role()
        {
            var (entries, problems) = Parse(
                "reply M:MyBot.Poster.Post if:inReplyTo=!null content=text\n" +
                "own-account M:MyBot.Session.Me\n");

            Assert.Empty(problems);
            Assert.Equal("inReplyTo", entries[0].ConditionParameter);
            Assert.Equal(CatalogEntry.NotNullCondition, entries[0].ConditionValue);
            Assert.True(entries[0].IsConditional);
            Assert.Equal(SocialRole.OwnAccount, entries[1].Role);
        }

        [Theory]
        [InlineData("reply M:MyBot.Poster.Post if:inReplyTo=!empty")]
        [InlineData("reply M:MyBot.Poster.Post if:inReplyTo=!")]
        public void Parser_rejects_other_negations(string line)
        {
            var (entries, problems) = Parse(line + "\n");

            Assert.Empty(entries);
            Assert.Equal(CatalogProblemKind.UnknownOption, Assert.Single(problems).Kind);
        }

        [Fact]
        public async Task A_Mastodon_status_is_a_reply_only_when_a_reply_id_is_given()
        {
            var compilation = await CompileAsync(@"
using Mastonet;
class C
{
    async System.Threading.Tasks.Task M(MastodonClient client, string id, string? maybe)
    {
        await client.PublishStatus(""a"", replyStatusId: ""123"");
        await client.PublishStatus(""b"", Visibility.Public, id);
        await client.PublishStatus(""c"", replyStatusId: maybe);
        await client.PublishStatus(""d"");
        await client.PublishStatus(""e"", replyStatusId: null);
        await client.PublishStatus(""f"", replyStatusId: default);
    }
}", Libraries.Stub("Mastonet"));
            var index = SocialApiIndexBuilder.Build(compilation, ImmutableArray<AdditionalText>.Empty, CancellationToken.None);
            var tree = compilation.SyntaxTrees[0];
            var model = compilation.GetSemanticModel(tree);
            var replies = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Select(node => (IInvocationOperation)model.GetOperation(node)!)
                .Select(invocation => (index.RolesOf(invocation) & (SocialRole.Reply | SocialRole.Publish)) == (SocialRole.Reply | SocialRole.Publish))
                .ToArray();

            Assert.Equal(new[] { true, true, true, false, false, false }, replies);
        }

        /// <summary>Legacy names the stubs (current major versions) do not model.</summary>
        private static readonly string[] Legacy = { "M:Mastonet.MastodonClient.PostStatus", "M:Mastonet.IMastodonClient.PostStatus" };

        [Theory]
        [InlineData("tweetinvi.txt", "Tweetinvi")]
        [InlineData("mastonet.txt", "Mastonet")]
        [InlineData("bluesky.txt", "Bluesky")]
        [InlineData("linqtotwitter.txt", "LinqToTwitter")]
        public async Task Own_account_and_conditional_reply_entries_resolve_against_the_library(string file, string stub)
        {
            var compilation = await CompileAsync("class C { }", Libraries.Stub(stub));
            var root = stub == "Bluesky" ? "idunno." : stub + ".";
            var checkedEntries = 0;
            var failures = new List<string>();
            foreach (var entry in BuiltInCatalog.Entries.Where(e => e.Source.Path == file && e.SymbolId.Substring(2).StartsWith(root, System.StringComparison.Ordinal)
                && (e.Role == SocialRole.OwnAccount || e.ConditionValue == CatalogEntry.NotNullCondition) && !Legacy.Contains(e.SymbolId)))
            {
                // As a user catalog entry, an entry that resolves to nothing is reported (SMA903).
                var problems = SocialApiIndexBuilder.Build(compilation, ImmutableArray.Create<AdditionalText>(new InMemoryText("SocialApis.txt", Line(entry))), CancellationToken.None).Problems;
                checkedEntries++;
                if (!problems.IsEmpty)
                {
                    failures.Add($"{file} line {entry.Line + 1}: {entry.SymbolId} resolves to nothing");
                }
            }

            Assert.Empty(failures);
            Assert.True(checkedEntries >= 2);
        }

        private static string Line(CatalogEntry entry)
            => SocialRoleNames.All.First(name => SocialRoleNames.TryParse(name, out var role) && role == entry.Role) + " " + entry.SymbolId + "\n";
    }
}
