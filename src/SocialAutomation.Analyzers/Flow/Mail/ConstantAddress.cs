using System;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow.Mail
{
    /// <summary>
    /// A mail address known at compile time, at least up to its '@': a literal or constant
    /// (<c>"Acme &lt;news@acme.com&gt;"</c>), or an interpolation or concatenation whose local part is constant
    /// (<c>$"noreply@{domain}"</c>), found through locals and address constructors (<c>new MailAddress(from)</c>).
    /// </summary>
    internal sealed class ConstantAddress
    {
        private const int MaxDepth = 6;

        private ConstantAddress(IOperation operation, string localPart, string? address)
        {
            Operation = operation;
            LocalPart = localPart;
            Address = address;
        }

        /// <summary>The string expression that spells the address: where a diagnostic about it goes.</summary>
        public IOperation Operation { get; }

        /// <summary>The part before '@', without a "+tag".</summary>
        public string LocalPart { get; }

        /// <summary>The whole address (<c>news@acme.com</c>) when all of it is constant, else null.</summary>
        public string? Address { get; }

        public bool HasLocalPart(ImmutableArray<string> localParts)
        {
            foreach (var candidate in localParts)
            {
                if (string.Equals(candidate, LocalPart, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The constant address a value is made from, or null.</summary>
        public static ConstantAddress? Find(IOperation? value, IOperation scope, SocialApiIndex index)
            => Find(value, scope, index, MaxDepth);

        private static ConstantAddress? Find(IOperation? value, IOperation scope, SocialApiIndex index, int depth)
        {
            var operation = ReceiverMember.Unwrap(value);
            if (operation == null || depth < 0)
            {
                return null;
            }

            if (operation.ConstantValue is { HasValue: true, Value: string text })
            {
                return FromText(operation, text, complete: true);
            }

            switch (operation)
            {
                case IInterpolatedStringOperation or IBinaryOperation { OperatorKind: BinaryOperatorKind.Add }:
                    var prefix = new StringBuilder();
                    var complete = AppendConstantPrefix(operation, prefix);
                    return FromText(operation, prefix.ToString(), complete);
                case ILocalReferenceOperation local:
                    return FromSingleAssignment(local.Local, scope, index, depth);
                case IObjectCreationOperation { Constructor: { } constructor } creation:
                    return FromAddressArgument(constructor, creation.Arguments, scope, index, depth);
                case IInvocationOperation { Instance: null } invocation:
                    return FromAddressArgument(invocation.TargetMethod, invocation.Arguments, scope, index, depth);
                case IArrayCreationOperation { Initializer: { ElementValues.Length: 1 } initializer }:
                    // new[] { new MailboxAddress("Acme", "news@acme.com") } passed as a message's From list.
                    return Find(initializer.ElementValues[0], scope, index, depth - 1);
                default:
                    return null;
            }
        }

        private static ConstantAddress? FromSingleAssignment(ILocalSymbol local, IOperation scope, SocialApiIndex index, int depth)
        {
            IOperation? only = null;
            foreach (var assigned in ValueOrigins.AssignedValues(local, scope))
            {
                if (only != null)
                {
                    return null;
                }

                only = assigned;
            }

            return Find(only, scope, index, depth - 1);
        }

        /// <summary>Through an address constructor or factory (<c>new MailAddress(address)</c>, <c>MailboxAddress.Parse(text)</c>).</summary>
        private static ConstantAddress? FromAddressArgument(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments,
            IOperation scope, SocialApiIndex index, int depth)
        {
            foreach (var entry in index.Find(method).Entries)
            {
                if ((entry.Role != SocialRole.EmailSender && entry.Role != SocialRole.EmailReplyTo) || entry.AddressParameter == null)
                {
                    continue;
                }

                foreach (var argument in arguments)
                {
                    if (argument.Parameter?.Name == entry.AddressParameter)
                    {
                        return Find(argument.Value, scope, index, depth - 1);
                    }
                }
            }

            return null;
        }

        /// <summary>Appends the constant start of a string expression; true when all of it is constant.</summary>
        private static bool AppendConstantPrefix(IOperation operation, StringBuilder prefix)
        {
            operation = ReceiverMember.Unwrap(operation)!;
            if (operation.ConstantValue is { HasValue: true, Value: string text })
            {
                prefix.Append(text);
                return true;
            }

            switch (operation)
            {
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string partText } })
                        {
                            prefix.Append(partText);
                        }
                        else
                        {
                            return false;
                        }
                    }

                    return true;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                    return AppendConstantPrefix(binary.LeftOperand, prefix) && AppendConstantPrefix(binary.RightOperand, prefix);
                default:
                    return false;
            }
        }

        private static ConstantAddress? FromText(IOperation operation, string text, bool complete)
        {
            // "Display Name <user@host>": the address is inside the angle brackets.
            var open = text.LastIndexOf('<');
            if (open >= 0)
            {
                var close = text.IndexOf('>', open + 1);
                if (close < 0 && complete)
                {
                    return null;
                }

                text = close < 0 ? text.Substring(open + 1) : text.Substring(open + 1, close - open - 1);
                complete = complete || close >= 0;
            }

            text = text.Trim();
            var at = text.LastIndexOf('@');
            if (at <= 0)
            {
                return null;
            }

            var localPart = text.Substring(0, at);
            var plus = localPart.IndexOf('+');
            if (plus > 0)
            {
                localPart = localPart.Substring(0, plus);
            }

            var address = complete && at < text.Length - 1 ? text : null;
            return new ConstantAddress(operation, localPart, address);
        }
    }
}
