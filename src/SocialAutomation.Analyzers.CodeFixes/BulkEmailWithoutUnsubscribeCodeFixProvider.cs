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
using SocialAutomation.Analyzers.Rules;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SocialAutomation.Analyzers.CodeFixes
{
    /// <summary>
    /// SMA007: adds <c>List-Unsubscribe: &lt;mailto:sender?subject=unsubscribe&gt;</c> with the library's own header
    /// API, right after the statement that creates or addresses the message. Offered only when the analyzer found the
    /// message's constant sender address, so no address is invented.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BulkEmailWithoutUnsubscribeCodeFixProvider)), Shared]
    public sealed class BulkEmailWithoutUnsubscribeCodeFixProvider : SocialCodeFixProvider
    {
        public const string AddListUnsubscribeKey = "SMA007.AddListUnsubscribe";

        public BulkEmailWithoutUnsubscribeCodeFixProvider()
            : base(RuleIdentifiers.BulkEmailWithoutUnsubscribe)
        {
        }

        protected override void RegisterFixes(CodeFixContext context, Diagnostic diagnostic)
        {
            if (diagnostic.AdditionalLocations.Count == 0
                || !diagnostic.Properties.TryGetValue(BulkEmailWithoutUnsubscribeAnalyzer.UnsubscribeValueProperty, out var value) || value == null)
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Add a List-Unsubscribe header ({value})",
                    cancellationToken => AddHeaderAsync(context.Document, diagnostic, cancellationToken),
                    AddListUnsubscribeKey),
                diagnostic);
        }

        private static async Task<Document> AddHeaderAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var anchor = root?.FindNode(diagnostic.AdditionalLocations[0].SourceSpan).FirstAncestorOrSelf<StatementSyntax>();
            var properties = diagnostic.Properties;
            if (root == null || anchor == null
                || !properties.TryGetValue(BulkEmailWithoutUnsubscribeAnalyzer.MessageProperty, out var message) || message == null
                || !properties.TryGetValue(BulkEmailWithoutUnsubscribeAnalyzer.HeaderMemberProperty, out var member) || member == null)
            {
                return document;
            }

            properties.TryGetValue(BulkEmailWithoutUnsubscribeAnalyzer.HeaderMethodProperty, out var method);
            var value = properties[BulkEmailWithoutUnsubscribeAnalyzer.UnsubscribeValueProperty]!;

            // message.Headers.Add("List-Unsubscribe", "<mailto:...>") or message.AddGlobalHeader("List-Unsubscribe", "<mailto:...>")
            ExpressionSyntax target = MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Name(message), IdentifierName(member));
            if (method != null)
            {
                target = MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, target, IdentifierName(method));
            }

            var statement = ExpressionStatement(
                    InvocationExpression(target, ArgumentList(SeparatedList(new[]
                    {
                        Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal("List-Unsubscribe"))),
                        Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(value))),
                    }))))
                .WithAdditionalAnnotations(Formatter.Annotation);

            return document.WithSyntaxRoot(root.InsertNodesAfter(anchor, new[] { statement }));
        }

        private static IdentifierNameSyntax Name(string identifier)
            => IdentifierName(SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? VerbatimIdentifier(TriviaList(), "@" + identifier, identifier, TriviaList()) : Identifier(identifier));
    }
}
