using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SocialAutomation.Analyzers.Catalog
{
    /// <summary>The roles the catalog gives one symbol: those that always hold, and conditional entries checked per call.</summary>
    internal sealed class SymbolRoles
    {
        public static readonly SymbolRoles Empty = new SymbolRoles(SocialRole.None, ImmutableArray<CatalogEntry>.Empty);

        public SymbolRoles(SocialRole unconditional, ImmutableArray<CatalogEntry> entries)
        {
            Unconditional = unconditional;
            Entries = entries;
            foreach (var entry in entries)
            {
                RecipientParameter ??= entry.RecipientParameter;
                ContentParameter ??= entry.ContentParameter;
                if (entry.IsConditional)
                {
                    HasConditions = true;
                }
            }
        }

        public SocialRole Unconditional { get; }

        public ImmutableArray<CatalogEntry> Entries { get; }

        public string? RecipientParameter { get; }

        public string? ContentParameter { get; }

        public bool HasConditions { get; }

        public bool IsEmpty => Entries.IsDefaultOrEmpty;

        public SymbolRoles Merge(SymbolRoles other)
        {
            if (IsEmpty)
            {
                return other;
            }

            return other.IsEmpty ? this : new SymbolRoles(Unconditional | other.Unconditional, Entries.AddRange(other.Entries));
        }

        /// <summary>The roles that hold for one call, argument conditions included (receiver conditions need the index).</summary>
        public SocialRole RolesFor(IInvocationOperation invocation)
        {
            if (!HasConditions)
            {
                return Unconditional;
            }

            var roles = Unconditional;
            foreach (var entry in Entries)
            {
                if (entry.ConditionParameter != null && entry.ReceiverRole == SocialRole.None
                    && ArgumentMatches(invocation.Arguments, entry.ConditionParameter, entry.ConditionValue!))
                {
                    roles |= entry.Role;
                }
            }

            return roles;
        }

        /// <summary>The roles that hold for one call or indexer access, argument and receiver conditions included.</summary>
        public SocialRole RolesFor(IOperation? instance, ImmutableArray<IArgumentOperation> arguments, SocialApiIndex index)
        {
            if (!HasConditions)
            {
                return Unconditional;
            }

            var roles = Unconditional;
            foreach (var entry in Entries)
            {
                if (entry.IsConditional && Applies(entry, instance, arguments, index))
                {
                    roles |= entry.Role;
                }
            }

            return roles;
        }

        /// <summary>Whether one entry holds for a call made on <paramref name="instance"/> with <paramref name="arguments"/>.</summary>
        public static bool Applies(CatalogEntry entry, IOperation? instance, ImmutableArray<IArgumentOperation> arguments, SocialApiIndex index)
        {
            if (entry.ConditionParameter != null && !ArgumentMatches(arguments, entry.ConditionParameter, entry.ConditionValue!))
            {
                return false;
            }

            if (entry.ReceiverRole != SocialRole.None)
            {
                var member = ReceiverMember.Of(instance);
                return member != null && index.Has(member.Member, entry.ReceiverRole);
            }

            return true;
        }

        private static bool ArgumentMatches(ImmutableArray<IArgumentOperation> arguments, string parameterName, string expected)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Name != parameterName)
                {
                    continue;
                }

                var value = argument.Value;
                while (value is IConversionOperation conversion)
                {
                    value = conversion.Operand;
                }

                if (expected == CatalogEntry.NotNullCondition)
                {
                    return IsGivenAndNotNull(argument, value);
                }

                if (value is IFieldReferenceOperation field)
                {
                    // The id is built (a string) only for a field of the expected name.
                    return EndsWithMemberName(expected, field.Field.Name) && field.Field.OriginalDefinition.GetDocumentationCommentId() == expected;
                }

                var constant = value.ConstantValue;
                return constant.HasValue && constant.Value?.ToString() == expected;
            }

            return false;
        }

        private static bool EndsWithMemberName(string id, string name)
            => id.Length > name.Length && id[id.Length - name.Length - 1] == '.'
                && string.CompareOrdinal(id, id.Length - name.Length, name, 0, name.Length) == 0;

        /// <summary>
        /// <c>if:replyStatusId=!null</c>: the caller passed a value that may be non-null. An omitted optional argument,
        /// a <c>null</c> or <c>default</c> literal does not count; any other expression does, since it usually holds a value.
        /// </summary>
        private static bool IsGivenAndNotNull(IArgumentOperation argument, IOperation value)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || value is IDefaultValueOperation)
            {
                return false;
            }

            var constant = value.ConstantValue;
            return !(constant.HasValue && constant.Value == null);
        }
    }
}
