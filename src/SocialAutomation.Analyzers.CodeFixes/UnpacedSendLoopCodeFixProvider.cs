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
    /// SMA008: inserts <c>await Task.Delay(TimeSpan.FromMilliseconds(N));</c> after the send, N from the diagnostic
    /// (the platform's per-chat pace). Offered only where the analyzer found an awaitable loop body.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnpacedSendLoopCodeFixProvider)), Shared]
    public sealed class UnpacedSendLoopCodeFixProvider : CodeFixProvider
    {
        public const string AddDelayKey = "SMA008.AddDelay";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnpacedSendLoop);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(UnpacedSendLoopAnalyzer.DelayMillisecondsProperty, out var milliseconds)
                    || !int.TryParse(milliseconds, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var delay)
                    || diagnostic.AdditionalLocations.Count == 0)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Wait {delay} ms after each send",
                        cancellationToken => AddDelayAsync(context.Document, diagnostic.AdditionalLocations[0], delay, cancellationToken),
                        AddDelayKey),
                    diagnostic);
            }

            return Task.CompletedTask;
        }

        private static async Task<Document> AddDelayAsync(Document document, Location sendStatementLocation, int delay, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root?.FindNode(sendStatementLocation.SourceSpan, getInnermostNodeForTie: true) is not StatementSyntax send)
            {
                return document;
            }

            var pause = SyntaxFactory.ParseStatement(
                    $"await global::System.Threading.Tasks.Task.Delay(global::System.TimeSpan.FromMilliseconds({delay.ToString(System.Globalization.CultureInfo.InvariantCulture)}));")
                .WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation);

            SyntaxNode newRoot;
            if (send.Parent is BlockSyntax)
            {
                newRoot = root.InsertNodesAfter(send, new[] { pause });
            }
            else
            {
                // `foreach (...) await Send();` becomes a block holding the send and the pause.
                var block = SyntaxFactory.Block(send.WithoutTrivia(), pause)
                    .WithTriviaFrom(send)
                    .WithAdditionalAnnotations(Formatter.Annotation);
                newRoot = root.ReplaceNode(send, block);
            }

            return document.WithSyntaxRoot(newRoot);
        }
    }
}
