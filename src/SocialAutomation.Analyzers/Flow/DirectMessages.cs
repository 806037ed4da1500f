using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>Tells whether a call sends a private message.</summary>
    internal static class DirectMessages
    {
        /// <summary>
        /// A <c>dm-send</c> call, or a <c>send</c> whose recipient argument is computed from a <c>user-address</c>
        /// (Telegram: a chat id taken from a user's id is that user's private chat).
        /// </summary>
        public static bool IsDirectMessage(IInvocationOperation invocation, SocialApiIndex index)
        {
            var roles = index.Find(invocation.TargetMethod);
            if (roles.IsEmpty)
            {
                return false;
            }

            var callRoles = roles.RolesFor(invocation);
            if ((callRoles & SocialRole.DmSend) != 0)
            {
                return true;
            }

            if ((callRoles & SocialRole.Send) == 0)
            {
                return false;
            }

            var recipient = RecipientArgument(invocation, roles);
            return recipient != null && AddressesUser(recipient, index);
        }

        /// <summary>The argument the catalog names with <c>recipient=</c>.</summary>
        public static IArgumentOperation? RecipientArgument(IInvocationOperation invocation, SymbolRoles roles)
            => ArgumentFor(invocation, roles.RecipientParameter);

        /// <summary>The argument the catalog names with <c>content=</c>.</summary>
        public static IArgumentOperation? ContentArgument(IInvocationOperation invocation, SymbolRoles roles)
            => ArgumentFor(invocation, roles.ContentParameter);

        public static bool AddressesUser(IOperation value, SocialApiIndex index)
        {
            var scope = EnclosingBody(value) ?? value;
            return ValueOrigins.Reaches(value, scope, operation => operation switch
            {
                IMemberReferenceOperation member => index.Has(member.Member, SocialRole.UserAddress),
                ILocalReferenceOperation or IParameterReferenceOperation => (index.RolesOfType(operation.Type) & SocialRole.UserAddress) != 0,
                _ => false,
            });
        }

        private static IArgumentOperation? ArgumentFor(IInvocationOperation invocation, string? parameterName)
        {
            if (parameterName == null)
            {
                return null;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name == parameterName && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    return argument;
                }
            }

            return null;
        }

        public static IOperation? EnclosingBody(IOperation operation)
        {
            IOperation? last = null;
            for (var current = operation; current != null; current = current.Parent)
            {
                last = current;
            }

            return last;
        }
    }
}
