using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
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
    /// SMA005: removes the links from the literals the analyzer found (its additional locations), keeping the rest of the
    /// text. A const declared elsewhere is edited where it is declared. The edit is textual, inside the literal's
    /// delimiters, so escapes, verbatim and raw strings and interpolation holes stay as written.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PromotionalLinkInDirectMessageCodeFixProvider)), Shared]
    public sealed class PromotionalLinkInDirectMessageCodeFixProvider : SocialCodeFixProvider
    {
        public const string RemoveLinkKey = "SMA005.RemoveLink";

        public PromotionalLinkInDirectMessageCodeFixProvider()
            : base(RuleIdentifiers.PromotionalLinkInDirectMessage)
        {
        }

        protected override void RegisterFixes(CodeFixContext context, Diagnostic diagnostic)
        {
            if (diagnostic.AdditionalLocations.Count == 0)
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Remove the link from the direct message",
                    cancellationToken => RemoveLinksAsync(context.Document.Project.Solution, diagnostic, cancellationToken),
                    RemoveLinkKey),
                diagnostic);
        }

        private static async Task<Solution> RemoveLinksAsync(Solution solution, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            foreach (var group in diagnostic.AdditionalLocations.Where(l => l.IsInSource).GroupBy(l => l.SourceTree!))
            {
                var document = solution.GetDocument(group.Key);
                if (document == null)
                {
                    continue;
                }

                var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                if (root == null)
                {
                    continue;
                }

                var changes = new List<TextChange>();
                foreach (var location in group)
                {
                    if (EditFor(root.FindToken(location.SourceSpan.Start)) is { } change)
                    {
                        changes.Add(change);
                    }
                }

                if (changes.Count > 0)
                {
                    solution = solution.WithDocumentText(document.Id, text.WithChanges(changes));
                }
            }

            return solution;
        }

        /// <summary>The edit of one literal token: its content without links, or null when there is nothing to change.</summary>
        private static TextChange? EditFor(SyntaxToken token)
        {
            if (!TryGetContent(token, out var contentStart, out var contentEnd, out var escapes, out var atStart, out var atEnd))
            {
                return null;
            }

            var content = token.Text.Substring(contentStart, contentEnd - contentStart);
            var updated = LinkRemover.Remove(content, atStart, atEnd, escapes);
            return updated == content
                ? null
                : new TextChange(new TextSpan(token.SpanStart + contentStart, content.Length), updated);
        }

        private static bool TryGetContent(SyntaxToken token, out int start, out int end, out bool escapes, out bool atStart, out bool atEnd)
        {
            var text = token.Text;
            start = 0;
            end = text.Length;
            escapes = false;
            atStart = true;
            atEnd = true;
            switch (token.Kind())
            {
                case SyntaxKind.StringLiteralToken:
                case SyntaxKind.Utf8StringLiteralToken:
                    var verbatim = text.StartsWith("@", System.StringComparison.Ordinal);
                    start = verbatim ? 2 : 1;
                    end = text.Length - (token.IsKind(SyntaxKind.Utf8StringLiteralToken) ? 3 : 1);
                    escapes = !verbatim;
                    break;
                case SyntaxKind.SingleLineRawStringLiteralToken:
                case SyntaxKind.MultiLineRawStringLiteralToken:
                    var quotes = 0;
                    while (quotes < text.Length && text[quotes] == '"')
                    {
                        quotes++;
                    }

                    start = quotes;
                    end = text.Length - quotes;
                    break;
                case SyntaxKind.InterpolatedStringTextToken when token.Parent is InterpolatedStringTextSyntax { Parent: InterpolatedStringExpressionSyntax interpolated } part:
                    escapes = !interpolated.StringStartToken.Text.Contains("@") && !interpolated.StringStartToken.Text.Contains("\"\"\"");
                    atStart = interpolated.Contents.First() == part;
                    atEnd = interpolated.Contents.Last() == part;
                    break;
                default:
                    return false;
            }

            return end > start;
        }
    }
}
