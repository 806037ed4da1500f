using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;
using SocialAutomation.Analyzers.Rules;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SocialAutomation.Analyzers.Tests.Catalog
{
    /// <summary>A catalog symbol matches calls however they bind: overrides, interfaces, extensions, generics.</summary>
    public class SocialApiIndexTests
    {
        private const string Library = @"
namespace Lib
{
    using System.Threading.Tasks;
    public interface IMessenger { Task Send(string text); Task Send(string text, int retries); }
    public abstract class MessengerBase : IMessenger
    {
        public abstract Task Send(string text);
        public Task Send(string text, int retries) => Task.CompletedTask;
    }
    public class Messenger : MessengerBase { public override Task Send(string text) => Task.CompletedTask; }
    public class ExplicitMessenger : IMessenger
    {
        Task IMessenger.Send(string text) => Task.CompletedTask;
        Task IMessenger.Send(string text, int retries) => Task.CompletedTask;
    }
    public class User { }
    public static class UserExtensions { public static Task Dm(this User user, string text) => Task.CompletedTask; }
    public class Box<T> { public Task Post(T item) => Task.CompletedTask; }
    public class Lookalike { public Task Send(string text) => Task.CompletedTask; }
}";

        private const string Catalog = @"
dm-send M:Lib.IMessenger.Send
dm-send M:Lib.UserExtensions.Dm
publish M:Lib.Box`1.Post
";

        [Theory]
        [InlineData("new Lib.Messenger().Send(\"a\")", nameof(SocialRole.DmSend))]                            // override of an implicit implementation
        [InlineData("((Lib.MessengerBase)new Lib.Messenger()).Send(\"a\", 2)", nameof(SocialRole.DmSend))]    // overload, implicit implementation
        [InlineData("((Lib.IMessenger)new Lib.ExplicitMessenger()).Send(\"a\")", nameof(SocialRole.DmSend))]   // through the interface
        [InlineData("new Lib.User().Dm(\"a\")", nameof(SocialRole.DmSend))]                                    // reduced extension
        [InlineData("Lib.UserExtensions.Dm(new Lib.User(), \"a\")", nameof(SocialRole.DmSend))]                // static call of the extension
        [InlineData("new Lib.Box<string>().Post(\"a\")", nameof(SocialRole.Publish))]                          // generic construction
        [InlineData("new Lib.Lookalike().Send(\"a\")", nameof(SocialRole.None))]                               // same name, not listed
        public void Roles_follow_every_binding_of_a_catalog_symbol(string call, string expected)
        {
            var (index, invocation) = Analyse(call);
            Assert.Equal(expected, (index.RolesOf(invocation) & (SocialRole.DmSend | SocialRole.Publish)).ToString());
        }

        [Fact]
        public void An_explicit_implementation_keeps_the_roles_of_the_interface_member_although_its_name_differs()
        {
            var (index, invocation) = Analyse("new Lib.Lookalike().Send(\"a\")");
            var type = invocation.SemanticModel!.Compilation.GetTypeByMetadataName("Lib.ExplicitMessenger")!;
            var implementations = type.GetMembers().OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.ExplicitInterfaceImplementation).ToList();

            Assert.Equal(2, implementations.Count);
            Assert.All(implementations, method => Assert.Equal(SocialRole.DmSend, index.RolesOf(method) & SocialRole.DmSend));
            Assert.Equal(SocialRole.None, index.RolesOf(invocation) & SocialRole.DmSend);
        }

        [Fact]
        public void A_member_may_have_a_role_only_when_an_entry_with_that_role_bears_its_name()
        {
            var (index, send) = Analyse("new Lib.Messenger().Send(\"a\")");
            var compilation = send.SemanticModel!.Compilation;
            ISymbol Member(string type, string name) => compilation.GetTypeByMetadataName(type)!.GetMembers(name).First();
            var messengerSend = Member("Lib.Messenger", "Send");
            var boxPost = Member("Lib.Box`1", "Post");
            var lookalikeSend = Member("Lib.Lookalike", "Send");

            Assert.True(index.MayHave(messengerSend, SocialRole.DmSend));
            Assert.False(index.MayHave(messengerSend, SocialRole.Publish));
            Assert.True(index.MayHave(boxPost, SocialRole.Publish));
            Assert.False(index.MayHave(boxPost, SocialRole.DmSend));
            Assert.True(index.MayHave(lookalikeSend, SocialRole.DmSend));
            Assert.False(index.Has(lookalikeSend, SocialRole.DmSend));
            Assert.True(index.Has(send, SocialRole.DmSend));
            Assert.False(index.Has(send, SocialRole.Publish));
            Assert.True(index.Find(boxPost, SocialRole.DmSend).IsEmpty);
            Assert.Equal(SocialRole.Publish, index.Find(boxPost, SocialRole.Publish).Unconditional);
        }

        [Theory]
        [InlineData("M:Lib.IMessenger.Send(System.String)", "Send")]
        [InlineData("M:Lib.Box`1.#ctor", ".ctor")]
        [InlineData("M:Lib.Feed.Get``1(``0)", "Get")]
        [InlineData("P:Lib.Feed.Item(System.Int32)", "this[]")]
        [InlineData("P:Lib.Feed.Item", "Item")]
        [InlineData("M:Lib.Feed.System#IDisposable#Dispose", "System.IDisposable.Dispose")]
        [InlineData("E:Lib.Feed.Joined", "Joined")]
        public void A_member_id_gives_the_name_roslyn_gives_its_member(string id, string expected)
            => Assert.Equal(expected, CatalogIds.SymbolName(id));

        [Fact]
        public async Task A_project_without_a_social_library_resolves_no_social_role_and_the_rule_registers_nothing()
        {
            var compilation = CSharpCompilation.Create("plain",
                new[] { CSharpSyntaxTree.ParseText("class C { void M() { System.Console.WriteLine(1); } }") },
                await Libraries.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None));
            var index = SocialApiIndexBuilder.Build(compilation, ImmutableArray<AdditionalText>.Empty, CancellationToken.None);

            Assert.False(index.HasAny(SocialRole.DmSend | SocialRole.Send | SocialRole.Publish | SocialRole.FollowEvent | SocialRole.JoinData));
            Assert.False(new AutoDirectMessageOnFollowAnalyzer().IsApplicable(index));
        }

        [Fact]
        public async Task The_index_is_built_once_per_compilation_and_shared()
        {
            var compilation = CSharpCompilation.Create("plain", new[] { CSharpSyntaxTree.ParseText("class C { }") },
                await Libraries.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None));
            var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);

            var first = SocialApiIndexBuilder.Get(compilation, options, CancellationToken.None);
            var second = SocialApiIndexBuilder.Get(compilation, options, CancellationToken.None);

            Assert.Same(first, second);
        }

        [Fact]
        public async Task Members_with_a_role_are_listed_per_library_in_documentation_id_order()
        {
            const string libraries = @"
namespace LibA.Channels { public class Channel { public void Post(string text) { } public void Announce(string text) { } public void Dm(string text) { } } }
namespace LibB { public class Wall { public void Write(string text) { } } }
public class Global { public void Shout(string text) { } }";
            const string catalog = @"
public-alternative M:LibA.Channels.Channel.Post(System.String)
public-alternative M:LibA.Channels.Channel.Announce(System.String)
dm-send M:LibA.Channels.Channel.Dm(System.String)
public-alternative M:LibB.Wall.Write(System.String)
public-alternative M:Global.Shout(System.String)
";
            var references = await Libraries.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var compilation = CSharpCompilation.Create("test", new[] { CSharpSyntaxTree.ParseText(libraries) }, references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var index = SocialApiIndexBuilder.Build(compilation, ImmutableArray.Create<AdditionalText>(new InMemoryText("/SocialApis.txt", catalog)), CancellationToken.None);

            Assert.Equal(new[] { "Announce", "Post" }, index.MembersWithRole(SocialRole.PublicAlternative, "LibA").Select(m => m.Name));
            Assert.Equal(new[] { "Write" }, index.MembersWithRole(SocialRole.PublicAlternative, "LibB").Select(m => m.Name));
            Assert.Equal(new[] { "Shout" }, index.MembersWithRole(SocialRole.PublicAlternative, string.Empty).Select(m => m.Name));
            Assert.Empty(index.MembersWithRole(SocialRole.PublicAlternative, "LibC"));
            Assert.Equal("LibA", LibraryRoot.Of(compilation.GetTypeByMetadataName("LibA.Channels.Channel")!.GetMembers("Post").Single()));
        }

        [Theory]
        [InlineData("follow-event T:Lib.Joined", true)]           // an event-args type marks a handler by its parameter
        [InlineData("follow-event E:Lib.Client.UserJoined", false)] // an event member marks a registration, not a type
        public async Task Whether_a_type_has_a_role_is_read_from_type_entries_only(string catalog, bool expected)
        {
            const string library = "namespace Lib { public class Joined { } public class Client { public event System.Action<Joined> UserJoined; } }";
            var references = await Libraries.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var compilation = CSharpCompilation.Create("test", new[] { CSharpSyntaxTree.ParseText(library) }, references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var index = SocialApiIndexBuilder.Build(compilation, ImmutableArray.Create<AdditionalText>(new InMemoryText("/SocialApis.txt", catalog)), CancellationToken.None);

            Assert.True(index.HasAny(SocialRole.FollowEvent));
            Assert.Equal(expected, index.AnyTypeHas(SocialRole.FollowEvent));
        }

        [Theory]
        [InlineData("follow-event E:Lib.Client.UserJoined", true, false)]                 // a C# event: += registers a handler
        [InlineData("follow-event P:Lib.Client.OnJoin", false, true)]                     // a delegate property: = and += do
        [InlineData("follow-event M:Lib.Client.AddJoinHandler(System.Action)", false, false)] // a registration method: a call
        [InlineData("dm-send P:Lib.Client.OnJoin", false, false)]                          // another role on the same property
        public async Task Which_member_kinds_carry_a_role_is_read_from_the_entries_ids(string catalog, bool onEvent, bool onProperty)
        {
            const string library = "namespace Lib { public class Client { public event System.Action UserJoined; public System.Action OnJoin { get; set; } public void AddJoinHandler(System.Action handler) { } } }";
            var references = await Libraries.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var compilation = CSharpCompilation.Create("test", new[] { CSharpSyntaxTree.ParseText(library) }, references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var index = SocialApiIndexBuilder.Build(compilation, ImmutableArray.Create<AdditionalText>(new InMemoryText("/SocialApis.txt", catalog)), CancellationToken.None);

            Assert.Equal(onEvent, index.AnyEntryOn(SocialRole.FollowEvent, SymbolKind.Event));
            Assert.Equal(onProperty, index.AnyEntryOn(SocialRole.FollowEvent, SymbolKind.Property));
        }

        private static (SocialApiIndex Index, IInvocationOperation Invocation) Analyse(string call)
        {
            var references = Libraries.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult();
            var user = CSharpSyntaxTree.ParseText("using Lib; class UserCode { object M() => " + call + "; }");
            var compilation = CSharpCompilation.Create("test", new[] { CSharpSyntaxTree.ParseText(Library), user }, references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var index = SocialApiIndexBuilder.Build(compilation, ImmutableArray.Create<AdditionalText>(new InMemoryText("/SocialApis.txt", Catalog)), CancellationToken.None);
            var model = compilation.GetSemanticModel(user);
            var syntax = user.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().LastOrDefault();
            var operation = syntax == null ? null : model.GetOperation(syntax) as IInvocationOperation;
            return (index, operation!);
        }
    }
}
