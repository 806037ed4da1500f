using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SocialAutomation.Analyzers.CodeFixes
{
    /// <summary>
    /// Removes the statement that makes a call, the statements that use a local it declares (an opened DM channel),
    /// and, when no <c>await</c> is left, the <c>async</c> modifier it made useless (so the fix adds no CS1998 warning).
    /// </summary>
    internal static class StatementRemover
    {
        public static bool CanRemove(InvocationExpressionSyntax invocation)
            => StatementOf(invocation) is { Parent: BlockSyntax };

        public static async Task<Document> RemoveAsync(Document document, TextSpan span, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var invocation = ReportedCall.SyntaxAt(root, span);
            if (root == null || model == null || invocation == null || StatementOf(invocation) is not { Parent: BlockSyntax block } statement)
            {
                return document;
            }

            // Statements that use a local the removed statements declared go too, transitively: removing
            // 'var channel = Open(...)' removes 'var message = new Message { Channel = channel }' and then the uses of 'message'.
            var doomed = new List<StatementSyntax> { statement };
            var locals = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            AddDeclaredLocals(statement, model, locals, cancellationToken);
            foreach (var later in block.Statements.Where(s => s.SpanStart > statement.SpanStart))
            {
                if (locals.Count > 0 && later.DescendantNodes().OfType<IdentifierNameSyntax>().Any(id => locals.Contains(model.GetSymbolInfo(id, cancellationToken).Symbol!)))
                {
                    doomed.Add(later);
                    AddDeclaredLocals(later, model, locals, cancellationToken);
                }
            }

            var function = statement.Ancestors().FirstOrDefault(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax);
            var returnType = function == null ? null : ReturnType(model, function, cancellationToken);
            root = root.TrackNodes(doomed.Cast<SyntaxNode>().Concat(function == null ? Enumerable.Empty<SyntaxNode>() : new[] { function }));
            root = root.RemoveNodes(doomed.Select(d => root.GetCurrentNode(d)!), SyntaxRemoveOptions.KeepNoTrivia | SyntaxRemoveOptions.KeepUnbalancedDirectives)!;
            if (function != null && root.GetCurrentNode(function) is { } current)
            {
                var cleaned = DropUselessAsync(current, returnType);
                if (cleaned != current)
                {
                    root = root.ReplaceNode(current, cleaned);
                }
            }

            return document.WithSyntaxRoot(root);
        }

        private static StatementSyntax? StatementOf(InvocationExpressionSyntax invocation)
        {
            SyntaxNode node = invocation;
            while (node.Parent is AwaitExpressionSyntax or ParenthesizedExpressionSyntax or CastExpressionSyntax)
            {
                node = node.Parent;
            }

            switch (node.Parent)
            {
                case ExpressionStatementSyntax statement:
                    return statement;
                case AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax statement }:
                    return statement;
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax declaration } } }:
                    return declaration;
                default:
                    return null;
            }
        }

        private static ITypeSymbol? ReturnType(SemanticModel model, SyntaxNode function, CancellationToken cancellationToken)
        {
            var symbol = function is AnonymousFunctionExpressionSyntax
                ? model.GetSymbolInfo(function, cancellationToken).Symbol
                : model.GetDeclaredSymbol(function, cancellationToken);
            return (symbol as IMethodSymbol)?.ReturnType;
        }

        /// <summary>An async function left without await: drop <c>async</c>; a Task-returning one then returns a completed task.</summary>
        private static SyntaxNode DropUselessAsync(SyntaxNode function, ITypeSymbol? returnType)
        {
            var asyncKeyword = function switch
            {
                AnonymousFunctionExpressionSyntax lambda => lambda.AsyncKeyword,
                LocalFunctionStatementSyntax local => local.Modifiers.FirstOrDefault(m => m.IsKind(SyntaxKind.AsyncKeyword)),
                MethodDeclarationSyntax method => method.Modifiers.FirstOrDefault(m => m.IsKind(SyntaxKind.AsyncKeyword)),
                _ => default,
            };
            if (!asyncKeyword.IsKind(SyntaxKind.AsyncKeyword) || ContainsAwait(function))
            {
                return function;
            }

            var body = function switch
            {
                AnonymousFunctionExpressionSyntax lambda => lambda.Block,
                LocalFunctionStatementSyntax local => local.Body,
                MethodDeclarationSyntax method => method.Body,
                _ => null,
            };
            var returnsTask = returnType is INamedTypeSymbol { Name: "Task" or "ValueTask", Arity: 0, ContainingNamespace: { } ns } && ns.ToDisplayString() == "System.Threading.Tasks";
            var returnsVoid = returnType?.SpecialType == SpecialType.System_Void;
            if (body == null || !(returnsTask || returnsVoid))
            {
                return function;
            }

            var newBody = body;
            if (returnsTask)
            {
                var completed = returnType!.Name == "ValueTask"
                    ? (ExpressionSyntax)LiteralExpression(SyntaxKind.DefaultLiteralExpression, Token(SyntaxKind.DefaultKeyword))
                    : ParseExpression("System.Threading.Tasks.Task.CompletedTask").WithAdditionalAnnotations(Simplifier.Annotation);
                newBody = newBody.ReplaceNodes(
                    newBody.DescendantNodes(n => n is not AnonymousFunctionExpressionSyntax and not LocalFunctionStatementSyntax).OfType<ReturnStatementSyntax>().Where(r => r.Expression == null),
                    (_, r) => r.WithExpression(completed).WithReturnKeyword(r.ReturnKeyword.WithTrailingTrivia(Space)));
                if (newBody.Statements.LastOrDefault() is not ReturnStatementSyntax and not ThrowStatementSyntax)
                {
                    newBody = newBody.AddStatements(ReturnStatement(completed));
                }
            }

            newBody = newBody.WithAdditionalAnnotations(Formatter.Annotation);
            return function switch
            {
                AnonymousFunctionExpressionSyntax lambda => lambda.WithAsyncKeyword(default).WithBody(newBody).WithLeadingTrivia(lambda.GetLeadingTrivia()),
                LocalFunctionStatementSyntax local => local.WithModifiers(Without(local.Modifiers, asyncKeyword)).WithBody(newBody),
                MethodDeclarationSyntax method => method.WithModifiers(Without(method.Modifiers, asyncKeyword)).WithBody(newBody),
                _ => function,
            };
        }

        private static SyntaxTokenList Without(SyntaxTokenList modifiers, SyntaxToken modifier)
        {
            var index = modifiers.IndexOf(modifier);
            var result = modifiers.RemoveAt(index);
            if (index == 0 && result.Count > 0)
            {
                result = result.Replace(result[0], result[0].WithLeadingTrivia(modifier.LeadingTrivia));
            }

            return result;
        }

        private static bool ContainsAwait(SyntaxNode function)
            => function.DescendantNodes(n => n == function || n is not AnonymousFunctionExpressionSyntax and not LocalFunctionStatementSyntax)
                .Any(n => n is AwaitExpressionSyntax || n is ForEachStatementSyntax { AwaitKeyword.RawKind: (int)SyntaxKind.AwaitKeyword } || n is UsingStatementSyntax { AwaitKeyword.RawKind: (int)SyntaxKind.AwaitKeyword } || n is LocalDeclarationStatementSyntax { AwaitKeyword.RawKind: (int)SyntaxKind.AwaitKeyword });

        private static void AddDeclaredLocals(StatementSyntax statement, SemanticModel model, HashSet<ISymbol> locals, CancellationToken cancellationToken)
        {
            if (statement is LocalDeclarationStatementSyntax declaration)
            {
                foreach (var variable in declaration.Declaration.Variables)
                {
                    if (model.GetDeclaredSymbol(variable, cancellationToken) is { } local)
                    {
                        locals.Add(local);
                    }
                }
            }
        }
    }
}
