using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow.Mail
{
    /// <summary>Tells mail sent to many people from a message to one person.</summary>
    internal static class BulkMail
    {
        /// <summary>
        /// A send repeated per element of a collection, or a message whose recipients come from a collection or are
        /// added once per element.
        /// </summary>
        public static bool IsBulk(IInvocationOperation send, MailMessageKey? message, MailScope scope, SocialApiIndex index)
        {
            if (InFanOut(send, index))
            {
                return true;
            }

            if (message is not { } key)
            {
                return false;
            }

            foreach (var recipients in scope.ActionsOn(key, MailActionKind.Recipients))
            {
                if (IsCollectionOfMany(recipients.Value) || InFanOut(recipients.Operation, index))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Inside a loop or per-element delegate that walks a collection (not a retry counter).</summary>
        private static bool InFanOut(IOperation operation, SocialApiIndex index)
            => RecipientFanOut.FindEnclosing(operation, index) is { Collection: { } collection } && IsCollectionType(collection.Type);

        /// <summary>A collection of recipients that is not spelled out in place (<c>new[] { a, b }</c> names a few people).</summary>
        private static bool IsCollectionOfMany(IOperation? value)
        {
            var operation = ReceiverMember.Unwrap(value);
            switch (operation)
            {
                case null:
                case IArrayCreationOperation { Initializer: not null }:
                case IObjectCreationOperation { Initializer: not null }:
                    return false;
                default:
                    return IsCollectionType(operation.Type);
            }
        }

        private static bool IsCollectionType(ITypeSymbol? type)
        {
            if (type == null || type.SpecialType == SpecialType.System_String)
            {
                return false;
            }

            if (type is IArrayTypeSymbol || type.SpecialType == SpecialType.System_Collections_IEnumerable)
            {
                return true;
            }

            // The definition's interfaces: the non-generic IEnumerable is the same for every construction, and a constructed
            // type's interfaces are substituted anew on each read.
            foreach (var implemented in type.OriginalDefinition.AllInterfaces)
            {
                if (implemented.SpecialType == SpecialType.System_Collections_IEnumerable)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
