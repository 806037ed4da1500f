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

        protected override void RegisterFixes(CodeFixContext context, Diagnostic diagnostic)
        {
            // The DM of an indirect diagnostic happens in another method: removing this call could remove more than the DM.
            if (diagnostic.Properties.ContainsKey(AutoDirectMessageOnFollowAnalyzer.IndirectKey)
                || diagnostic.Location.SourceTree?.GetRoot(context.CancellationToken) is not { } root
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } invocation)
            {
                return;
            }

            if (PublicWelcomeRewriter.CanRewrite(invocation, diagnostic.Properties))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Welcome publicly instead",
                        ct => Rewrite(context.Document, diagnostic.Location.SourceSpan, diagnostic.Properties, ct),
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

        private static async Task<Document> Rewrite(Document document, Microsoft.CodeAnalysis.Text.TextSpan span, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var invocation = root?.FindNode(span, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>();
            if (root == null || invocation == null)
            {
                return document;
            }

            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var rewritten = PublicWelcomeRewriter.Rewrite(root, invocation, properties, UnusedName(model, invocation.SpanStart, "publicChannel"));
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
