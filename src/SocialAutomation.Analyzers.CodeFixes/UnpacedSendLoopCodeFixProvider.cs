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
    public sealed class UnpacedSendLoopCodeFixProvider : SocialCodeFixProvider
    {
        public const string AddDelayKey = "SMA008.AddDelay";

        public UnpacedSendLoopCodeFixProvider()
            : base(RuleIdentifiers.UnpacedSendLoop)
        {
        }

        protected override void RegisterFixes(CodeFixContext context, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(UnpacedSendLoopAnalyzer.DelayMillisecondsProperty, out var milliseconds)
                || !int.TryParse(milliseconds, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var delay)
                || diagnostic.AdditionalLocations.Count == 0)
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Wait {delay} ms after each send",
                    cancellationToken => AddDelayAsync(context.Document, diagnostic.AdditionalLocations[0], delay, cancellationToken),
                    AddDelayKey),
                diagnostic);
        }

        private static async Task<Document> AddDelayAsync(Document document, Location sendStatementLocation, int delay, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root?.FindNode(sendStatementLocation.SourceSpan, getInnermostNodeForTie: true) is not StatementSyntax send)
            {
                return document;
            }

            var pause = SyntaxFactory.ParseStatement(
                    $"await {await TypeNameAsync(document, "System.Threading.Tasks.Task", send.SpanStart, cancellationToken).ConfigureAwait(false)}.Delay("
                    + $"{await TypeNameAsync(document, "System.TimeSpan", send.SpanStart, cancellationToken).ConfigureAwait(false)}.FromMilliseconds({delay.ToString(System.Globalization.CultureInfo.InvariantCulture)}));")
                .WithLeadingTrivia(SyntaxFactory.ElasticMarker)
                .WithTrailingTrivia(EndOfLine(send))
                .WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation);

            SyntaxNode newRoot;
            if (send.Parent is BlockSyntax)
            {
                newRoot = root.InsertNodesAfter(send, new[] { pause });
            }
            else
            {
                // `foreach (...) await Send();` becomes a block holding the send and the pause.
                var block = SyntaxFactory.Block(send.WithoutTrivia().WithTrailingTrivia(EndOfLine(send)), pause)
                    .WithTriviaFrom(send)
                    .WithAdditionalAnnotations(Formatter.Annotation);
                newRoot = root.ReplaceNode(send, block);
            }

            return await AnnotatedCleanup.ApplyAsync(document.WithSyntaxRoot(newRoot), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The file's own line break, so the inserted line matches the lines around it.</summary>
        private static SyntaxTrivia EndOfLine(SyntaxNode near)
        {
            foreach (var trivia in near.GetTrailingTrivia())
            {
                if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    return trivia;
                }
            }

            foreach (var trivia in near.SyntaxTree.GetRoot().DescendantTrivia())
            {
                if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    return trivia;
                }
            }

            return SyntaxFactory.ElasticCarriageReturnLineFeed;
        }

        /// <summary>
        /// The shortest name that binds to the type where the pause goes (<c>Task</c> under <c>using System.Threading.Tasks;</c>).
        /// Computed here because the simplifier leaves names qualified in a statement inserted into a foreach body.
        /// </summary>
        private static async Task<string> TypeNameAsync(Document document, string metadataName, int position, CancellationToken cancellationToken)
        {
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var type = model?.Compilation.GetTypeByMetadataName(metadataName);
            return type == null || model == null ? "global::" + metadataName : type.ToMinimalDisplayString(model, position);
        }
    }
}
