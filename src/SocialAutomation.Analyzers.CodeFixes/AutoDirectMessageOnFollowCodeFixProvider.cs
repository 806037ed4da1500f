using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SocialAutomation.Analyzers.Flow;
using SocialAutomation.Analyzers.Rules;

namespace SocialAutomation.Analyzers.CodeFixes
{
    /// <summary>SMA001 fixes: "Welcome publicly instead" where the join gives a public place, and "Remove the automatic direct message".</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AutoDirectMessageOnFollowCodeFixProvider)), Shared]
    public sealed class AutoDirectMessageOnFollowCodeFixProvider : SocialCodeFixProvider
    {
        public const string WelcomePubliclyKey = "SMA001.WelcomePublicly";
        public const string RemoveKey = "SMA001.RemoveDirectMessage";

        public AutoDirectMessageOnFollowCodeFixProvider()
            : base(RuleIdentifiers.AutoDirectMessageOnFollow)
        {
        }

        protected override async Task RegisterFixesAsync(CodeFixContext context, Diagnostic diagnostic)
        {
            // The DM of an indirect diagnostic happens in another method: removing this call could remove more than the DM.
            if (diagnostic.Properties.ContainsKey(AutoDirectMessageOnFollowAnalyzer.IndirectKey)
                || ReportedCall.SyntaxAt(diagnostic.Location.SourceTree?.GetRoot(context.CancellationToken), diagnostic.Location.SourceSpan) is not { } invocation)
            {
                return;
            }

            var plan = await WelcomePlanAsync(context.Document, invocation, diagnostic.Properties, context.CancellationToken).ConfigureAwait(false);
            if (PublicWelcomeRewriter.CanRewrite(invocation, plan))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Welcome publicly instead",
                        ct => Rewrite(context.Document, diagnostic.Location.SourceSpan, plan, ct),
                        WelcomePubliclyKey),
                    diagnostic);
            }

            if (StatementRemover.CanRemove(invocation))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Remove the automatic direct message",
                        ct => StatementRemover.RemoveAsync(context.Document, diagnostic.Location.SourceSpan, ct),
                        RemoveKey),
                    diagnostic);
            }
        }

        /// <summary>How the DM becomes a public welcome, from the context the analyzer recorded; empty when it cannot.</summary>
        private static async Task<ImmutableDictionary<string, string?>> WelcomePlanAsync(Document document, InvocationExpressionSyntax invocation,
            ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken)
        {
            if (await ReportedCall.FindAsync(document, invocation, cancellationToken).ConfigureAwait(false) is not { } dm
                || WelcomeContext.FromProperties(properties, dm.Model, cancellationToken) is not { } context)
            {
                return ImmutableDictionary<string, string?>.Empty;
            }

            return PublicWelcomePlan.Create(dm.Operation, dm.Index.Find(dm.Operation.TargetMethod), dm.Index, context.Candidates());
        }

        private static async Task<Document> Rewrite(Document document, Microsoft.CodeAnalysis.Text.TextSpan span, ImmutableDictionary<string, string?> plan, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var invocation = ReportedCall.SyntaxAt(root, span);
            if (root == null || invocation == null)
            {
                return document;
            }

            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var rewritten = PublicWelcomeRewriter.Rewrite(root, invocation, plan, UnusedName(model, invocation.SpanStart, "publicChannel"));
            return document.WithSyntaxRoot(rewritten);
        }

        /// <summary>Worked out here rather than by the analyzer: a name lookup per diagnostic is a cost only a fix should pay.</summary>
        private static string UnusedName(SemanticModel? model, int position, string name)
        {
            var candidate = name;
            for (var i = 2; model != null && !model.LookupSymbols(position, name: candidate).IsEmpty; i++)
            {
                candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return candidate;
        }
    }
}
