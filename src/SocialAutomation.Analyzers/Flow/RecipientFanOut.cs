using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>
    /// Finds the fan-out that repeats an operation once per element: foreach / for / while loops, and delegates passed
    /// to methods with the catalog role <c>fan-out</c> (<c>Select</c> under <c>Task.WhenAll</c>, <c>Parallel.ForEach(Async)</c>,
    /// <c>List&lt;T&gt;.ForEach</c>).
    /// </summary>
    internal static class RecipientFanOut
    {
        /// <summary>The innermost fan-out whose per-element part contains <paramref name="operation"/>.</summary>
        public static FanOut? FindEnclosing(IOperation operation, SocialApiIndex index)
        {
            var child = operation;
            for (var current = operation.Parent; current != null; child = current, current = current.Parent)
            {
                switch (current)
                {
                    case IForEachLoopOperation forEach when child == forEach.Body:
                        return new FanOut(forEach, Unwrap(forEach.Collection), forEach.Body, LocalsOf(forEach.Locals));
                    case IForLoopOperation forLoop when child == forLoop.Body:
                        return new FanOut(forLoop, CollectionBoundingCondition(forLoop.Condition), forLoop.Body, LocalsOf(forLoop.Locals));
                    case IWhileLoopOperation whileLoop when child == whileLoop.Body && whileLoop.Condition != null:
                        return new FanOut(whileLoop, CollectionBoundingCondition(whileLoop.Condition), whileLoop.Body, ReferencedLocals(whileLoop.Condition));
                    case IAnonymousFunctionOperation lambda:
                        var fanOut = FromPerElementDelegate(lambda, index);
                        if (fanOut != null)
                        {
                            return fanOut;
                        }

                        break;
                    case IMethodBodyOperation:
                    case ILocalFunctionOperation:
                        return null;
                }
            }

            return null;
        }

        /// <summary>Every fan-out around <paramref name="operation"/>, innermost first (a loop over batches, then the loop over a batch).</summary>
        public static IEnumerable<FanOut> FindAllEnclosing(IOperation operation, SocialApiIndex index)
            => Outward(FindEnclosing(operation, index), index);

        /// <summary><paramref name="innermost"/> and every fan-out around it, for callers that found the innermost first.</summary>
        public static IEnumerable<FanOut> Outward(FanOut? innermost, SocialApiIndex index)
        {
            for (var fanOut = innermost; fanOut != null; fanOut = FindEnclosing(fanOut.Construct, index))
            {
                yield return fanOut;
            }
        }

        /// <summary>Whether a value reads the current element, directly or through locals computed from it inside the fan-out.</summary>
        public static bool DependsOnElement(IOperation value, FanOut fanOut)
        {
            return ValueOrigins.Reaches(value, fanOut.Body, operation => operation switch
            {
                ILocalReferenceOperation local => Contains(fanOut.ElementSymbols, local.Local),
                IParameterReferenceOperation parameter => Contains(fanOut.ElementSymbols, parameter.Parameter),
                _ => false,
            });
        }

        private static FanOut? FromPerElementDelegate(IAnonymousFunctionOperation lambda, SocialApiIndex index)
        {
            var parent = lambda.Parent;
            if (parent is IDelegateCreationOperation)
            {
                parent = parent.Parent;
            }

            if (parent is not IArgumentOperation { Parent: IInvocationOperation invocation }
                || !index.Has(invocation, SocialRole.FanOut)
                || lambda.Symbol.Parameters.IsEmpty)
            {
                return null;
            }

            IOperation? collection = invocation.Instance;
            if (collection == null && IsIndex(lambda.Symbol.Parameters[0]) && invocation.Arguments.Length > 2)
            {
                // Parallel.For(0, users.Length, i => ...): the upper bound names what is walked.
                collection = CollectionBoundingCondition(Unwrap(invocation.Arguments[1].Value));
            }
            else if (collection == null && invocation.Arguments.Length > 0 && invocation.Arguments[0].Value != lambda.Parent)
            {
                collection = invocation.Arguments[0].Value;
            }

            return new FanOut(invocation, collection == null ? null : Unwrap(collection), lambda.Body, ImmutableArray.Create<ISymbol>(lambda.Symbol.Parameters[0]));
        }

        private static bool IsIndex(IParameterSymbol parameter)
            => parameter.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64;

        /// <summary>In <c>i &lt; users.Count</c> or <c>queue.TryDequeue(out var user)</c>, the collection the loop walks.</summary>
        private static IOperation? CollectionBoundingCondition(IOperation? condition)
        {
            switch (condition)
            {
                case IPropertyReferenceOperation { Instance: { } owner }:
                    return Unwrap(owner);
                case IBinaryOperation binary:
                    return Unwrap(binary.RightOperand) is IPropertyReferenceOperation { Instance: { } instance } ? Unwrap(instance) : Unwrap(binary.RightOperand);
                case IInvocationOperation { Instance: { } receiver }:
                    return Unwrap(receiver);
                case IUnaryOperation unary:
                    return CollectionBoundingCondition(unary.Operand);
                case IAwaitOperation awaited:
                    return CollectionBoundingCondition(awaited.Operation);
                default:
                    return null;
            }
        }

        private static ImmutableArray<ISymbol> LocalsOf(ImmutableArray<ILocalSymbol> locals) => ImmutableArray<ISymbol>.CastUp(locals);

        private static ImmutableArray<ISymbol> ReferencedLocals(IOperation condition)
        {
            var builder = ImmutableArray.CreateBuilder<ISymbol>();
            foreach (var operation in condition.DescendantsAndSelf())
            {
                if (operation is ILocalReferenceOperation local && !builder.Contains(local.Local))
                {
                    builder.Add(local.Local);
                }
            }

            return builder.ToImmutable();
        }

        private static bool Contains(ImmutableArray<ISymbol> symbols, ISymbol symbol)
        {
            foreach (var candidate in symbols)
            {
                if (SymbolEqualityComparer.Default.Equals(candidate, symbol))
                {
                    return true;
                }
            }

            return false;
        }

        public static IOperation Unwrap(IOperation operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case IConversionOperation conversion:
                        operation = conversion.Operand;
                        break;
                    case IParenthesizedOperation parenthesized:
                        operation = parenthesized.Operand;
                        break;
                    default:
                        return operation;
                }
            }
        }
    }
}
