using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>
    /// Answers "is this value computed from X?" by walking the value's operations and, for locals, the values assigned
    /// to them within a scope (a method body or a loop body). Bounded in depth so a pathological body stays cheap.
    /// </summary>
    internal static class ValueOrigins
    {
        private const int MaxLocalHops = 4;

        public static bool Reaches(IOperation value, IOperation scope, Func<IOperation, bool> isOrigin)
            => Reaches(value, scope, isOrigin, MaxLocalHops);

        private static bool Reaches(IOperation value, IOperation scope, Func<IOperation, bool> isOrigin, int hops)
        {
            foreach (var operation in value.DescendantsAndSelf())
            {
                if (isOrigin(operation))
                {
                    return true;
                }

                if (hops > 0 && operation is ILocalReferenceOperation local)
                {
                    foreach (var assigned in AssignedValues(local.Local, scope))
                    {
                        if (Reaches(assigned, scope, isOrigin, hops - 1))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// What a local can hold inside a scope: its initializer, the right-hand sides of its assignments (simple and
        /// compound), the collection it iterates when it is a foreach variable, the value a pattern that declares it
        /// tests, and the call that fills it when it is declared as an <c>out var</c>.
        /// </summary>
        public static IEnumerable<IOperation> AssignedValues(ILocalSymbol local, IOperation scope)
        {
            foreach (var operation in scope.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        var initializer = declarator.GetVariableInitializer();
                        if (initializer != null)
                        {
                            yield return initializer.Value;
                        }

                        break;
                    case IAssignmentOperation { Target: ILocalReferenceOperation target } assignment
                        when SymbolEqualityComparer.Default.Equals(target.Local, local):
                        yield return assignment.Value;
                        break;
                    case IForEachLoopOperation forEach when Declares(forEach.LoopControlVariable, local):
                        yield return forEach.Collection;
                        break;
                    case IIsPatternOperation isPattern when DeclaredByPattern(isPattern.Pattern, local):
                        yield return isPattern.Value;
                        break;
                    case IDeclarationExpressionOperation { Expression: ILocalReferenceOperation declared, Parent: IArgumentOperation { Parent: { } call } }
                        when SymbolEqualityComparer.Default.Equals(declared.Local, local):
                        yield return call;
                        break;
                }
            }
        }

        /// <summary><c>message.NewChatMembers is { Length: > 0 } members</c> and <c>x is User user</c> declare a local holding the tested value.</summary>
        private static bool DeclaredByPattern(IPatternOperation pattern, ILocalSymbol local)
        {
            var declared = pattern switch
            {
                IDeclarationPatternOperation declaration => declaration.DeclaredSymbol,
                IRecursivePatternOperation recursive => recursive.DeclaredSymbol,
                _ => null,
            };
            return SymbolEqualityComparer.Default.Equals(declared, local);
        }

        private static bool Declares(IOperation? loopVariable, ILocalSymbol local)
        {
            switch (loopVariable)
            {
                case IVariableDeclaratorOperation declarator:
                    return SymbolEqualityComparer.Default.Equals(declarator.Symbol, local);
                case null:
                    return false;
                default:
                    // Deconstruction: foreach (var (id, name) in pairs).
                    foreach (var operation in loopVariable.DescendantsAndSelf())
                    {
                        if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
                        {
                            return true;
                        }
                    }

                    return false;
            }
        }
    }
}
