using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow.Mail
{
    /// <summary>Whether a header argument (a name, a header-id enum member, a header object, a dictionary) may name a header.</summary>
    internal static class HeaderNames
    {
        public const string ListUnsubscribe = "List-Unsubscribe";

        /// <summary>
        /// False only when the argument certainly names other headers; a name computed at run time, a dictionary filled
        /// elsewhere or an unknown argument may name <paramref name="header"/>.
        /// </summary>
        public static bool MayName(IOperation? value, string header, SocialApiIndex index)
        {
            var operation = ReceiverMember.Unwrap(value);
            switch (operation)
            {
                case null:
                    return true;
                case IFieldReferenceOperation { Field: { ContainingType.TypeKind: TypeKind.Enum } field }:
                    // HeaderId.ListUnsubscribe names List-Unsubscribe: an enum member is the header name without hyphens.
                    return string.Equals(field.Name, header.Replace("-", string.Empty), StringComparison.OrdinalIgnoreCase);
                case { ConstantValue: { HasValue: true, Value: string name } }:
                    return string.Equals(name.Trim(), header, StringComparison.OrdinalIgnoreCase);
                case IObjectCreationOperation { Initializer: { } initializer }:
                    return DictionaryMayName(initializer, header, index);
                case IObjectCreationOperation { Constructor: { } constructor } creation:
                    return HeaderObjectMayName(constructor, creation, header, index);
                default:
                    return true;
            }
        }

        /// <summary><c>new Dictionary&lt;string, string&gt; { ["List-Unsubscribe"] = ..., { "X", ... } }</c>.</summary>
        private static bool DictionaryMayName(IObjectOrCollectionInitializerOperation initializer, string header, SocialApiIndex index)
        {
            foreach (var item in initializer.Initializers)
            {
                IOperation? key = item switch
                {
                    ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } => indexer.Arguments[0].Value,
                    IInvocationOperation { Arguments.Length: > 0 } add => add.Arguments[0].Value,
                    _ => null,
                };
                if (MayName(key, header, index))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>new Header(HeaderId.ListUnsubscribe, value)</c>: the constructor's header= parameter names it.</summary>
        private static bool HeaderObjectMayName(IMethodSymbol constructor, IObjectCreationOperation creation, string header, SocialApiIndex index)
        {
            foreach (var entry in index.Find(constructor).Entries)
            {
                if (entry.Role != SocialRole.EmailHeader || entry.HeaderParameter == null)
                {
                    continue;
                }

                foreach (var argument in creation.Arguments)
                {
                    if (argument.Parameter?.Name == entry.HeaderParameter)
                    {
                        return MayName(argument.Value, header, index);
                    }
                }
            }

            return true;
        }
    }
}
