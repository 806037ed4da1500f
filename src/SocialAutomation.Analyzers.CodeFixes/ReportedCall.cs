using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.CodeFixes
{
    /// <summary>
    /// The call a diagnostic was reported on, read again for a fix that works out its own data: its operation, the
    /// semantic model and the compilation's catalog index (the one the analyzer used, cached per compilation).
    /// </summary>
    internal sealed class ReportedCall
    {
        private ReportedCall(IInvocationOperation operation, SemanticModel model, SocialApiIndex index)
        {
            Operation = operation;
            Model = model;
            Index = index;
        }

        public IInvocationOperation Operation { get; }

        public SemanticModel Model { get; }

        public SocialApiIndex Index { get; }

        /// <summary>The invocation a diagnostic's span names (the call itself, or a node inside it).</summary>
        public static InvocationExpressionSyntax? SyntaxAt(SyntaxNode? root, TextSpan span)
            => root?.FindNode(span, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>();

        /// <summary>Null when the invocation no longer binds to a call.</summary>
        public static async Task<ReportedCall?> FindAsync(Document document, InvocationExpressionSyntax invocation, CancellationToken cancellationToken)
        {
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model?.GetOperation(invocation, cancellationToken) is not IInvocationOperation operation)
            {
                return null;
            }

            return new ReportedCall(operation, model, SocialApiIndexBuilder.Get(model.Compilation, document.Project.AnalyzerOptions, cancellationToken));
        }
    }
}
