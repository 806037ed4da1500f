using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace SocialAutomation.Analyzers.CodeFixes
{
    /// <summary>
    /// Simplifies and formats the nodes a fix annotated. Hosts usually do this after a code action, but not all do
    /// (the test workspace does not), so the fix does it itself and the result is the same everywhere.
    /// </summary>
    internal static class AnnotatedCleanup
    {
        public static async Task<Document> ApplyAsync(Document document, CancellationToken cancellationToken)
        {
            document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
