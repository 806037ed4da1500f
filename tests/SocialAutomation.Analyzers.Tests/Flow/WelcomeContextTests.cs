using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Flow;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SocialAutomation.Analyzers.Tests.Flow
{
    /// <summary>
    /// SMA001 records where a public welcome may find the user and the place; its code fix reads that back from the
    /// diagnostic's properties and must find the same operations, or none once the code has changed.
    /// </summary>
    public class WelcomeContextTests
    {
        private const string Source = @"
class Update { public object[] NewChatMembers; }
class Bot
{
    void Handle(Update update, string greeting)
    {
        if (update.NewChatMembers != null)
        {
            System.Action<string> send = text => System.Console.WriteLine(text + greeting);
        }
    }
}";

        private static async Task<SemanticModel> ModelAsync(string source)
        {
            var compilation = await TestCompilation.CreateAsync("Bot", new[] { source }, Enumerable.Empty<MetadataReference>());
            return compilation.GetSemanticModel(compilation.SyntaxTrees.Single());
        }

        private static MemberAccessExpressionSyntax GuardSyntax(SemanticModel model)
            => model.SyntaxTree.GetRoot().DescendantNodes().OfType<MemberAccessExpressionSyntax>().First(m => m.Name.Identifier.Text == "NewChatMembers");

        [Fact]
        public async Task A_guard_is_found_again_as_the_one_candidate()
        {
            var model = await ModelAsync(Source);
            var guardSyntax = GuardSyntax(model);
            var guard = model.GetOperation(guardSyntax)!;

            var read = WelcomeContext.FromProperties(WelcomeContext.Guard(guard).ToProperties(), model, CancellationToken.None);

            Assert.NotNull(read);
            Assert.True(read!.Value.IsGuard);
            var candidate = Assert.Single(read.Value.Candidates());
            Assert.Same(guardSyntax, candidate.Syntax);
            Assert.IsAssignableFrom<IFieldReferenceOperation>(candidate);
        }

        [Fact]
        public async Task A_body_gives_the_parameters_it_reads_in_order()
        {
            var model = await ModelAsync(Source);
            var method = model.SyntaxTree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
            var body = model.GetOperation(method)!;

            var read = WelcomeContext.FromProperties(WelcomeContext.Body(body).ToProperties(), model, CancellationToken.None);

            Assert.NotNull(read);
            Assert.False(read!.Value.IsGuard);
            Assert.Equal(new[] { "update", "text", "greeting" }, read.Value.Candidates().Select(c => c.Syntax.ToString()));
        }

        [Fact]
        public async Task A_kind_this_version_does_not_know_gives_no_context()
        {
            var model = await ModelAsync(Source);
            var guardSyntax = GuardSyntax(model);
            var properties = WelcomeContext.Guard(model.GetOperation(guardSyntax)!).ToProperties().SetItem(WelcomeContext.KindKey, "loop");

            Assert.Null(WelcomeContext.FromProperties(properties, model, CancellationToken.None));
        }

        [Theory]
        [InlineData("body", "5:3")] // no node has exactly this span
        [InlineData("body", "99999:1")] // past the end of the file
        [InlineData("body", "x:1")]
        [InlineData("body", null)]
        [InlineData(null, "0:1")]
        public async Task A_span_that_no_longer_names_an_operation_gives_no_context(string? kind, string? span)
        {
            var model = await ModelAsync(Source);
            var properties = ImmutableDictionary<string, string?>.Empty;
            if (kind != null)
            {
                properties = properties.Add(WelcomeContext.KindKey, kind);
            }

            if (span != null)
            {
                properties = properties.Add(WelcomeContext.SpanKey, span);
            }

            Assert.Null(WelcomeContext.FromProperties(properties, model, CancellationToken.None));
        }
    }
}
