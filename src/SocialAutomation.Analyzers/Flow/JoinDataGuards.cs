using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>
    /// For update-based libraries (Telegram), code runs "because someone joined" when it is guarded by join data:
    /// an <c>if</c>, <c>switch</c> case or <c>foreach</c> over <c>Message.NewChatMembers</c>, <c>Update.ChatMember</c>, ...,
    /// or placed after an early return that filters on it.
    /// </summary>
    internal static class JoinDataGuards
    {
        /// <summary>The join-data reference that guards <paramref name="operation"/>, or null.</summary>
        public static IOperation? FindGuard(IOperation operation, SocialApiIndex index)
        {
            var child = operation;
            for (var current = operation.Parent; current != null; child = current, current = current.Parent)
            {
                IOperation? guard = current switch
                {
                    IConditionalOperation conditional when child == conditional.WhenTrue => JoinDataIn(conditional.Condition, index),
                    ISwitchCaseOperation switchCase => JoinDataInClauses(switchCase, index),
                    ISwitchExpressionArmOperation arm when child == arm.Value => JoinDataIn(arm.Pattern, index),
                    IForEachLoopOperation loop when child == loop.Body => JoinDataIn(loop.Collection, index),
                    IBlockOperation block => EarlyReturnGuard(block, child, index),
                    _ => null,
                };
                if (guard != null)
                {
                    return guard;
                }

                if (current is IMethodBodyOperation or ILocalFunctionOperation)
                {
                    return null;
                }
            }

            return null;
        }

        private static IOperation? JoinDataInClauses(ISwitchCaseOperation switchCase, SocialApiIndex index)
        {
            foreach (var clause in switchCase.Clauses)
            {
                var found = JoinDataIn(clause, index);
                if (found != null)
                {
                    return found;
                }
            }

            return null;
        }

        /// <summary><c>if (message.NewChatMembers is null) return;</c> guards every later statement of the block.</summary>
        private static IOperation? EarlyReturnGuard(IBlockOperation block, IOperation child, SocialApiIndex index)
        {
            foreach (var statement in block.Operations)
            {
                if (statement == child)
                {
                    return null;
                }

                if (statement is IConditionalOperation { WhenFalse: null } conditional && ExitsEarly(conditional.WhenTrue))
                {
                    var found = JoinDataIn(conditional.Condition, index);
                    if (found != null)
                    {
                        return found;
                    }
                }
            }

            return null;
        }

        private static bool ExitsEarly(IOperation operation)
        {
            if (operation is IBlockOperation block)
            {
                return block.Operations.Length == 1 && ExitsEarly(block.Operations[0]);
            }

            return operation is IReturnOperation or IBranchOperation or IThrowOperation
                || operation is IExpressionStatementOperation { Operation: IThrowOperation };
        }

        private static IOperation? JoinDataIn(IOperation? operation, SocialApiIndex index)
        {
            if (operation == null)
            {
                return null;
            }

            // A recursive walk over ChildOperations allocates nothing, unlike DescendantsAndSelf: it runs for many calls.
            if (operation is IMemberReferenceOperation member && index.Has(member.Member, SocialRole.JoinData))
            {
                return operation;
            }

            foreach (var child in operation.ChildOperations)
            {
                var found = JoinDataIn(child, index);
                if (found != null)
                {
                    return found;
                }
            }

            return null;
        }
    }
}
