using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SocialAutomation.Analyzers.Catalog;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SocialAutomation.Analyzers.Tests.Reliability
{
    /// <summary>
    /// The index resolves catalog ids with its own namespace walk (shared per assembly, so a new compilation per
    /// keystroke stays cheap); it must find exactly what Roslyn's documentation-id parser finds.
    /// </summary>
    public class SymbolIdResolverTests
    {
        private readonly ITestOutputHelper _output;

        public SymbolIdResolverTests(ITestOutputHelper output) => _output = output;

        public static TheoryData<string> ExtraIds => new TheoryData<string>
        {
            "T:System.Collections.Generic.List`1",
            "T:System.Collections.Generic.Dictionary`2.Enumerator",
            "M:System.Collections.Generic.List`1.#ctor(System.Int32)",
            "M:System.Collections.Generic.List`1.Add(`0)",
            "M:System.Linq.Enumerable.Select``2(System.Collections.Generic.IEnumerable{``0},System.Func{``0,``1})",
            "P:System.Collections.Generic.List`1.Item(System.Int32)",
            "M:System.String.Format(System.String,System.Object[])",
            "F:System.String.Empty",
            "E:System.AppDomain.UnhandledException",
            "M:System.Console.WriteLine(System.String)",
            "M:System.Console.WriteLine(string)",
            "M:System.Console.Nothing(System.String)",
            "T:System.Nothing.AtAll",
            "T:Nowhere",
            "M:Program.Main(System.String[])",
            "T:Program.Nested",
        };

        [Fact]
        public async Task Every_built_in_catalog_id_resolves_to_what_Roslyn_resolves()
        {
            foreach (var references in LibrarySets.All)
            {
                var compilation = await CompileAsync(references);
                var resolver = new SymbolIdResolver(compilation, includeSource: true);
                var resolved = 0;
                foreach (var entry in BuiltInCatalog.Entries)
                {
                    var id = entry.SymbolId;
                    if (id[0] == 'M' && id.IndexOf('(') < 0)
                    {
                        // Overload-free method ids resolve their type, then members by name.
                        var typeId = "T:" + id.Substring(2, id.LastIndexOf('.') - 2);
                        AssertSame(typeId, DocumentationCommentId.GetSymbolsForDeclarationId(typeId, compilation), ImmutableArray<ISymbol>.CastUp(resolver.Types(typeId.Substring(2))));
                    }
                    else
                    {
                        resolved += AssertSame(id, DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation), resolver.Resolve(id));
                    }
                }

                _output.WriteLine($"{BuiltInCatalog.Entries.Length} entries, {resolved} exact ids resolved");
            }
        }

        [Theory]
        [MemberData(nameof(ExtraIds))]
        public async Task Framework_and_source_ids_resolve_to_what_Roslyn_resolves(string id)
        {
            var compilation = await CompileAsync(LibrarySets.All[0]);
            var resolver = new SymbolIdResolver(compilation, includeSource: true);

            AssertSame(id, DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation), resolver.Resolve(id));
        }

        [Fact]
        public async Task Resolutions_shared_between_compilations_give_the_index_a_fresh_build_gives()
        {
            foreach (var references in LibrarySets.All)
            {
                var compilation = await CompileAsync(references);
                var shared = SocialApiIndexBuilder.Build(compilation, ImmutableArray<AdditionalText>.Empty, default);
                var sharedAgain = SocialApiIndexBuilder.Build(await CompileAsync(references, "class Other { }"), ImmutableArray<AdditionalText>.Empty, default);
                var fresh = SocialApiIndexBuilder.Build(compilation, ImmutableArray<AdditionalText>.Empty, default, shareResolutions: false);

                Assert.Equal(fresh.ResolvedRoles, shared.ResolvedRoles);
                Assert.Equal(fresh.ResolvedRoles, sharedAgain.ResolvedRoles);
                foreach (var symbol in BuiltInCatalog.Entries.SelectMany(e => SymbolsNamedBy(e.SymbolId, compilation)))
                {
                    if (symbol is INamedTypeSymbol type)
                    {
                        Assert.Equal(fresh.RolesOfType(type), shared.RolesOfType(type));
                    }
                    else
                    {
                        Assert.Equal(fresh.Find(symbol).Entries.Length, shared.Find(symbol).Entries.Length);
                        Assert.Equal(fresh.Find(symbol).Unconditional, shared.Find(symbol).Unconditional);
                    }
                }
            }
        }

        [Fact]
        public async Task Shared_resolutions_do_not_hide_what_the_source_declares_in_a_catalog_namespace()
        {
            // Warm the shared resolutions for these references: nothing declares Discord there.
            var references = await Libraries.Net80.ResolveAsync(LanguageNames.CSharp, default);
            SocialApiIndexBuilder.Build(await CompileAsync(references), ImmutableArray<AdditionalText>.Empty, default);

            var compilation = await CompileAsync(references, @"
namespace Discord
{
    public interface IUser { }
    public static class UserExtensions
    {
        public static System.Threading.Tasks.Task SendMessageAsync(this IUser user, string text) => System.Threading.Tasks.Task.CompletedTask;
    }
}");
            var index = SocialApiIndexBuilder.Build(compilation, ImmutableArray<AdditionalText>.Empty, default);

            var send = compilation.GetTypeByMetadataName("Discord.UserExtensions")!.GetMembers("SendMessageAsync").Single();
            Assert.Equal(SocialRole.DmSend, index.RolesOf(send) & SocialRole.DmSend);
        }

        [Fact]
        public async Task Without_the_source_only_referenced_types_answer()
        {
            var references = await Libraries.Net80.ResolveAsync(LanguageNames.CSharp, default);
            var compilation = await CompileAsync(references.Add(Libraries.TelegramBot), "namespace Telegram.Bot { class TelegramBotClient { } }");

            var all = new SymbolIdResolver(compilation, includeSource: true).Types("Telegram.Bot.TelegramBotClient");
            var referenced = new SymbolIdResolver(compilation, includeSource: false).Types("Telegram.Bot.TelegramBotClient");

            Assert.Equal(2, all.Length);
            Assert.Equal("Telegram.Bot", Assert.Single(referenced).ContainingAssembly.Name);
        }

        [Fact]
        public async Task A_reference_under_an_extern_alias_still_resolves()
        {
            var references = await Libraries.Net80.ResolveAsync(LanguageNames.CSharp, default);
            var compilation = await CompileAsync(references.Add(Libraries.TelegramBot.WithAliases(new[] { "tg" })));

            var type = Assert.Single(new SymbolIdResolver(compilation, includeSource: false).Types("Telegram.Bot.TelegramBotClient"));
            Assert.Equal("Telegram.Bot", type.ContainingAssembly.Name);
        }

        private static ImmutableArray<ISymbol> SymbolsNamedBy(string id, Compilation compilation)
        {
            if (id[0] != 'M' || id.IndexOf('(') >= 0)
            {
                var exact = DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation);
                if (!exact.IsEmpty || id[0] != 'M')
                {
                    return exact;
                }
            }

            var end = id.IndexOf('(') < 0 ? id.Length : id.IndexOf('(');
            var dot = id.LastIndexOf('.', end - 1);
            var name = SymbolIdResolver.MemberName(id.Substring(dot + 1, end - dot - 1));
            return DocumentationCommentId.GetSymbolsForDeclarationId("T:" + id.Substring(2, dot - 2), compilation)
                .OfType<INamedTypeSymbol>()
                .SelectMany(t => t.GetMembers(name))
                .ToImmutableArray();
        }

        private static async Task<Compilation> CompileAsync(ImmutableArray<MetadataReference> references, string? extraSource = null)
        {
            var document = ProjectFactory.Create("class Program { static void Main(string[] args) { } class Nested { } }" + extraSource, references);
            return (await document.Project.GetCompilationAsync())!;
        }

        private static int AssertSame(string id, ImmutableArray<ISymbol> expected, ImmutableArray<ISymbol> actual)
        {
            var missing = expected.Where(e => !actual.Contains(e, SymbolEqualityComparer.Default)).ToList();
            var extra = actual.Where(a => !expected.Contains(a, SymbolEqualityComparer.Default)).ToList();
            Assert.True(missing.Count == 0 && extra.Count == 0, $"{id}: missing {string.Join(", ", missing)}; extra {string.Join(", ", extra)}");
            return expected.Length;
        }
    }
}
