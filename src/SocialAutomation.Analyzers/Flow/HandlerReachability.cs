using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>
    /// The methods of a type that run because someone wrote: method groups and local functions registered for an
    /// <c>inbound-event</c> anywhere in the type (<c>client.MessageReceived += OnMessage</c>), methods that take an inbound
    /// args type or carry a command attribute, and the methods of the type those call, transitively. Computed once per
    /// type, and only when a rule asks (a message that would otherwise be reported).
    /// </summary>
    internal sealed class HandlerReachability
    {
        private readonly Compilation _compilation;
        private readonly SocialApiIndex _index;
        private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableHashSet<IMethodSymbol>> _reachedByType =
            new ConcurrentDictionary<INamedTypeSymbol, ImmutableHashSet<IMethodSymbol>>(SymbolEqualityComparer.Default);

        public HandlerReachability(Compilation compilation, SocialApiIndex index)
        {
            _compilation = compilation;
            _index = index;
        }

        public bool IsReachedFromHandler(IMethodSymbol method, CancellationToken cancellationToken)
        {
            var type = method.ContainingType;
            if (type == null)
            {
                return false;
            }

            if (!_reachedByType.TryGetValue(type.OriginalDefinition, out var reached))
            {
                reached = _reachedByType.GetOrAdd(type.OriginalDefinition, Compute(type.OriginalDefinition, cancellationToken));
            }

            return reached.Contains(method.OriginalDefinition);
        }

        private ImmutableHashSet<IMethodSymbol> Compute(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var calls = new Dictionary<IMethodSymbol, List<IMethodSymbol>>(SymbolEqualityComparer.Default);
            var roots = new List<IMethodSymbol>();
            var handlers = new List<FollowHandler>();

            foreach (var member in type.GetMembers())
            {
                if (member is not IMethodSymbol method)
                {
                    continue;
                }

                if (IsHandlerMethod(method, _index))
                {
                    roots.Add(method);
                }

                foreach (var body in Bodies(method, cancellationToken))
                {
                    ScanBody(method, body, calls, roots, handlers);
                }
            }

            var reached = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            var pending = new Stack<IMethodSymbol>(roots);
            while (pending.Count > 0)
            {
                var method = pending.Pop();
                if (!reached.Add(method) || !calls.TryGetValue(method, out var callees))
                {
                    continue;
                }

                foreach (var callee in callees)
                {
                    pending.Push(callee);
                }
            }

            return ImmutableHashSet.CreateRange<IMethodSymbol>(SymbolEqualityComparer.Default, reached);
        }

        /// <summary>A method that handles what people write by its own shape: an inbound args parameter, a command attribute, a command module.</summary>
        public static bool IsHandlerMethod(IMethodSymbol method, SocialApiIndex index)
        {
            if (HasParameterWithRole(method, SocialRole.InboundEvent, index))
            {
                return true;
            }

            foreach (var attribute in method.GetAttributes())
            {
                if ((index.RolesOfType(attribute.AttributeClass) & SocialRole.InboundEvent) != 0)
                {
                    return true;
                }
            }

            var type = method.MethodKind == MethodKind.LocalFunction ? null : method.ContainingType;
            return type != null && (index.RolesOfType(type) & SocialRole.InboundEvent) != 0;
        }

        public static bool HasParameterWithRole(IMethodSymbol method, SocialRole role, SocialApiIndex index)
        {
            foreach (var parameter in method.Parameters)
            {
                if ((index.RolesOfType(parameter.Type) & role) != 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Records registrations of inbound handlers and the calls each method and local function makes.</summary>
        private void ScanBody(IMethodSymbol method, IOperation body, Dictionary<IMethodSymbol, List<IMethodSymbol>> calls, List<IMethodSymbol> roots, List<FollowHandler> handlers)
        {
            foreach (var operation in body.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IInvocationOperation invocation:
                        AddCall(calls, OwnerOf(invocation, method), invocation.TargetMethod);
                        break;
                    case IEventAssignmentOperation or ICompoundAssignmentOperation or ISimpleAssignmentOperation or IObjectCreationOperation:
                        break;
                    default:
                        continue;
                }

                handlers.Clear();
                FollowHandlers.Collect(operation, _index, SocialRole.InboundEvent, handlers);
                foreach (var handler in handlers)
                {
                    if (handler.Method != null)
                    {
                        roots.Add(handler.Method.OriginalDefinition);
                    }
                    else if (handler.InlineBody != null)
                    {
                        foreach (var call in SourceCallGraph.InvocationsIn(handler.InlineBody))
                        {
                            if (SourceCallGraph.IsSourceMethod(call.TargetMethod))
                            {
                                roots.Add(call.TargetMethod.OriginalDefinition);
                            }
                        }
                    }
                }
            }
        }

        /// <summary>The innermost local function around a call, or the member itself.</summary>
        private static IMethodSymbol OwnerOf(IOperation operation, IMethodSymbol member)
        {
            for (var current = operation.Parent; current != null; current = current.Parent)
            {
                if (current is ILocalFunctionOperation localFunction)
                {
                    return localFunction.Symbol;
                }
            }

            return member;
        }

        private static void AddCall(Dictionary<IMethodSymbol, List<IMethodSymbol>> calls, IMethodSymbol caller, IMethodSymbol callee)
        {
            if (!SourceCallGraph.IsSourceMethod(callee))
            {
                return;
            }

            caller = caller.OriginalDefinition;
            if (!calls.TryGetValue(caller, out var list))
            {
                list = new List<IMethodSymbol>();
                calls[caller] = list;
            }

            list.Add(callee.OriginalDefinition);
        }

        [SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1030", Justification = "The members of a type span several trees (partial types); each is read once per type and cached for the compilation.")]
        private IEnumerable<IOperation> Bodies(IMethodSymbol method, CancellationToken cancellationToken)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax(cancellationToken);
                if (!_compilation.ContainsSyntaxTree(syntax.SyntaxTree))
                {
                    continue;
                }

                var body = _compilation.GetSemanticModel(syntax.SyntaxTree).GetOperation(syntax, cancellationToken);
                if (body != null)
                {
                    yield return body;
                }
            }
        }
    }
}
