using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using SocialAutomation.Analyzers.Flow.Mail;
using SocialAutomation.Analyzers.Rules;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SocialAutomation.Analyzers.CodeFixes
{
    /// <summary>
    /// SMA007: adds <c>List-Unsubscribe: &lt;mailto:sender?subject=unsubscribe&gt;</c> with the library's own header
    /// API, right after the statement that creates or addresses the message. Offered only when the message's constant
    /// sender address is found, so no address is invented.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BulkEmailWithoutUnsubscribeCodeFixProvider)), Shared]
    public sealed class BulkEmailWithoutUnsubscribeCodeFixProvider : SocialCodeFixProvider
    {
        public const string AddListUnsubscribeKey = "SMA007.AddListUnsubscribe";

        public BulkEmailWithoutUnsubscribeCodeFixProvider()
            : base(RuleIdentifiers.BulkEmailWithoutUnsubscribe)
        {
        }

        protected override async Task RegisterFixesAsync(CodeFixContext context, Diagnostic diagnostic)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || ReportedCall.SyntaxAt(root, diagnostic.Location.SourceSpan) is not { } invocation
                || await ReportedCall.FindAsync(context.Document, invocation, context.CancellationToken).ConfigureAwait(false) is not { } send
                || UnsubscribeHeaderFix.For(send.Operation, send.Index, context.Document.Project.AnalyzerOptions) is not { } fix)
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Add a List-Unsubscribe header ({fix.Value})",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(AddHeader(root, fix))),
                    AddListUnsubscribeKey),
                diagnostic);
        }

        private static SyntaxNode AddHeader(SyntaxNode root, UnsubscribeHeaderFix fix)
        {
            // message.Headers.Add("List-Unsubscribe", "<mailto:...>") or message.AddGlobalHeader("List-Unsubscribe", "<mailto:...>")
            ExpressionSyntax target = MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Name(fix.Message), IdentifierName(fix.HeaderMember));
            if (fix.HeaderMethod != null)
            {
                target = MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, target, IdentifierName(fix.HeaderMethod));
            }

            var statement = ExpressionStatement(
                    InvocationExpression(target, ArgumentList(SeparatedList(new[]
                    {
                        Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal("List-Unsubscribe"))),
                        Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(fix.Value))),
                    }))))
                .WithAdditionalAnnotations(Formatter.Annotation);

            return root.InsertNodesAfter(fix.Anchor, new[] { statement });
        }

        private static IdentifierNameSyntax Name(string identifier)
            => IdentifierName(SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? VerbatimIdentifier(TriviaList(), "@" + identifier, identifier, TriviaList()) : Identifier(identifier));
    }
}
