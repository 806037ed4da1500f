using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow.Mail
{
    /// <summary>
    /// The mail actions of one body (a method, accessor, lambda-containing member), grouped by message, built when a
    /// rule finds a mail operation in it. Answers what was done to one message and whether the body sees it whole.
    /// </summary>
    internal sealed class MailScope
    {
        /// <summary>Each message's actions in source order: a body may hold many messages, and each send asks about its own.</summary>
        private readonly Dictionary<MailMessageKey, List<MailAction>> _actionsByMessage;
        private readonly List<MailAction> _sends;
        private readonly SocialApiIndex _index;

        private MailScope(IOperation root, Dictionary<MailMessageKey, List<MailAction>> actionsByMessage, List<MailAction> sends, SocialApiIndex index)
        {
            Root = root;
            _actionsByMessage = actionsByMessage;
            _sends = sends;
            _index = index;
        }

        /// <summary>The whole body the operation belongs to.</summary>
        public IOperation Root { get; }

        /// <summary>
        /// One walk per body, however many sends and senders it has and however many rules ask: the driver hands every
        /// rule the same operation tree, so the scope is kept with its root for as long as the tree lives.
        /// </summary>
        private static readonly ConditionalWeakTable<IOperation, MailScope> ByRoot = new ConditionalWeakTable<IOperation, MailScope>();

        public static MailScope Of(IOperation operation, SocialApiIndex index)
        {
            var root = OperationScope.Root(operation);
            if (ByRoot.TryGetValue(root, out var cached) && cached._index == index)
            {
                return cached;
            }

            // A second index for the same tree (another set of user catalog files) gets its own, uncached scope.
            var built = Build(root, index);
            var kept = ByRoot.GetValue(root, _ => built);
            return kept._index == index ? kept : built;
        }

        private static MailScope Build(IOperation root, SocialApiIndex index)
        {
            var found = new List<MailAction>();
            foreach (var descendant in root.DescendantsAndSelf())
            {
                if (descendant is IInvocationOperation or IObjectCreationOperation or ISimpleAssignmentOperation)
                {
                    MailActions.Collect(descendant, index, found);
                }
            }

            var actionsByMessage = new Dictionary<MailMessageKey, List<MailAction>>();
            var sends = new List<MailAction>();
            foreach (var action in found)
            {
                if (action.Kind == MailActionKind.Send)
                {
                    sends.Add(action);
                }

                if (MailMessageKey.Of(action.Message) is not { } key)
                {
                    continue;
                }

                if (!actionsByMessage.TryGetValue(key, out var actions))
                {
                    actions = new List<MailAction>();
                    actionsByMessage.Add(key, actions);
                }

                actions.Add(action);
            }

            return new MailScope(root, actionsByMessage, sends, index);
        }

        /// <summary>The actions of one kind done to one message, in source order.</summary>
        public IEnumerable<MailAction> ActionsOn(MailMessageKey key, MailActionKind kind)
        {
            if (!_actionsByMessage.TryGetValue(key, out var actions))
            {
                yield break;
            }

            foreach (var action in actions)
            {
                if (action.Kind == kind)
                {
                    yield return action;
                }
            }
        }

        /// <summary>
        /// Whether this body creates the message and keeps it to itself, so the absence of a Reply-To or a header here
        /// means it is absent: a local (or in-place creation) made by a constructor or a mail factory, never returned,
        /// stored elsewhere or handed to code other than a send.
        /// </summary>
        public bool SeesWhole(MailMessageKey key)
        {
            if (key.Creation != null)
            {
                return !Escapes(key.Creation);
            }

            if (key.Symbol is not ILocalSymbol local)
            {
                return false;
            }

            var assigned = false;
            foreach (var value in ValueOrigins.AssignedValues(local, Root))
            {
                assigned = true;
                if (!IsCreation(value))
                {
                    return false;
                }
            }

            if (!assigned)
            {
                return false;
            }

            foreach (var operation in Root.DescendantsAndSelf())
            {
                if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                    && Escapes(reference))
                {
                    return false;
                }
            }

            return true;
        }

        private bool IsCreation(IOperation value)
        {
            switch (ReceiverMember.Unwrap(value))
            {
                case IObjectCreationOperation:
                    return true;
                case IInvocationOperation invocation:
                    return _index.Has(invocation, MailActions.MailRoles);
                default:
                    return false;
            }
        }

        /// <summary>Whether a use of the message lets other code see or change it.</summary>
        private bool Escapes(IOperation use)
        {
            var child = use;
            var parent = use.Parent;
            while (parent is IConversionOperation or IParenthesizedOperation)
            {
                child = parent;
                parent = parent.Parent;
            }

            switch (parent)
            {
                case IArgumentOperation argument:
                    return !IsSendOf(argument);
                case IMemberReferenceOperation member when member.Instance == child:
                    return false;
                case IInvocationOperation invocation when invocation.Instance == child:
                    return false;
                case IConditionalAccessOperation access when access.Operation == child:
                    return false;
                case ISimpleAssignmentOperation assignment:
                    return assignment.Target != child;
                case IVariableInitializerOperation:
                    // var msg = new MailMessage(): the creation itself, not an alias.
                    return use is not IObjectCreationOperation and not IInvocationOperation;
                case IUsingOperation:
                case IUsingDeclarationOperation:
                case IVariableDeclaratorOperation:
                case IVariableDeclarationOperation:
                case IBinaryOperation:
                case IIsPatternOperation:
                case IIsTypeOperation:
                case IExpressionStatementOperation:
                    return false;
                default:
                    return true;
            }
        }

        private bool IsSendOf(IArgumentOperation argument)
        {
            if (argument.Parent is not IInvocationOperation invocation || !_index.Has(invocation, SocialRole.EmailSend))
            {
                return false;
            }

            foreach (var action in _sends)
            {
                if (action.Operation == invocation && action.Value == argument.Value)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
