using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using SocialAutomation.Analyzers.Catalog;
using Xunit;

namespace SocialAutomation.Analyzers.Tests.Catalog
{
    public class CatalogParserTests
    {
        private static (List<CatalogEntry> Entries, List<CatalogProblem> Problems) Parse(string text)
        {
            var entries = new List<CatalogEntry>();
            var problems = new List<CatalogProblem>();
            CatalogParser.Parse(new CatalogSource("SocialApis.txt", SourceText.From(text), isUserCatalog: true), entries, problems, CancellationToken.None);
            return (entries, problems);
        }

        [Fact]
        public void Reads_roles_ids_options_and_skips_comments_and_blank_lines()
        {
            var (entries, problems) = Parse(
                "// a comment\n" +
                "\n" +
                "dm-send M:MyBot.Messenger.SendPrivateAsync   // trailing comment\n" +
                "send M:Telegram.Bot.TelegramBotClientExtensions.SendMessage recipient=chatId content=text\n" +
                "dm-send M:Mastonet.MastodonClient.PublishStatus if:visibility=F:Mastonet.Visibility.Direct\n");

            Assert.Empty(problems);
            Assert.Equal(3, entries.Count);
            Assert.Equal(SocialRole.DmSend, entries[0].Role);
            Assert.Equal("M:MyBot.Messenger.SendPrivateAsync", entries[0].SymbolId);
            Assert.Equal(2, entries[0].Line);
            Assert.Equal("chatId", entries[1].RecipientParameter);
            Assert.Equal("text", entries[1].ContentParameter);
            Assert.Equal("visibility", entries[2].ConditionParameter);
            Assert.Equal("F:Mastonet.Visibility.Direct", entries[2].ConditionValue);
        }

        [Theory]
        [InlineData("dm-send", nameof(CatalogProblemKind.MalformedLine))]
        [InlineData("dm-send SendPrivateAsync", nameof(CatalogProblemKind.MalformedLine))]
        [InlineData("shout M:MyBot.Messenger.Send", nameof(CatalogProblemKind.UnknownRole))]
        [InlineData("send M:MyBot.Messenger.Send colour=blue", nameof(CatalogProblemKind.UnknownOption))]
        [InlineData("send M:MyBot.Messenger.Send recipient", nameof(CatalogProblemKind.UnknownOption))]
        public void Reports_each_bad_line_with_its_kind_and_line(string line, string kind)
        {
            var (entries, problems) = Parse("dm-send M:MyBot.A.B\n" + line + "\n");

            Assert.Single(entries);
            var problem = Assert.Single(problems);
            Assert.Equal(kind, problem.Kind.ToString());
            Assert.Equal(1, problem.Line);
        }

        [Fact]
        public void Duplicate_entries_are_kept_and_merge_in_the_index()
        {
            var (entries, problems) = Parse("dm-send M:MyBot.A.B\ndm-send M:MyBot.A.B\nsend M:MyBot.A.B\n");

            Assert.Empty(problems);
            Assert.Equal(3, entries.Count);
        }

        [Fact]
        public void Binary_and_overlong_content_yields_a_bounded_number_of_problems()
        {
            var binary = string.Join("\n", Enumerable.Range(0, 500).Select(i => "\0\u0001garbage" + i));
            var (_, problems) = Parse(binary + "\n" + new string('x', CatalogParser.MaxLineLength + 1));

            Assert.True(problems.Count <= CatalogParser.MaxProblemsPerFile + 1, $"{problems.Count} problems");
            Assert.Contains("more problems", problems.Last().Detail);
        }

        [Fact]
        public void User_catalog_file_names_follow_the_SocialApis_pattern()
        {
            Assert.True(UserCatalogFiles.IsUserCatalog("/repo/SocialApis.txt"));
            Assert.True(UserCatalogFiles.IsUserCatalog("/repo/SocialApis.Discord.txt"));
            Assert.False(UserCatalogFiles.IsUserCatalog("/repo/SocialApisX.txt"));
            Assert.False(UserCatalogFiles.IsUserCatalog("/repo/BannedSymbols.txt"));
        }

        [Fact]
        public void The_built_in_catalog_has_no_bad_line()
        {
            Assert.NotEmpty(BuiltInCatalog.Entries);
            Assert.Empty(BuiltInCatalog.LoadProblems.Select(p => $"{p.Source.Path}:{p.Line + 1}: {p.Detail}"));
        }
    }
}
