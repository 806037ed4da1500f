using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SocialAutomation.Analyzers.Catalog;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SocialAutomation.Analyzers.Tests.Catalog
{
    /// <summary>
    /// Built-in member entries resolve on first use, from the compilation's references: the answers must not depend on
    /// what was loaded before (members of shared metadata types), nor on the compilation having source.
    /// </summary>
    public class DeferredIndexTests
    {
        private const string IndexerId = "P:System.Collections.Specialized.NameValueCollection.Item(System.String)";
        private const string SendId = "M:System.Net.Mail.SmtpClient.Send(System.Net.Mail.MailMessage)";

        [Fact]
        public async Task Indexer_entry_resolves_before_and_after_its_type_members_are_loaded()
        {
            var references = await Libraries.Net80.ResolveAsync(LanguageNames.CSharp, default);
            foreach (var membersLoaded in new[] { false, true, true })
            {
                var compilation = CSharpCompilation.Create("Mail", new[] { CSharpSyntaxTree.ParseText("class Newsletter { }") }, references);
                var indexer = DocumentationCommentId.GetSymbolsForDeclarationId(IndexerId, compilation).Single();
                if (membersLoaded)
                {
                    indexer.ContainingType.GetMembers();
                }

                var index = SocialApiIndexBuilder.Build(compilation, ImmutableArray<AdditionalText>.Empty, default);
                Assert.Contains(index.Find(indexer).Entries, e => e.Role == SocialRole.EmailHeader);
            }
        }

        [Fact]
        public async Task Entries_with_and_without_parameter_lists_resolve_for_a_compilation_without_source()
        {
            var references = await Libraries.Net80.ResolveAsync(LanguageNames.CSharp, default);
            var compilation = CSharpCompilation.Create("Empty", references: references);
            var index = SocialApiIndexBuilder.Build(compilation, ImmutableArray<AdditionalText>.Empty, default);
            var send = DocumentationCommentId.GetSymbolsForDeclarationId(SendId, compilation).Single();
            // Nothing here can reach SmtpClient, so rules needing only mail roles stay off (FrameworkReach); lookups still answer.
            Assert.False(index.HasAny(SocialRole.EmailSend));
            Assert.NotEqual(SocialRole.None, index.RolesOf(send) & SocialRole.EmailSend);
            Assert.Equal(SocialRole.None, index.RolesOf(compilation.GetSpecialType(SpecialType.System_String).GetMembers("Trim").First()));
        }
    }
}
