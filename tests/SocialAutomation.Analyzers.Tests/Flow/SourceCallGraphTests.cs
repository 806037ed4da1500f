using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Flow;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SocialAutomation.Analyzers.Tests.Flow
{
    /// <summary>
    /// The call graph reads each source body once per compilation for every graph; each graph keeps its own answers, and
    /// a method of another project (a compilation reference) is not read with this compilation's semantic models.
    /// </summary>
    public class SourceCallGraphTests
    {
        private const string Helpers = @"
public static class Channel { public static void Post(string text) { } public static void Read() { } }
public static class Helpers
{
    public static void Announce() => Relay(""hello"");
    public static void Relay(string text) { Channel.Read(); Channel.Post(text); }
}";

        private static Task<CSharpCompilation> CompileAsync(string source, params MetadataReference[] extra)
            => TestCompilation.CreateAsync("Bot" + extra.Length, new[] { source }, extra);

        private static IMethodSymbol Method(Compilation compilation, string type, string name)
            => compilation.GetTypeByMetadataName(type)!.GetMembers(name).OfType<IMethodSymbol>().Single();

        private static System.Func<IInvocationOperation, bool> Calls(IMethodSymbol target)
            => call => SymbolEqualityComparer.Default.Equals(call.TargetMethod, target);

        [Fact]
        public async Task Graphs_with_different_targets_on_one_compilation_keep_their_own_answers()
        {
            var compilation = await CompileAsync(Helpers);
            var announce = Method(compilation, "Helpers", "Announce");
            var posting = new SourceCallGraph(compilation, Calls(Method(compilation, "Channel", "Post")));
            var reading = new SourceCallGraph(compilation, Calls(Method(compilation, "Channel", "Read")));

            Assert.Equal("Post", posting.FindTarget(announce, 2, CancellationToken.None)?.TargetMethod.Name);
            Assert.Equal("Read", reading.FindTarget(announce, 2, CancellationToken.None)?.TargetMethod.Name);
            Assert.Null(posting.FindTarget(announce, 1, CancellationToken.None));
        }

        [Fact]
        public async Task A_helper_of_a_referenced_project_is_not_read_with_this_compilations_models()
        {
            var library = await CompileAsync(Helpers);
            var consumer = await CompileAsync("class Bot { void Go() => Helpers.Announce(); }", library.ToMetadataReference());
            var announce = Method(consumer, "Helpers", "Announce");
            Assert.True(SourceCallGraph.IsSourceMethod(announce));

            var graph = new SourceCallGraph(consumer, Calls(Method(consumer, "Channel", "Post")));
            Assert.Null(graph.FindTarget(announce, 3, CancellationToken.None));
        }

        [Fact]
        public async Task Only_methods_of_a_compilations_own_assembly_or_a_referenced_project_are_in_source()
        {
            var library = await CompileAsync(Helpers);
            var image = Libraries.CompileToMetadata("HelpersImage", Helpers.Replace("Helpers", "ImageHelpers"), library.References);
            var consumer = await CompileAsync("class Bot { void Go() { } static void Generic<T>(T item) { } }", library.ToMetadataReference(), image);
            var generic = Method(consumer, "Bot", "Generic").Construct(consumer.GetSpecialType(SpecialType.System_Int32));

            Assert.True(SourceCallGraph.IsInSourceAssembly(Method(consumer, "Bot", "Go")));
            Assert.True(SourceCallGraph.IsInSourceAssembly(generic));
            Assert.True(SourceCallGraph.IsInSourceAssembly(Method(consumer, "Helpers", "Announce")));
            Assert.False(SourceCallGraph.IsInSourceAssembly(Method(consumer, "ImageHelpers", "Announce")));
            Assert.False(SourceCallGraph.IsInSourceAssembly(consumer.GetSpecialType(SpecialType.System_String).GetMembers("Trim").OfType<IMethodSymbol>().First()));
        }
    }
}
