using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using SocialAutomation.Analyzers.Rules;

namespace SocialAutomation.Analyzers.CodeFixes
{
    /// <summary>
    /// SMA009: sets the schedule's interval to the configured minimum. The analyzer computes the replacement (a cron
    /// string, <c>TimeSpan.FromMinutes(n)</c>, milliseconds, or a sibling helper such as <c>EveryFifteenMinutes()</c>);
    /// this fix only puts it in place of the reported span.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HighFrequencyPostingCodeFixProvider)), Shared]
    public sealed class HighFrequencyPostingCodeFixProvider : SocialCodeFixProvider
    {
        public const string UseMinimumIntervalKey = "SMA009.UseMinimumInterval";

        public HighFrequencyPostingCodeFixProvider()
            : base(RuleIdentifiers.HighFrequencyPosting)
        {
        }

        protected override void RegisterFixes(CodeFixContext context, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(HighFrequencyPostingAnalyzer.ReplacementKey, out var replacement) || string.IsNullOrEmpty(replacement))
            {
                return;
            }

            diagnostic.Properties.TryGetValue(HighFrequencyPostingAnalyzer.MinimumKey, out var minimum);
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Post at most every " + (minimum ?? "minimum interval"),
                    ct => ReplaceAsync(context.Document, diagnostic.Location.SourceSpan, replacement!, ct),
                    UseMinimumIntervalKey),
                diagnostic);
        }

        private static async Task<Document> ReplaceAsync(Document document, TextSpan span, string replacement, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return document;
            }

            var node = root.FindNode(span, getInnermostNodeForTie: true);
            var parsed = SyntaxFactory.ParseExpression(replacement);
            if (parsed.ContainsDiagnostics)
            {
                return document;
            }

            SyntaxNode updated;
            SyntaxNode original;
            if (node is ExpressionSyntax expression && expression.Span == span)
            {
                // A cron string, a TimeSpan, a number, a helper call or method group.
                original = expression;
                updated = parsed.WithTriviaFrom(expression);
            }
            else if (node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { Expression: MemberAccessExpressionSyntax member } invocation
                && member.Name.SpanStart == span.Start && invocation.Span.End == span.End
                && parsed is InvocationExpressionSyntax { Expression: SimpleNameSyntax name } call)
            {
                // The named interval of a fluent chain: EveryMinute() becomes EveryFifteenMinutes().
                original = invocation;
                updated = invocation
                    .WithExpression(member.WithName(name.WithTriviaFrom(member.Name)))
                    .WithArgumentList(call.ArgumentList.WithTriviaFrom(invocation.ArgumentList));
            }
            else
            {
                return document;
            }

            return document.WithSyntaxRoot(root.ReplaceNode(original, updated));
        }
    }
}
