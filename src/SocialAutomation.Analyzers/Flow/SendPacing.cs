using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>
    /// Whether a region of code slows its sends down: a <c>pace</c> call (<c>Task.Delay</c>, a rate limiter, a periodic
    /// timer) or a catch of the platform's rate-limit error, written in the region or in source methods it calls, a few
    /// calls deep. One instance per compilation caches what each source method does.
    /// </summary>
    internal sealed class SendPacing
    {
        private readonly SocialApiIndex _index;
        private readonly Compilation _compilation;
        private readonly ConcurrentDictionary<(IMethodSymbol Method, int Depth), bool> _methods =
            new ConcurrentDictionary<(IMethodSymbol, int), bool>();

        public SendPacing(SocialApiIndex index, Compilation compilation)
        {
            _index = index;
            _compilation = compilation;
        }

        /// <summary>Whether <paramref name="region"/> paces or handles rate limits, following source calls <paramref name="depth"/> deep.</summary>
        public bool IsGuarded(IOperation region, int depth)
            => IsGuarded(region, depth, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), out _);

        private bool IsGuarded(IOperation region, int depth, HashSet<IMethodSymbol> onPath, out bool cutShort)
        {
            cutShort = false;
            foreach (var operation in region.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IInvocationOperation invocation:
                        if (_index.Has(invocation, SocialRole.Pace))
                        {
                            return true;
                        }

                        if (depth > 0 && SourceCallGraph.IsSourceMethod(invocation.TargetMethod))
                        {
                            var guarded = IsSourceMethodGuarded(invocation.TargetMethod.OriginalDefinition, depth - 1, onPath, out var calleeCut);
                            cutShort |= calleeCut;
                            if (guarded)
                            {
                                return true;
                            }
                        }

                        break;
                    case ICatchClauseOperation clause when HandlesRateLimit(clause):
                        return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a scope switches on a client's own pacing, a field the catalog marks <c>pace</c>
        /// (<c>client.Config.RateLimitTrackerMode = RateLimitTrackerMode.TrackAndAwait;</c> before the loop).
        /// </summary>
        public bool ConfiguresPacing(IOperation scope)
        {
            foreach (var operation in scope.DescendantsAndSelf())
            {
                if (operation is IFieldReferenceOperation field && _index.Has(field.Field, SocialRole.Pace))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a try statement around <paramref name="send"/> (inside or outside the loop) catches the rate-limit error.</summary>
        public bool IsInsideRateLimitTry(IOperation send)
        {
            var child = send;
            for (var current = send.Parent; current != null; child = current, current = current.Parent)
            {
                if (current is ITryOperation tryOperation && child == tryOperation.Body)
                {
                    foreach (var clause in tryOperation.Catches)
                    {
                        if (HandlesRateLimit(clause))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// A catch handles rate limits when it catches a rate-limit-error type, or when its filter or body tests for one
        /// (<c>when (e.ErrorCode == 429)</c>, <c>e is SlackRateLimitException</c>, reading <c>RetryAfter</c>).
        /// </summary>
        private bool HandlesRateLimit(ICatchClauseOperation clause)
        {
            if ((_index.RolesOfType(clause.ExceptionType) & SocialRole.RateLimitError) != 0)
            {
                return true;
            }

            return (clause.Filter != null && ReadsRateLimitError(clause.Filter)) || ReadsRateLimitError(clause.Handler);
        }

        private bool ReadsRateLimitError(IOperation operation)
        {
            foreach (var descendant in operation.DescendantsAndSelf())
            {
                ISymbol? tested = descendant switch
                {
                    IPropertyReferenceOperation property => property.Property,
                    IIsTypeOperation isType => isType.TypeOperand,
                    IPatternOperation pattern => pattern.NarrowedType,
                    _ => null,
                };
                if (tested != null && _index.Has(tested, SocialRole.RateLimitError))
                {
                    return true;
                }
            }

            return false;
        }

        // Cached only when no recursion was cut short, so the answer never depends on which thread asked first.
        private bool IsSourceMethodGuarded(IMethodSymbol method, int depth, HashSet<IMethodSymbol> onPath, out bool cutShort)
        {
            cutShort = false;
            var key = (method, depth);
            if (_methods.TryGetValue(key, out var known))
            {
                return known;
            }

            if (!onPath.Add(method))
            {
                cutShort = true;
                return false;
            }

            var guarded = false;
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var body = BodyOf(reference.GetSyntax());
                if (body == null)
                {
                    continue;
                }

                guarded = IsGuarded(body, depth, onPath, out var bodyCut);
                cutShort |= bodyCut;
                if (guarded)
                {
                    break;
                }
            }

            onPath.Remove(method);
            if (guarded || !cutShort)
            {
                _methods.TryAdd(key, guarded);
            }

            return guarded;
        }

        [SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1030", Justification = "Interprocedural: the callee lives in another tree; the driver's semantic model cache serves it and the result is cached per compilation.")]
        private IOperation? BodyOf(SyntaxNode declaration)
        {
            if (declaration is not (BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax)
                || !_compilation.ContainsSyntaxTree(declaration.SyntaxTree))
            {
                return null;
            }

            return _compilation.GetSemanticModel(declaration.SyntaxTree).GetOperation(declaration);
        }
    }
}
