using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow.Mail
{
    /// <summary>
    /// Which message an expression denotes within one body: the local it is kept in, a parameter or member (built
    /// elsewhere), or the creating expression itself when the message is never stored.
    /// </summary>
    internal readonly struct MailMessageKey : IEquatable<MailMessageKey>
    {
        private MailMessageKey(ISymbol? symbol, IOperation? creation)
        {
            Symbol = symbol;
            Creation = creation;
        }

        /// <summary>The local, parameter, field or property that holds the message.</summary>
        public ISymbol? Symbol { get; }

        /// <summary>The expression that creates a message used in place (<c>smtp.Send(new MailMessage(...))</c>).</summary>
        public IOperation? Creation { get; }

        public bool IsLocal => Symbol is ILocalSymbol;

        public bool IsInPlace => Creation != null;

        /// <summary>The message an expression denotes, or null when it cannot be told.</summary>
        public static MailMessageKey? Of(IOperation? expression)
        {
            var operation = ReceiverMember.Unwrap(expression);
            switch (operation)
            {
                case null:
                    return null;
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } implicitReceiver:
                    var target = ReceiverMember.ImplicitReceiverTarget(implicitReceiver);
                    return target is IObjectCreationOperation ? Of(target) : null;
                case ILocalReferenceOperation local:
                    return new MailMessageKey(local.Local, null);
                case IParameterReferenceOperation parameter:
                    return new MailMessageKey(parameter.Parameter, null);
                case IFieldReferenceOperation field when IsThisOrStatic(field.Instance):
                    return new MailMessageKey(field.Field, null);
                case IPropertyReferenceOperation property when IsThisOrStatic(property.Instance):
                    return new MailMessageKey(property.Property, null);
                case IObjectCreationOperation:
                case IInvocationOperation:
                    return OfCreation(operation);
                default:
                    return null;
            }
        }

        /// <summary>The local a created message is stored in (<c>var msg = new MailMessage()</c>), else the creation itself.</summary>
        private static MailMessageKey OfCreation(IOperation creation)
        {
            var child = creation;
            var parent = creation.Parent;
            while (parent is IConversionOperation or IParenthesizedOperation)
            {
                child = parent;
                parent = parent.Parent;
            }

            switch (parent)
            {
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return new MailMessageKey(declarator.Symbol, null);
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment when assignment.Value == child:
                    return new MailMessageKey(local.Local, null);
                default:
                    return new MailMessageKey(null, creation);
            }
        }

        private static bool IsThisOrStatic(IOperation? instance)
            => instance == null || instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };

        public bool Equals(MailMessageKey other)
            => SymbolEqualityComparer.Default.Equals(Symbol, other.Symbol) && ReferenceEquals(Creation, other.Creation);

        public override bool Equals(object? obj) => obj is MailMessageKey other && Equals(other);

        public override int GetHashCode()
            => Symbol != null ? SymbolEqualityComparer.Default.GetHashCode(Symbol) : Creation?.GetHashCode() ?? 0;
    }
}
