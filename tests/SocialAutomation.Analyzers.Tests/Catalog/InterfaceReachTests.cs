using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SocialAutomation.Analyzers.Catalog;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SocialAutomation.Analyzers.Tests.Catalog
{
    /// <summary>
    /// A type's interfaces are listed only when its assembly can see a catalogued interface; a type that reaches one
    /// through a base class of another assembly still gets the interface's roles.
    /// </summary>
    public class InterfaceReachTests
    {
        private const string Library = "namespace Lib { public interface IHandler<T> { void Handle(T item); } public class Joined { } public class Box<T> { public Box(T item) { } } }";
        private const string Middle = "namespace Mid { public class HandlerBase : Lib.IHandler<Lib.Joined> { public void Handle(Lib.Joined item) { } } }";
        private const string User = "class UserHandler : Mid.HandlerBase { } class Plain { } class Lookalike { public Lookalike(int item) { } }";

        [Fact]
        public async Task Only_types_whose_assembly_sees_a_catalogued_interface_may_implement_one()
        {
            var compilation = await UserCompilation();
            var handler = compilation.GetTypeByMetadataName("Lib.IHandler`1")!;
            var reach = new InterfaceReach(new[] { handler, compilation.GetTypeByMetadataName("Lib.Joined")! });

            Assert.False(reach.MayImplementAny(compilation.GetSpecialType(SpecialType.System_String)));
            Assert.False(reach.MayImplementAny(compilation.GetTypeByMetadataName("System.Collections.Generic.List`1")!));
            Assert.True(reach.MayImplementAny(compilation.GetTypeByMetadataName("Mid.HandlerBase")!));
            Assert.True(reach.MayImplementAny(compilation.GetTypeByMetadataName("UserHandler")!));
            Assert.True(reach.MayImplementAny(compilation.GetTypeByMetadataName("Lib.Joined")!));
            Assert.False(new InterfaceReach(new[] { compilation.GetTypeByMetadataName("Lib.Joined")! }).MayImplementAny(compilation.GetTypeByMetadataName("UserHandler")!));
        }

        [Fact]
        public async Task A_type_has_the_roles_of_an_interface_its_base_class_implements_in_another_assembly()
        {
            var compilation = await UserCompilation();
            var index = SocialApiIndexBuilder.Build(compilation, Catalog("follow-event T:Lib.IHandler`1"), CancellationToken.None);

            Assert.Equal(SocialRole.FollowEvent, index.RolesOfType(compilation.GetTypeByMetadataName("UserHandler")) & SocialRole.FollowEvent);
            Assert.Equal(SocialRole.FollowEvent, index.RolesOfType(compilation.GetTypeByMetadataName("Mid.HandlerBase")) & SocialRole.FollowEvent);
            Assert.Equal(SocialRole.None, index.RolesOfType(compilation.GetTypeByMetadataName("Plain")));
            Assert.Equal(SocialRole.None, index.RolesOfType(compilation.GetSpecialType(SpecialType.System_String)));
        }

        [Fact]
        public async Task A_constructor_may_have_a_role_only_when_its_own_type_has_a_constructor_entry()
        {
            var compilation = await UserCompilation();
            var index = SocialApiIndexBuilder.Build(compilation, Catalog("publish M:Lib.Box`1.#ctor(`0)"), CancellationToken.None);
            var boxConstructor = compilation.GetTypeByMetadataName("Lib.Box`1")!.InstanceConstructors.Single();
            var lookalikeConstructor = compilation.GetTypeByMetadataName("Lookalike")!.InstanceConstructors.Single();

            Assert.True(index.MayHave(boxConstructor, SocialRole.Publish));
            Assert.True(index.Has(boxConstructor, SocialRole.Publish));
            Assert.False(index.MayHave(boxConstructor, SocialRole.DmSend));
            Assert.False(index.MayHave(lookalikeConstructor, SocialRole.Publish));
            Assert.True(index.Find(lookalikeConstructor).IsEmpty);
        }

        private static async Task<Compilation> UserCompilation()
        {
            var framework = await Libraries.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var library = Libraries.CompileToMetadata("Lib", Library, framework);
            var middle = Libraries.CompileToMetadata("Mid", Middle, framework.Add(library));
            return CSharpCompilation.Create("User", new[] { CSharpSyntaxTree.ParseText(User) }, framework.Add(library).Add(middle),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        }

        private static ImmutableArray<AdditionalText> Catalog(string lines)
            => ImmutableArray.Create<AdditionalText>(new InMemoryText("/SocialApis.txt", lines));
    }
}
