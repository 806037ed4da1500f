using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SocialAutomation.Analyzers.Tests.Reliability
{
    /// <summary>One applied code action: which fix, and the solution it produced.</summary>
    internal sealed record AppliedFix(string Description, Solution Changed);

    /// <summary>
    /// Invokes code fixes as an IDE does (register, then apply each action's operations) and Fix All as
    /// <c>dotnet format</c> does, catching every exception as a failure to report.
    /// </summary>
    internal static class FixRunner
    {
        private static readonly FixAllScope[] FixAllScopes = { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        /// <summary>Every action of every provider for <paramref name="diagnostic"/>, applied.</summary>
        public static async Task<ImmutableArray<AppliedFix>> ApplyEachAsync(Document document, Diagnostic diagnostic, List<string> failures, CancellationToken cancellationToken = default)
        {
            var applied = ImmutableArray.CreateBuilder<AppliedFix>();
            foreach (var provider in ShippedRules.FixesFor(diagnostic.Id))
            {
                foreach (var action in await RegisterAsync(provider, document, diagnostic, failures, cancellationToken).ConfigureAwait(false))
                {
                    var description = $"{provider.GetType().Name} '{action.Title}' ({action.EquivalenceKey}) on {diagnostic}";
                    var changed = await ApplyAsync(action, description, failures, cancellationToken).ConfigureAwait(false);
                    if (changed != null)
                    {
                        applied.Add(new AppliedFix(description, changed));
                    }
                }
            }

            return applied.ToImmutable();
        }

        /// <summary>Fix All in document, project and solution scope for every equivalence key the diagnostics offer.</summary>
        public static async Task<ImmutableArray<AppliedFix>> FixAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, List<string> failures, CancellationToken cancellationToken = default)
        {
            var applied = ImmutableArray.CreateBuilder<AppliedFix>();
            var provider = new FixedDiagnostics(document, diagnostics);
            foreach (var fix in ShippedRules.Fixes)
            {
                var fixable = diagnostics.Where(d => fix.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray();
                var fixAll = fix.GetFixAllProvider();
                if (fixable.IsEmpty || fixAll == null)
                {
                    continue;
                }

                var keys = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var diagnostic in fixable)
                {
                    foreach (var action in await RegisterAsync(fix, document, diagnostic, failures, cancellationToken).ConfigureAwait(false))
                    {
                        if (action.EquivalenceKey != null)
                        {
                            keys.Add(action.EquivalenceKey);
                        }
                    }
                }

                var ids = fixable.Select(d => d.Id).Distinct().ToImmutableArray();
                foreach (var key in keys)
                {
                    foreach (var scope in FixAllScopes.Where(s => fixAll.GetSupportedFixAllScopes().Contains(s)))
                    {
                        var description = $"Fix All {scope} {fix.GetType().Name} ({key}) in {document.FilePath}";
                        try
                        {
                            var context = new FixAllContext(document, fix, scope, key, ids, provider, cancellationToken);
                            var action = await fixAll.GetFixAsync(context).ConfigureAwait(false);
                            var changed = action == null ? null : await ApplyAsync(action, description, failures, cancellationToken).ConfigureAwait(false);
                            if (changed != null)
                            {
                                applied.Add(new AppliedFix(description, changed));
                            }
                        }
                        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                        {
                            failures.Add($"{description} threw {exception}");
                        }
                    }
                }
            }

            return applied.ToImmutable();
        }

        private static async Task<ImmutableArray<CodeAction>> RegisterAsync(CodeFixProvider provider, Document document, Diagnostic diagnostic, List<string> failures, CancellationToken cancellationToken)
        {
            var actions = new List<CodeAction>();
            try
            {
                var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
                await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failures.Add($"{provider.GetType().Name}.RegisterCodeFixesAsync on {diagnostic} threw {exception}");
            }

            return actions.SelectMany(Flatten).ToImmutableArray();
        }

        private static async Task<Solution?> ApplyAsync(CodeAction action, string description, List<string> failures, CancellationToken cancellationToken)
        {
            try
            {
                Solution? changed = null;
                foreach (var operation in await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (operation is ApplyChangesOperation apply)
                    {
                        changed = apply.ChangedSolution;
                    }
                }

                if (changed != null)
                {
                    // Materialise every changed document: a lazily failing rewrite fails here, not in the user's IDE later.
                    foreach (var document in changed.Projects.SelectMany(p => p.Documents))
                    {
                        await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                    }
                }

                return changed;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failures.Add($"{description} threw {exception}");
                return null;
            }
        }

        /// <summary>An action with nested actions (a menu) stands for the actions it nests.</summary>
        private static IEnumerable<CodeAction> Flatten(CodeAction action)
        {
            var nested = NestedActions(action);
            return nested.IsDefaultOrEmpty ? new[] { action } : nested.SelectMany(Flatten);
        }

        private static ImmutableArray<CodeAction> NestedActions(CodeAction action)
        {
            const BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
            var property = typeof(CodeAction).GetProperty("NestedActions", flags) ?? typeof(CodeAction).GetProperty("NestedCodeActions", flags);
            return property?.GetValue(action) is ImmutableArray<CodeAction> nested ? nested : ImmutableArray<CodeAction>.Empty;
        }

        /// <summary>The diagnostics Fix All works on: the ones the analyzers reported for the document.</summary>
        private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
        {
            private readonly Document _document;
            private readonly ImmutableArray<Diagnostic> _diagnostics;

            public FixedDiagnostics(Document document, ImmutableArray<Diagnostic> diagnostics)
            {
                _document = document;
                _diagnostics = diagnostics;
            }

            public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
                => Task.FromResult(document.Id == _document.Id ? _diagnostics.Where(d => d.Location.IsInSource) : Enumerable.Empty<Diagnostic>());

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
                => Task.FromResult(_diagnostics.Where(d => !d.Location.IsInSource));

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
                => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);
        }
    }
}
