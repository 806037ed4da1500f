using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>
    /// Reads who a send goes to and what it says, from the catalog's <c>recipient=</c> and <c>content=</c> options.
    /// An option may name a parameter (<c>chatId</c>) or a member of a parameter's object (<c>message.Channel</c>), which is
    /// found in the object initializer, a constructor argument of the same name, or an assignment to a local's member.
    /// </summary>
    internal static class SendArguments
    {
        /// <summary>
        /// The value naming the recipient: the catalog's <c>recipient=</c> argument when the entry has one
        /// (<paramref name="namedByCatalog"/> is then true), else the receiver (the instance, or the <c>this</c> argument of an extension method).
        /// </summary>
        public static IOperation? Recipient(IInvocationOperation invocation, SymbolRoles roles, IOperation scope, out bool namedByCatalog)
        {
            namedByCatalog = false;
            if (roles.RecipientParameter != null)
            {
                var values = Resolve(invocation, roles.RecipientParameter, scope);
                if (values.Count > 0)
                {
                    namedByCatalog = true;
                    return values[0];
                }
            }

            if (invocation.Instance != null && !invocation.Instance.IsImplicit)
            {
                return invocation.Instance;
            }

            return invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null;
        }

        /// <summary>The values that make up the text: the catalog's <c>content=</c>, else every string argument the caller wrote (the recipient excepted).</summary>
        public static ImmutableArray<IOperation> Content(IInvocationOperation invocation, SymbolRoles roles, IOperation? recipient, IOperation scope)
        {
            if (roles.ContentParameter != null)
            {
                var values = Resolve(invocation, roles.ContentParameter, scope);
                if (values.Count > 0)
                {
                    return values.ToImmutableArray();
                }
            }

            var builder = ImmutableArray.CreateBuilder<IOperation>();
            foreach (var argument in invocation.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue
                    && argument.Parameter?.Type.SpecialType == SpecialType.System_String
                    && argument.Value != recipient)
                {
                    builder.Add(argument.Value);
                }
            }

            return builder.ToImmutable();
        }

        /// <summary>The argument the caller wrote for a parameter, or null when it was left to its default.</summary>
        public static IArgumentOperation? Argument(IInvocationOperation invocation, string parameterName)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter?.Name == parameterName)
                {
                    return argument;
                }
            }

            return null;
        }

        private static List<IOperation> Resolve(IInvocationOperation invocation, string path, IOperation scope)
        {
            var found = new List<IOperation>();
            var dot = path.IndexOf('.');
            var argument = Argument(invocation, dot < 0 ? path : path.Substring(0, dot));
            if (argument == null)
            {
                return found;
            }

            if (dot < 0)
            {
                found.Add(argument.Value);
                return found;
            }

            var member = path.Substring(dot + 1);
            var value = RecipientFanOut.Unwrap(argument.Value);
            if (value is ILocalReferenceOperation local)
            {
                foreach (var assigned in ValueOrigins.AssignedValues(local.Local, scope))
                {
                    AddMemberValues(RecipientFanOut.Unwrap(assigned), member, found);
                }

                AddMemberAssignments(local.Local, member, scope, found);
            }
            else
            {
                AddMemberValues(value, member, found);
            }

            return found;
        }

        /// <summary>In <c>new Message { Channel = id }</c> or <c>new PublishMessageParameters(text, recipientId)</c>, the value given to one member.</summary>
        private static void AddMemberValues(IOperation value, string member, List<IOperation> found)
        {
            if (value is not IObjectCreationOperation creation)
            {
                return;
            }

            foreach (var argument in creation.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue
                    && string.Equals(argument.Parameter?.Name, member, StringComparison.OrdinalIgnoreCase))
                {
                    found.Add(argument.Value);
                }
            }

            if (creation.Initializer == null)
            {
                return;
            }

            foreach (var initializer in creation.Initializer.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment
                    && target.Member.Name == member)
                {
                    found.Add(assignment.Value);
                }
            }
        }

        /// <summary><c>message.Channel = id;</c> after <c>var message = new Message();</c>.</summary>
        private static void AddMemberAssignments(ILocalSymbol local, string member, IOperation scope, List<IOperation> found)
        {
            foreach (var operation in scope.DescendantsAndSelf())
            {
                if (operation is ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Instance: ILocalReferenceOperation owner } target } assignment
                    && target.Member.Name == member
                    && SymbolEqualityComparer.Default.Equals(owner.Local, local))
                {
                    found.Add(assignment.Value);
                }
            }
        }
    }
}
