using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using SocialAutomation.Analyzers.Rules;

namespace SocialAutomation.Analyzers.CodeFixes
{
    /// <summary>
    /// SMA002: replaces the loop that DMs everyone the same text with one public post of that text, using the public
    /// alternative the analyzer found in the catalog (offered only when it found one).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BroadcastDirectMessageCodeFixProvider)), Shared]
    public sealed class BroadcastDirectMessageCodeFixProvider : SocialCodeFixProvider
    {
        public const string PostOncePubliclyKey = "SMA002.PostOncePublicly";

        public BroadcastDirectMessageCodeFixProvider()
            : base(RuleIdentifiers.BroadcastDirectMessage)
        {
        }

        protected override void RegisterFixes(CodeFixContext context, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(BroadcastDirectMessageAnalyzer.PublicPostProperty, out var post)
                || string.IsNullOrEmpty(post)
                || diagnostic.AdditionalLocations.Count == 0)
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Post once publicly instead",
                    cancellationToken => ReplaceLoopAsync(context.Document, diagnostic.AdditionalLocations[0], post!, cancellationToken),
                    PostOncePubliclyKey),
                diagnostic);
        }

        private static async Task<Document> ReplaceLoopAsync(Document document, Location loopLocation, string post, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root?.FindNode(loopLocation.SourceSpan, getInnermostNodeForTie: true) is not StatementSyntax loop)
            {
                return document;
            }

            var replacement = SyntaxFactory.ParseStatement(post)
                .WithTriviaFrom(loop)
                .WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation);
            return await AnnotatedCleanup.ApplyAsync(document.WithSyntaxRoot(root.ReplaceNode(loop, replacement)), cancellationToken).ConfigureAwait(false);
        }
    }
}
