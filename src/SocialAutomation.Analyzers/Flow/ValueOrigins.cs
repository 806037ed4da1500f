using System;
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

        /// <summary>The initializer and the right-hand sides of simple assignments of a local inside a scope.</summary>
        public static System.Collections.Generic.IEnumerable<IOperation> AssignedValues(ILocalSymbol local, IOperation scope)
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
                    case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment
                        when SymbolEqualityComparer.Default.Equals(target.Local, local):
                        yield return assignment.Value;
                        break;
                }
            }
        }
    }
}
