using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>
    /// Local functions registered as follow-event handlers, found from a call inside them. The IDE analyses the span
    /// it shows, so a diagnostic on a call must come from that call: the registration that makes the function a
    /// handler may be lines away, outside the span, and a diagnostic found only from there is neither shown live nor
    /// offered a fix.
    /// </summary>
    internal sealed class LocalFunctionHandlers
    {
        private readonly SocialApiIndex _index;
        private readonly ConcurrentDictionary<IMethodSymbol, FollowHandler?> _registrations = new ConcurrentDictionary<IMethodSymbol, FollowHandler?>(SymbolEqualityComparer.Default);

        public LocalFunctionHandlers(SocialApiIndex index) => _index = index;

        /// <summary>The innermost local function around <paramref name="operation"/> that is registered as a follow handler, with its registration.</summary>
        public (ILocalFunctionOperation Function, FollowHandler Registration)? Around(IOperation operation)
        {
            for (var parent = operation.Parent; parent != null; parent = parent.Parent)
            {
                if (parent is ILocalFunctionOperation function && RegistrationOf(function) is { } registration)
                {
                    return (function, registration);
                }
            }

            return null;
        }

        private FollowHandler? RegistrationOf(ILocalFunctionOperation function)
            => _registrations.TryGetValue(function.Symbol, out var known) ? known : _registrations.GetOrAdd(function.Symbol, Find(function));

        /// <summary>
        /// The first follow-event registration of the function in the code that declares it (a local function is
        /// visible only there), in any shape <see cref="FollowHandlers"/> knows, through a local too.
        /// </summary>
        private FollowHandler? Find(ILocalFunctionOperation function)
        {
            var handlers = new List<FollowHandler>();
            foreach (var operation in OperationScope.Root(function).Descendants())
            {
                handlers.Clear();
                FollowHandlers.Collect(operation, _index, handlers);
                foreach (var handler in handlers)
                {
                    if (SymbolEqualityComparer.Default.Equals(handler.Method?.OriginalDefinition, function.Symbol))
                    {
                        return handler;
                    }
                }
            }

            return null;
        }
    }
}
