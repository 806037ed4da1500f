using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>
    /// Works out how a DM to someone who just joined can become a public welcome: a <c>public-place</c> reachable in at
    /// most two property steps from the values at hand (the user, the join data, the handler's parameters), and a
    /// <c>mention</c> of the user. Worked out by the code fix from the <see cref="WelcomeContext"/> the diagnostic records;
    /// the rewriter reads the result as properties.
    /// </summary>
    internal static class PublicWelcomePlan
    {
        public const string StyleKey = "WelcomeStyle";
        public const string ReceiverStyle = "receiver";
        public const string ArgumentStyle = "argument";
        public const string PlaceKey = "WelcomePlace";
        public const string MentionKey = "WelcomeMention";
        public const string ContentIndexKey = "WelcomeContentIndex";
        public const string RecipientIndexKey = "WelcomeRecipientIndex";

        public static ImmutableDictionary<string, string?> Create(
            IInvocationOperation dm, SymbolRoles roles, SocialApiIndex index, IEnumerable<IOperation> context)
        {
            var properties = ImmutableDictionary<string, string?>.Empty;
            if (dm.Syntax is not InvocationExpressionSyntax syntax)
            {
                return properties;
            }

            var recipientArgument = DirectMessages.RecipientArgument(dm, roles);
            IOperation? user;
            string style;
            if (recipientArgument is { Syntax: ArgumentSyntax })
            {
                var recipient = RecipientFanOut.Unwrap(recipientArgument.Value);
                user = recipient is IMemberReferenceOperation { Instance: { } instance } ? instance : recipient;
                style = ArgumentStyle;
            }
            else if ((roles.RolesFor(dm) & SocialRole.DmSend) != 0)
            {
                user = recipientArgument?.Value ?? dm.Instance ?? (dm.TargetMethod.IsExtensionMethod && dm.Arguments.Length > 0 ? dm.Arguments[0].Value : null);
                user = user == null ? null : RecipientFanOut.Unwrap(user);
                style = ReceiverStyle;
            }
            else
            {
                return properties;
            }

            if (user == null || !IsSimplePath(user.Syntax))
            {
                return properties;
            }

            var facts = TypeFacts.Of(index);
            var mention = user.Type == null ? null : facts.Mentions.GetOrAdd(user.Type, t => FindProperty(t, SocialRole.Mention, index));
            var content = ContentArgument(dm, roles, syntax);
            if (mention == null || content < 0)
            {
                return properties;
            }

            string? place = null;
            foreach (var candidate in Candidates(user, context))
            {
                if (!IsSimplePath(candidate.Syntax))
                {
                    continue;
                }

                var paths = candidate.Type == null
                    ? ImmutableArray<(string, ITypeSymbol)>.Empty
                    : facts.Places.GetOrAdd(candidate.Type, t => PathsToPublicPlace(t, index).ToImmutableArray());
                foreach (var (path, placeType) in paths)
                {
                    var text = candidate.Syntax.ToString() + path;
                    if (style == ArgumentStyle || HasSendOnPlace(dm, placeType))
                    {
                        place = text;
                        break;
                    }
                }

                if (place != null)
                {
                    break;
                }
            }

            if (place == null)
            {
                return properties;
            }

            properties = properties
                .Add(StyleKey, style)
                .Add(PlaceKey, place)
                .Add(MentionKey, user.Syntax.ToString() + "." + mention.Name)
                .Add(ContentIndexKey, content.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (style == ArgumentStyle && recipientArgument?.Syntax is ArgumentSyntax recipientSyntax)
            {
                properties = properties.Add(RecipientIndexKey, syntax.ArgumentList.Arguments.IndexOf(recipientSyntax).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return properties;
        }

        private static IEnumerable<IOperation> Candidates(IOperation user, IEnumerable<IOperation> context)
        {
            yield return user;
            foreach (var operation in context)
            {
                yield return operation;
                if (operation is IMemberReferenceOperation { Instance: { } instance })
                {
                    yield return instance;
                }
            }
        }

        /// <summary>
        /// What a type offers a welcome, worked out once per type and compilation: reading every property of a library
        /// type and its interfaces is the costly part of a plan, and handlers of one library share a few user types.
        /// </summary>
        private sealed class TypeFacts
        {
            private static readonly ConditionalWeakTable<SocialApiIndex, TypeFacts> ByIndex = new ConditionalWeakTable<SocialApiIndex, TypeFacts>();

            public ConcurrentDictionary<ITypeSymbol, IPropertySymbol?> Mentions { get; } = new ConcurrentDictionary<ITypeSymbol, IPropertySymbol?>(SymbolEqualityComparer.Default);

            public ConcurrentDictionary<ITypeSymbol, ImmutableArray<(string Path, ITypeSymbol PlaceType)>> Places { get; } =
                new ConcurrentDictionary<ITypeSymbol, ImmutableArray<(string Path, ITypeSymbol PlaceType)>>(SymbolEqualityComparer.Default);

            public static TypeFacts Of(SocialApiIndex index) => ByIndex.GetValue(index, _ => new TypeFacts());
        }

        /// <summary>
        /// ".Guild.SystemChannel": public places of reference type reachable in one or two property steps, nearest first,
        /// with the place's type (the last property's), so no speculative binding is needed to inspect it.
        /// </summary>
        private static IEnumerable<(string Path, ITypeSymbol PlaceType)> PathsToPublicPlace(ITypeSymbol? type, SocialApiIndex index)
        {
            foreach (var direct in PropertiesWithRole(type, SocialRole.PublicPlace, index))
            {
                yield return ("." + direct.Name, direct.Type);
            }

            foreach (var member in AllProperties(type))
            {
                foreach (var second in PropertiesWithRole(member.Type, SocialRole.PublicPlace, index))
                {
                    yield return ("." + member.Name + "." + second.Name, second.Type);
                }
            }
        }

        /// <summary>Properties of reference type with the role, in catalog order: catalogs list the best choice first.</summary>
        private static IEnumerable<IPropertySymbol> PropertiesWithRole(ITypeSymbol? type, SocialRole role, SocialApiIndex index)
        {
            if (!index.TypeMayDeclare(type, role))
            {
                yield break;
            }

            var ranked = new List<(int Rank, IPropertySymbol Property)>();
            foreach (var property in AllProperties(type))
            {
                if (property.Type.IsReferenceType && property.Type.SpecialType == SpecialType.None && Rank(property, role, index) is var rank && rank < int.MaxValue)
                {
                    ranked.Add((rank, property));
                }
            }

            ranked.Sort((a, b) => a.Rank.CompareTo(b.Rank));
            foreach (var (_, property) in ranked)
            {
                yield return property;
            }
        }

        private static int Rank(IPropertySymbol property, SocialRole role, SocialApiIndex index)
        {
            var rank = int.MaxValue;
            foreach (var entry in index.Find(property).Entries)
            {
                if (entry.Role == role && entry.Line < rank)
                {
                    rank = entry.Line;
                }
            }

            return rank;
        }

        /// <summary>The property with the role whose catalog entry comes first.</summary>
        private static IPropertySymbol? FindProperty(ITypeSymbol? type, SocialRole role, SocialApiIndex index)
        {
            if (!index.TypeMayDeclare(type, role))
            {
                return null;
            }

            IPropertySymbol? best = null;
            var bestRank = int.MaxValue;
            foreach (var property in AllProperties(type))
            {
                var rank = Rank(property, role, index);
                if (rank < bestRank)
                {
                    best = property;
                    bestRank = rank;
                }
            }

            return best;
        }

        private static IEnumerable<IPropertySymbol> AllProperties(ITypeSymbol? type)
        {
            if (type == null || type.SpecialType != SpecialType.None || type.TypeKind == TypeKind.Error)
            {
                yield break;
            }

            for (var current = type; current != null; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public } property)
                    {
                        yield return property;
                    }
                }
            }

            foreach (var implemented in type.AllInterfaces)
            {
                foreach (var member in implemented.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false, IsIndexer: false } property)
                    {
                        yield return property;
                    }
                }
            }
        }

        private static int ContentArgument(IInvocationOperation dm, SymbolRoles roles, InvocationExpressionSyntax syntax)
        {
            var content = DirectMessages.ContentArgument(dm, roles);
            if (content == null)
            {
                foreach (var argument in dm.Arguments)
                {
                    if (argument.ArgumentKind == ArgumentKind.Explicit && argument.Value.Type?.SpecialType == SpecialType.System_String)
                    {
                        content = argument;
                        break;
                    }
                }
            }

            return content?.Syntax is ArgumentSyntax argumentSyntax ? syntax.ArgumentList.Arguments.IndexOf(argumentSyntax) : -1;
        }

        /// <summary>The public place must offer a method of the same name that takes the text first.</summary>
        private static bool HasSendOnPlace(IInvocationOperation dm, ITypeSymbol placeType)
        {
            for (var current = placeType; current != null; current = current.BaseType)
            {
                foreach (var member in current.GetMembers(dm.TargetMethod.Name))
                {
                    if (member is IMethodSymbol { IsStatic: false, Parameters.Length: > 0 } method
                        && method.Parameters[0].Type.SpecialType == SpecialType.System_String)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsSimplePath(SyntaxNode syntax)
            => syntax switch
            {
                IdentifierNameSyntax => true,
                ThisExpressionSyntax => true,
                MemberAccessExpressionSyntax access => IsSimplePath(access.Expression),
                _ => false,
            };
    }
}
