using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>
    /// Follows calls into methods declared in source, so a rule sees a DM sent by a helper its handler calls.
    /// Each method body is read once per compilation; answers are cached per (method, depth).
    /// </summary>
    internal sealed class SourceCallGraph
    {
        /// <summary>Calls per source method, shared by every graph and rule of a compilation: each body is read once.</summary>
        private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<ISymbol, ImmutableArray<IInvocationOperation>>> CallsByCompilation =
            new ConditionalWeakTable<Compilation, ConcurrentDictionary<ISymbol, ImmutableArray<IInvocationOperation>>>();

        private readonly Compilation _compilation;
        private readonly System.Func<IInvocationOperation, bool> _isTarget;
        private readonly ConcurrentDictionary<ISymbol, ImmutableArray<IInvocationOperation>> _calls;
        private readonly ConcurrentDictionary<(IMethodSymbol, int), IInvocationOperation?> _reach = new ConcurrentDictionary<(IMethodSymbol, int), IInvocationOperation?>();

        /// <param name="isTarget">The calls being looked for (for example: sends a private message).</param>
        public SourceCallGraph(Compilation compilation, System.Func<IInvocationOperation, bool> isTarget)
        {
            _compilation = compilation;
            _isTarget = isTarget;
            _calls = CallsByCompilation.GetValue(compilation, _ => new ConcurrentDictionary<ISymbol, ImmutableArray<IInvocationOperation>>(ReferenceComparer.Instance));
        }

        /// <summary>A method with a body in source; the assembly test first, as metadata methods are most calls and it allocates nothing.</summary>
        public static bool IsSourceMethod(IMethodSymbol method)
            => IsInSourceAssembly(method) && !method.IsAbstract && !method.IsExtern
                && method.MethodKind != MethodKind.DelegateInvoke && !method.DeclaringSyntaxReferences.IsEmpty;

        /// <summary>
        /// Whether a method belongs to a compilation's own assembly. A method read from metadata has a token, a field of
        /// the symbol itself, so most calls are settled without walking its namespaces up to the assembly.
        /// </summary>
        public static bool IsInSourceAssembly(IMethodSymbol method)
            => method.MetadataToken == 0 && method.ContainingAssembly is ISourceAssemblySymbol;

        /// <summary>The first target call reached from <paramref name="method"/> within <paramref name="depth"/> source calls, or null.</summary>
        public IInvocationOperation? FindTarget(IMethodSymbol method, int depth, CancellationToken cancellationToken)
            => FindTarget(method.OriginalDefinition, depth, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), cancellationToken, out _);

        // Results are cached only when no recursion was cut short, so the answer never depends on which thread asked first.
        private IInvocationOperation? FindTarget(IMethodSymbol method, int depth, HashSet<IMethodSymbol> onPath, CancellationToken cancellationToken, out bool cutShort)
        {
            cutShort = false;
            method = method.OriginalDefinition;
            if (depth <= 0 || !IsSourceMethod(method))
            {
                return null;
            }

            var key = (method, depth);
            if (_reach.TryGetValue(key, out var known))
            {
                return known;
            }

            if (!onPath.Add(method))
            {
                cutShort = true;
                return null;
            }

            IInvocationOperation? found = null;
            var calls = CallsIn(method, cancellationToken);
            foreach (var call in calls)
            {
                if (_isTarget(call))
                {
                    found = call;
                    break;
                }
            }

            if (found == null)
            {
                foreach (var call in calls)
                {
                    found = FindTarget(call.TargetMethod, depth - 1, onPath, cancellationToken, out var calleeCut);
                    cutShort |= calleeCut;
                    if (found != null)
                    {
                        break;
                    }
                }
            }

            onPath.Remove(method);
            if (found != null || !cutShort)
            {
                _reach.TryAdd(key, found);
            }

            return found;
        }

        /// <summary>The invocations in a source method's body (a definition), in source order.</summary>
        [SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1030", Justification = "Interprocedural: the callee lives in another tree; the driver's semantic model cache serves it and the result is cached per compilation.")]
        private ImmutableArray<IInvocationOperation> CallsIn(IMethodSymbol method, CancellationToken cancellationToken)
        {
            if (_calls.TryGetValue(method, out var calls))
            {
                return calls;
            }

            // A method of another project (a compilation reference) has its syntax in that project's compilation.
            if (!SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _compilation.Assembly))
            {
                return ImmutableArray<IInvocationOperation>.Empty;
            }

            var builder = ImmutableArray.CreateBuilder<IInvocationOperation>();
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax(cancellationToken);
                var model = _compilation.GetSemanticModel(syntax.SyntaxTree);
                var body = model.GetOperation(syntax, cancellationToken);
                if (body == null)
                {
                    continue;
                }

                foreach (var operation in body.DescendantsAndSelf())
                {
                    if (operation is IInvocationOperation invocation)
                    {
                        builder.Add(invocation);
                    }
                }
            }

            return _calls.GetOrAdd(method, builder.ToImmutable());
        }

        public static IEnumerable<IInvocationOperation> InvocationsIn(IOperation body)
        {
            foreach (var operation in body.DescendantsAndSelf())
            {
                if (operation is IInvocationOperation invocation)
                {
                    yield return invocation;
                }
            }
        }
    }
}
