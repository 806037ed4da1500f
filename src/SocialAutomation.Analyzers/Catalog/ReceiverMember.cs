using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SocialAutomation.Analyzers.Catalog
{
    /// <summary>
    /// The member whose value a call is made on: <c>msg.To</c> in <c>msg.To.Add(x)</c>, and in an object initializer
    /// <c>new MimeMessage { From = { x } }</c> the <c>From</c> that the implicit receiver of the hidden <c>Add</c> stands for.
    /// </summary>
    internal static class ReceiverMember
    {
        public static IMemberReferenceOperation? Of(IOperation? instance)
        {
            switch (Unwrap(instance))
            {
                case IPropertyReferenceOperation property:
                    return property;
                case IFieldReferenceOperation field:
                    return field;
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } implicitReceiver:
                    return ImplicitReceiverTarget(implicitReceiver) as IMemberReferenceOperation;
                default:
                    return null;
            }
        }

        /// <summary>
        /// What an implicit receiver inside an object or collection initializer refers to: the member being
        /// initialized (<c>From</c> in <c>From = { x }</c>) or the object being created.
        /// </summary>
        public static IOperation? ImplicitReceiverTarget(IInstanceReferenceOperation implicitReceiver)
        {
            for (var current = implicitReceiver.Parent; current != null; current = current.Parent)
            {
                if (current is IObjectOrCollectionInitializerOperation initializer)
                {
                    return initializer.Parent switch
                    {
                        IMemberInitializerOperation member => member.InitializedMember,
                        IObjectCreationOperation creation => creation,
                        _ => null,
                    };
                }
            }

            return null;
        }

        public static IOperation? Unwrap(IOperation? operation)
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
