using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow.Mail
{
    /// <summary>Reads what an operation does to a mail message from the catalog roles of the symbols it uses.</summary>
    internal static class MailActions
    {
        public const SocialRole MailRoles = SocialRole.EmailSend | SocialRole.EmailSender | SocialRole.EmailReplyTo
            | SocialRole.EmailHeader | SocialRole.EmailRecipients;

        /// <summary>Adds the mail actions of one invocation, object creation or assignment to <paramref name="actions"/>.</summary>
        public static void Collect(IOperation operation, SocialApiIndex index, List<MailAction> actions)
        {
            switch (operation)
            {
                case IInvocationOperation invocation:
                    CollectCall(invocation, invocation.TargetMethod, invocation.Instance, invocation.Arguments, index, actions);
                    break;
                case IObjectCreationOperation { Constructor: { } constructor } creation:
                    CollectCall(creation, constructor, instance: null, creation.Arguments, index, actions);
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment:
                    CollectAssignment(assignment, property, index, actions);
                    break;
            }
        }

        /// <summary>The send a call makes (its last send action), or null when it sends no mail.</summary>
        public static MailAction? SendOf(IInvocationOperation call, SocialApiIndex index)
        {
            var actions = new List<MailAction>(3);
            Collect(call, index, actions);
            MailAction? send = null;
            foreach (var action in actions)
            {
                if (action.Kind == MailActionKind.Send)
                {
                    send = action;
                }
            }

            return send;
        }

        /// <summary>Whether a value of this type is a mail address (an address type of the catalog), not a message.</summary>
        public static bool IsAddressType(ITypeSymbol? type, SocialApiIndex index)
            => (index.RolesOfType(type) & SocialRole.EmailSender) != 0;

        private static void CollectCall(IOperation operation, IMethodSymbol method, IOperation? instance,
            ImmutableArray<IArgumentOperation> arguments, SocialApiIndex index, List<MailAction> actions)
        {
            var roles = index.Find(method);
            if (roles.IsEmpty)
            {
                return;
            }

            var applying = Applying(roles, instance, arguments, index);
            if ((applying & MailRoles) == 0)
            {
                return;
            }

            // Constructors and factories of an address type build an address value, not a message.
            if (instance == null && IsAddressType(ResultType(operation), index))
            {
                return;
            }

            IOperation? message;
            if ((applying & SocialRole.EmailSend) != 0)
            {
                message = Argument(roles, SocialRole.EmailSend, instance, arguments, index, out _);
            }
            else if (instance != null)
            {
                message = MessageOfReceiver(roles, instance, arguments, index) ?? instance;
            }
            else
            {
                message = operation;
            }

            AddCallAction(MailActionKind.Send, SocialRole.EmailSend, operation, message, roles, instance, arguments, applying, index, actions);
            AddCallAction(MailActionKind.Sender, SocialRole.EmailSender, operation, message, roles, instance, arguments, applying, index, actions);
            AddCallAction(MailActionKind.ReplyTo, SocialRole.EmailReplyTo, operation, message, roles, instance, arguments, applying, index, actions);
            AddCallAction(MailActionKind.Header, SocialRole.EmailHeader, operation, message, roles, instance, arguments, applying, index, actions);
            AddCallAction(MailActionKind.Recipients, SocialRole.EmailRecipients, operation, message, roles, instance, arguments, applying, index, actions);
        }

        private static void AddCallAction(MailActionKind kind, SocialRole role, IOperation operation, IOperation? message,
            SymbolRoles roles, IOperation? instance, ImmutableArray<IArgumentOperation> arguments, SocialRole applying,
            SocialApiIndex index, List<MailAction> actions)
        {
            if ((applying & role) == 0)
            {
                return;
            }

            var value = Argument(roles, role, instance, arguments, index, out var anyWithoutParameter);

            // An entry naming a parameter this overload lacks (MailMessage() has no `from`) does not apply to it;
            // a send and a header are still what they are when the argument cannot be told.
            if (value != null || anyWithoutParameter || kind == MailActionKind.Send || kind == MailActionKind.Header)
            {
                actions.Add(new MailAction(kind, operation, message, value));
            }
        }

        private static void CollectAssignment(ISimpleAssignmentOperation assignment, IPropertyReferenceOperation property,
            SocialApiIndex index, List<MailAction> actions)
        {
            var roles = index.Find(property.Property);
            if (roles.IsEmpty)
            {
                return;
            }

            foreach (var (kind, role) in Kinds)
            {
                if (role == SocialRole.EmailSend)
                {
                    continue;
                }

                if ((roles.Unconditional & role) != 0)
                {
                    // msg.From = address; msg.Headers = new Dictionary<...> { ... }
                    actions.Add(new MailAction(kind, assignment, property.Instance, assignment.Value));
                }
                else if ((roles.RolesFor(property.Instance, property.Arguments, index) & role) != 0)
                {
                    // msg.Headers["List-Unsubscribe"] = value: an indexer on a member with the role.
                    var value = Argument(roles, role, property.Instance, property.Arguments, index, out _);
                    actions.Add(new MailAction(kind, assignment, ReceiverMember.Of(property.Instance)?.Instance, value));
                }
            }
        }

        private static readonly (MailActionKind Kind, SocialRole Role)[] Kinds =
        {
            (MailActionKind.Send, SocialRole.EmailSend),
            (MailActionKind.Sender, SocialRole.EmailSender),
            (MailActionKind.ReplyTo, SocialRole.EmailReplyTo),
            (MailActionKind.Header, SocialRole.EmailHeader),
            (MailActionKind.Recipients, SocialRole.EmailRecipients),
        };

        private static SocialRole Applying(SymbolRoles roles, IOperation? instance, ImmutableArray<IArgumentOperation> arguments, SocialApiIndex index)
            => roles.HasConditions ? roles.RolesFor(instance, arguments, index) : roles.Unconditional;

        /// <summary>For <c>msg.To.Add(x)</c>: <c>msg</c>, the owner of the member the receiver-conditioned entry hangs on.</summary>
        private static IOperation? MessageOfReceiver(SymbolRoles roles, IOperation instance, ImmutableArray<IArgumentOperation> arguments, SocialApiIndex index)
        {
            foreach (var entry in roles.Entries)
            {
                if (entry.ReceiverRole != SocialRole.None && SymbolRoles.Applies(entry, instance, arguments, index))
                {
                    return ReceiverMember.Of(instance)?.Instance;
                }
            }

            return null;
        }

        /// <summary>The argument an applying entry of <paramref name="role"/> names (content=, address=, header=, recipient=).</summary>
        private static IOperation? Argument(SymbolRoles roles, SocialRole role, IOperation? instance,
            ImmutableArray<IArgumentOperation> arguments, SocialApiIndex index, out bool anyWithoutParameter)
        {
            anyWithoutParameter = false;
            foreach (var entry in roles.Entries)
            {
                if (entry.Role != role || !SymbolRoles.Applies(entry, instance, arguments, index))
                {
                    continue;
                }

                var parameter = ParameterOf(entry);
                if (parameter == null)
                {
                    anyWithoutParameter = true;
                    continue;
                }

                foreach (var argument in arguments)
                {
                    if (argument.Parameter?.Name == parameter && argument.ArgumentKind != ArgumentKind.DefaultValue)
                    {
                        return argument.Value;
                    }
                }
            }

            return null;
        }

        private static string? ParameterOf(CatalogEntry entry) => entry.Role switch
        {
            SocialRole.EmailSend => entry.ContentParameter,
            SocialRole.EmailSender => entry.AddressParameter,
            SocialRole.EmailReplyTo => entry.AddressParameter,
            SocialRole.EmailHeader => entry.HeaderParameter,
            SocialRole.EmailRecipients => entry.RecipientParameter,
            _ => null,
        };

        private static ITypeSymbol? ResultType(IOperation operation) => operation.Type;
    }
}
