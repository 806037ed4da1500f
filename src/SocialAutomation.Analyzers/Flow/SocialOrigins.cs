using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>
    /// Finds where a value came from in social terms: the call or member with a given role (a search, an audience list,
    /// a mentions timeline) that a value is computed from, through locals, LINQ, awaits, loop variables, per-element
    /// delegates, and the parameters of handlers of a stream configured by such a call (a keyword-tracking stream).
    /// Intra-procedural: a value that arrives as a parameter of a plain method has no known origin.
    /// </summary>
    internal static class SocialOrigins
    {
        private const int MaxElementHops = 3;

        /// <summary>The first operation with one of <paramref name="roles"/> that <paramref name="value"/> is computed from, or null.</summary>
        public static IOperation? Find(IOperation value, SocialRole roles, SocialApiIndex index)
            => Find(value, roles, index, MaxElementHops);

        /// <summary>Whether an operation itself has one of the roles: a call, a member, a constructor, or a value of a typed role.</summary>
        public static bool HasRole(IOperation operation, SocialRole roles, SocialApiIndex index)
        {
            switch (operation)
            {
                case IInvocationOperation invocation:
                    return index.Has(invocation, roles);
                case IPropertyReferenceOperation property:
                    return index.Has(property, roles);
                case IMemberReferenceOperation member:
                    return index.Has(member.Member, roles);
                case IObjectCreationOperation { Constructor: { } constructor }:
                    return index.Has(constructor, roles);
                case ILocalReferenceOperation or IParameterReferenceOperation:
                    return (index.RolesOfType(operation.Type) & roles) != 0;
                default:
                    return false;
            }
        }

        private static IOperation? Find(IOperation value, SocialRole roles, SocialApiIndex index, int hops)
        {
            var scope = DirectMessages.EnclosingBody(value) ?? value;
            IOperation? found = null;
            ValueOrigins.Reaches(value, scope, operation =>
            {
                if (HasRole(operation, roles, index))
                {
                    found = operation;
                    return true;
                }

                if (hops > 0 && ElementSource(operation, roles, index, scope) is { } source)
                {
                    found = Find(source, roles, index, hops - 1);
                    return found != null;
                }

                return false;
            });
            return found;
        }

        /// <summary>
        /// What a loop variable, a per-element delegate's parameter or a handler's parameter stands for: the collection
        /// walked, or the call that configured the stream raising the event.
        /// </summary>
        private static IOperation? ElementSource(IOperation operation, SocialRole roles, SocialApiIndex index, IOperation scope)
        {
            ISymbol symbol;
            switch (operation)
            {
                case ILocalReferenceOperation local:
                    symbol = local.Local;
                    break;
                case IParameterReferenceOperation parameter when parameter.Parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction }:
                    symbol = parameter.Parameter;
                    break;
                default:
                    return null;
            }

            foreach (var fanOut in RecipientFanOut.FindAllEnclosing(operation, index))
            {
                foreach (var element in fanOut.ElementSymbols)
                {
                    if (SymbolEqualityComparer.Default.Equals(element, symbol))
                    {
                        return fanOut.Collection;
                    }
                }
            }

            return symbol is IParameterSymbol lambdaParameter ? HandlerSource(operation, lambdaParameter, roles, index, scope) : null;
        }

        /// <summary>
        /// A lambda's parameter receives what the code it is given to produces: <c>stream.AddTrack("#deal", tweet => ...)</c>
        /// hands it the search's results, and <c>stream.MatchingTweetReceived += (s, e) => ...</c> hands it what the stream
        /// was configured to find (<c>stream.AddTrack("#deal")</c> elsewhere in the method).
        /// </summary>
        private static IOperation? HandlerSource(IOperation reference, IParameterSymbol parameter, SocialRole roles, SocialApiIndex index, IOperation scope)
        {
            IOperation? lambda = reference.Parent;
            while (lambda != null && !(lambda is IAnonymousFunctionOperation function && SymbolEqualityComparer.Default.Equals(function.Symbol, parameter.ContainingSymbol)))
            {
                lambda = lambda.Parent;
            }

            var registration = lambda?.Parent;
            while (registration is IDelegateCreationOperation or IConversionOperation or IParenthesizedOperation or IArgumentOperation)
            {
                registration = registration.Parent;
            }

            IOperation? raiser;
            switch (registration)
            {
                case IInvocationOperation invocation:
                    if (HasRole(invocation, roles, index))
                    {
                        return invocation;
                    }

                    raiser = invocation.Instance;
                    break;
                case IEventAssignmentOperation { EventReference: IEventReferenceOperation eventReference }:
                    raiser = eventReference.Instance;
                    break;
                case IAssignmentOperation { Target: IPropertyReferenceOperation property }:
                    raiser = property.Instance;
                    break;
                default:
                    return null;
            }

            return raiser == null ? null : ConfiguringCall(RecipientFanOut.Unwrap(raiser), roles, index, scope);
        }

        /// <summary>A call with the role made on the same local or field as <paramref name="raiser"/> in the scope.</summary>
        private static IOperation? ConfiguringCall(IOperation raiser, SocialRole roles, SocialApiIndex index, IOperation scope)
        {
            var target = ReferencedSymbol(raiser);
            if (target == null)
            {
                return null;
            }

            foreach (var operation in scope.DescendantsAndSelf())
            {
                if (operation is IInvocationOperation { Instance: { } instance } invocation
                    && SymbolEqualityComparer.Default.Equals(ReferencedSymbol(RecipientFanOut.Unwrap(instance)), target)
                    && HasRole(invocation, roles, index))
                {
                    return invocation;
                }
            }

            return null;
        }

        private static ISymbol? ReferencedSymbol(IOperation operation) => operation switch
        {
            ILocalReferenceOperation local => local.Local,
            IFieldReferenceOperation field => field.Field,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };
    }
}
