using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;
using SocialAutomation.Analyzers.Flow;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SocialAutomation.Analyzers.Tests.Flow
{
    /// <summary>
    /// The fan-out finder on every per-element shape a broadcast is written in. Each snippet calls
    /// <c>Send(recipient, text)</c> once; the tests ask which construct repeats it, over what, and for which element.
    /// </summary>
    public class RecipientFanOutTests
    {
        [Fact]
        public async Task ForEachLoop()
        {
            var (send, index) = await SendIn("async Task M(List<string> users) { foreach (var user in users) { await Send(user, \"hi\"); } }");

            var fanOut = RecipientFanOut.FindEnclosing(send, index)!;

            Assert.IsAssignableFrom<IForEachLoopOperation>(fanOut.Construct);
            Assert.True(fanOut.IsLoopStatement);
            Assert.Equal("users", fanOut.Collection!.Syntax.ToString());
            Assert.Equal(new[] { "user" }, fanOut.ElementSymbols.Select(s => s.Name));
            Assert.Equal(SpecialType.System_String, fanOut.ElementType!.SpecialType);
            Assert.True(RecipientFanOut.DependsOnElement(send.Arguments[0].Value, fanOut));
            Assert.False(RecipientFanOut.DependsOnElement(send.Arguments[1].Value, fanOut));
        }

        [Fact]
        public async Task AwaitForEachOverAsyncStream()
        {
            var (send, index) = await SendIn("async Task M(IAsyncEnumerable<string> users) { await foreach (var user in users) await Send(user, \"hi\"); }");

            var fanOut = RecipientFanOut.FindEnclosing(send, index)!;

            Assert.Equal("users", fanOut.Collection!.Syntax.ToString());
            Assert.True(RecipientFanOut.DependsOnElement(send.Arguments[0].Value, fanOut));
        }

        [Fact]
        public async Task ForLoopOverIndexes()
        {
            var (send, index) = await SendIn("async Task M(List<string> users) { for (var i = 0; i < users.Count; i++) await Send(users[i], \"hi\"); }");

            var fanOut = RecipientFanOut.FindEnclosing(send, index)!;

            Assert.IsAssignableFrom<IForLoopOperation>(fanOut.Construct);
            Assert.Equal("users", fanOut.Collection!.Syntax.ToString());
            Assert.Equal(new[] { "i" }, fanOut.ElementSymbols.Select(s => s.Name));
            Assert.True(RecipientFanOut.DependsOnElement(send.Arguments[0].Value, fanOut));
            Assert.False(RecipientFanOut.DependsOnElement(send.Arguments[1].Value, fanOut));
        }

        [Fact]
        public async Task WhileLoopDrainingAQueue()
        {
            var (send, index) = await SendIn("async Task M(Queue<string> queue) { while (queue.TryDequeue(out var user)) await Send(user, \"hi\"); }");

            var fanOut = RecipientFanOut.FindEnclosing(send, index)!;

            Assert.IsAssignableFrom<IWhileLoopOperation>(fanOut.Construct);
            Assert.Equal("queue", fanOut.Collection!.Syntax.ToString());
            Assert.Equal(new[] { "user" }, fanOut.ElementSymbols.Select(s => s.Name));
            Assert.True(RecipientFanOut.DependsOnElement(send.Arguments[0].Value, fanOut));
        }

        [Fact]
        public async Task DoWhileLoopWithCounter()
        {
            var (send, index) = await SendIn("async Task M(string[] users) { var i = 0; do { await Send(users[i], \"hi\"); i++; } while (i < users.Length); }");

            var fanOut = RecipientFanOut.FindEnclosing(send, index)!;

            Assert.IsAssignableFrom<IWhileLoopOperation>(fanOut.Construct);
            Assert.Equal("users", fanOut.Collection!.Syntax.ToString());
            Assert.True(RecipientFanOut.DependsOnElement(send.Arguments[0].Value, fanOut));
        }

        [Fact]
        public async Task WhileTrueIsALoopWithoutElement()
        {
            var (send, index) = await SendIn("async Task M(string admin) { while (true) { await Send(admin, \"ping\"); } }");

            var fanOut = RecipientFanOut.FindEnclosing(send, index)!;

            Assert.True(fanOut.IsLoopStatement);
            Assert.Empty(fanOut.ElementSymbols);
            Assert.Null(fanOut.ElementType);
            Assert.False(RecipientFanOut.DependsOnElement(send.Arguments[0].Value, fanOut));
        }

        [Fact]
        public async Task TaskWhenAllOverSelect()
        {
            var (send, index) = await SendIn("Task M(List<string> users) => Task.WhenAll(users.Select(user => Send(user, \"hi\")));");

            var fanOut = RecipientFanOut.FindEnclosing(send, index)!;

            Assert.False(fanOut.IsLoopStatement);
            var select = Assert.IsAssignableFrom<IInvocationOperation>(fanOut.Construct);
            Assert.Equal("Select", select.TargetMethod.Name);
            Assert.Equal("users", fanOut.Collection!.Syntax.ToString());
            Assert.Equal(new[] { "user" }, fanOut.ElementSymbols.Select(s => s.Name));
            Assert.True(RecipientFanOut.DependsOnElement(send.Arguments[0].Value, fanOut));
            Assert.False(RecipientFanOut.DependsOnElement(send.Arguments[1].Value, fanOut));
        }

        [Fact]
        public async Task LinqProjectionThatStartsSends()
        {
            var (send, index) = await SendIn("async Task M(List<string> users) { var pending = users.Where(u => u.Length > 0).Select(u => Send(u, \"hi\")).ToList(); await Task.WhenAll(pending); }");

            var fanOut = RecipientFanOut.FindEnclosing(send, index)!;

            Assert.Equal("users.Where(u => u.Length > 0)", fanOut.Collection!.Syntax.ToString());
            Assert.True(RecipientFanOut.DependsOnElement(send.Arguments[0].Value, fanOut));
        }

        [Fact]
        public async Task QuerySyntaxProjection()
        {
            var (send, index) = await SendIn("Task M(List<string> users) => Task.WhenAll(from user in users select Send(user, \"hi\"));");

            var fanOut = RecipientFanOut.FindEnclosing(send, index)!;

            Assert.Equal(new[] { "user" }, fanOut.ElementSymbols.Select(s => s.Name));
            Assert.True(RecipientFanOut.DependsOnElement(send.Arguments[0].Value, fanOut));
            Assert.False(RecipientFanOut.DependsOnElement(send.Arguments[1].Value, fanOut));
        }

        [Fact]
        public async Task ParallelForEach()
        {
            var (send, index) = await SendIn("void M(List<string> users) { Parallel.ForEach(users, user => { Send(user, \"hi\").Wait(); }); }");

            var fanOut = RecipientFanOut.FindEnclosing(send, index)!;

            Assert.Equal("ForEach", ((IInvocationOperation)fanOut.Construct).TargetMethod.Name);
            Assert.Equal("users", fanOut.Collection!.Syntax.ToString());
            Assert.True(RecipientFanOut.DependsOnElement(send.Arguments[0].Value, fanOut));
        }

        [Fact]
        public async Task ParallelForEachAsync()
        {
            var (send, index) = await SendIn("Task M(List<string> users) => Parallel.ForEachAsync(users, async (user, ct) => await Send(user, \"hi\"));");

            var fanOut = RecipientFanOut.FindEnclosing(send, index)!;

            Assert.Equal("ForEachAsync", ((IInvocationOperation)fanOut.Construct).TargetMethod.Name);
            Assert.Equal("users", fanOut.Collection!.Syntax.ToString());
            Assert.Equal(new[] { "user" }, fanOut.ElementSymbols.Select(s => s.Name));
            Assert.True(RecipientFanOut.DependsOnElement(send.Arguments[0].Value, fanOut));
        }

        [Fact]
        public async Task ParallelForOverIndexes()
        {
            var (send, index) = await SendIn("void M(string[] users) { Parallel.For(0, users.Length, i => Send(users[i], \"hi\").Wait()); }");

            var fanOut = RecipientFanOut.FindEnclosing(send, index)!;

            Assert.Equal(new[] { "i" }, fanOut.ElementSymbols.Select(s => s.Name));
            Assert.Equal("users", fanOut.Collection!.Syntax.ToString());
            Assert.True(RecipientFanOut.DependsOnElement(send.Arguments[0].Value, fanOut));
        }

        [Fact]
        public async Task ListForEach()
        {
            var (send, index) = await SendIn("void M(List<string> users) { users.ForEach(user => Send(user, \"hi\")); }");

            var fanOut = RecipientFanOut.FindEnclosing(send, index)!;

            Assert.Equal("users", fanOut.Collection!.Syntax.ToString());
            Assert.True(RecipientFanOut.DependsOnElement(send.Arguments[0].Value, fanOut));
        }

        [Fact]
        public async Task ArrayForEach()
        {
            var (send, index) = await SendIn("void M(string[] users) { Array.ForEach(users, user => Send(user, \"hi\")); }");

            var fanOut = RecipientFanOut.FindEnclosing(send, index)!;

            Assert.Equal("users", fanOut.Collection!.Syntax.ToString());
            Assert.True(RecipientFanOut.DependsOnElement(send.Arguments[0].Value, fanOut));
        }

        [Fact]
        public async Task NonFanOutLambdaInsideLoopBelongsToTheLoop()
        {
            var (send, index) = await SendIn("void M(List<string> users) { foreach (var user in users) { Task.Run(() => Send(user, \"hi\")); } }");

            var fanOut = RecipientFanOut.FindEnclosing(send, index)!;

            Assert.IsAssignableFrom<IForEachLoopOperation>(fanOut.Construct);
            Assert.True(RecipientFanOut.DependsOnElement(send.Arguments[0].Value, fanOut));
        }

        [Fact]
        public async Task SingleSendHasNoFanOut()
        {
            var (send, index) = await SendIn("Task M(string user) => Task.Run(() => Send(user, \"hi\"));");

            Assert.Null(RecipientFanOut.FindEnclosing(send, index));
            Assert.Empty(RecipientFanOut.FindAllEnclosing(send, index));
        }

        [Fact]
        public async Task LocalFunctionDeclaredInLoopIsNotRepeatedByIt()
        {
            var (send, index) = await SendIn("void M(List<string> users) { foreach (var user in users) { Notify(\"x\"); } void Notify(string who) { Send(who, \"hi\"); } }");

            Assert.Null(RecipientFanOut.FindEnclosing(send, index));
        }

        [Fact]
        public async Task NestedFanOutsInnermostFirst()
        {
            var (send, index) = await SendIn("async Task M(List<List<string>> batches) { foreach (var batch in batches) { foreach (var user in batch) await Send(user, \"hi\"); } }");

            var all = RecipientFanOut.FindAllEnclosing(send, index).ToList();

            Assert.Equal(new[] { "batch", "batches" }, all.Select(f => f.Collection!.Syntax.ToString()));
            Assert.True(RecipientFanOut.DependsOnElement(send.Arguments[0].Value, all[0]));
            Assert.True(RecipientFanOut.DependsOnElement(send.Arguments[0].Value, all[1]));
        }

        [Fact]
        public async Task DependsOnElementThroughLocalsComputedInTheBody()
        {
            var (send, index) = await SendIn("async Task M(List<string> users, string admin) { foreach (var user in users) { var code = user.GetHashCode(); var text = \"Your code: \" + code; await Send(admin, text); } }");

            var fanOut = RecipientFanOut.FindEnclosing(send, index)!;

            Assert.False(RecipientFanOut.DependsOnElement(send.Arguments[0].Value, fanOut));
            Assert.True(RecipientFanOut.DependsOnElement(send.Arguments[1].Value, fanOut));
        }

        [Fact]
        public async Task DependsOnElementThroughAnInnerLoopVariable()
        {
            var (send, index) = await SendIn("async Task M(List<string> users, string[] news) { foreach (var user in users) { foreach (var line in user.Split(',')) await Send(user, line); } }");

            var outer = RecipientFanOut.FindAllEnclosing(send, index).Last();

            Assert.Equal("users", outer.Collection!.Syntax.ToString());
            Assert.True(RecipientFanOut.DependsOnElement(send.Arguments[1].Value, outer));
        }

        [Fact]
        public async Task InnerLoopOverSharedItemsDoesNotDependOnOuterElement()
        {
            var (send, index) = await SendIn("async Task M(List<string> users, string[] news) { foreach (var user in users) { foreach (var line in news) await Send(user, line); } }");

            var outer = RecipientFanOut.FindAllEnclosing(send, index).Last();

            Assert.False(RecipientFanOut.DependsOnElement(send.Arguments[1].Value, outer));
        }

        [Fact]
        public async Task DependsOnElementThroughCompoundAssignmentAndOutVariable()
        {
            var (send, index) = await SendIn("async Task M(List<string> users, Dictionary<string, string> codes, string admin) { foreach (var user in users) { var text = \"Codes: \"; codes.TryGetValue(user, out var code); text += code; await Send(admin, text); } }");

            var fanOut = RecipientFanOut.FindEnclosing(send, index)!;

            Assert.True(RecipientFanOut.DependsOnElement(send.Arguments[1].Value, fanOut));
        }

        [Fact]
        public async Task DependsOnElementThroughAPatternVariable()
        {
            var (send, index) = await SendIn("async Task M(List<object> items, string admin) { foreach (var item in items) { if (item is string name) await Send(admin, name); } }");

            var fanOut = RecipientFanOut.FindEnclosing(send, index)!;

            Assert.True(RecipientFanOut.DependsOnElement(send.Arguments[1].Value, fanOut));
        }

        [Fact]
        public async Task DeconstructedForEachVariablesAreElements()
        {
            var (send, index) = await SendIn("async Task M(List<(string Id, string Name)> users) { foreach (var (id, name) in users) await Send(id, \"hi\"); }");

            var fanOut = RecipientFanOut.FindEnclosing(send, index)!;

            Assert.True(RecipientFanOut.DependsOnElement(send.Arguments[0].Value, fanOut));
            Assert.False(RecipientFanOut.DependsOnElement(send.Arguments[1].Value, fanOut));
        }

        private static async Task<(IInvocationOperation Send, SocialApiIndex Index)> SendIn(string member)
        {
            var source = @"using System; using System.Collections.Generic; using System.Linq; using System.Threading.Tasks;
class C
{
    static Task Send(string recipient, string text) => Task.CompletedTask;
    " + member + @"
}";
            var references = await Libraries.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var compilation = CSharpCompilation.Create(
                "FanOutSample",
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            var tree = compilation.SyntaxTrees.Single();
            var call = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().Single(i => i.Expression.ToString() == "Send");
            var send = (IInvocationOperation)compilation.GetSemanticModel(tree).GetOperation(call)!;
            return (send, SocialApiIndexBuilder.Build(compilation, ImmutableArray<AdditionalText>.Empty, CancellationToken.None));
        }
    }
}
