using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SocialAutomation.Analyzers.Catalog
{
    /// <summary>
    /// The member names the catalog's entries bear, per role: a member can have a role only if one of them is its name
    /// (its own entry, one on a member it overrides or implements implicitly), so a name outside the set settles a lookup
    /// without reading the member's definition or type. Explicit implementations, named after their interface, always pass.
    /// Constructors all share one name and get roles only from their own type's entries, so they are known by their type's name.
    /// </summary>
    internal sealed class EntryNames
    {
        private const SocialRole AnyRole = (SocialRole)(-1L);

        private readonly Dictionary<ISymbol, SymbolRoles> _exact;
        private readonly Dictionary<INamedTypeSymbol, Dictionary<string, SymbolRoles>> _byName;
        private readonly Dictionary<INamedTypeSymbol, DeferredMembers> _deferred;
        private readonly Names _all;
        private readonly ConcurrentDictionary<SocialRole, Names> _byRoles = new ConcurrentDictionary<SocialRole, Names>();

        public EntryNames(
            Dictionary<ISymbol, SymbolRoles> exact,
            Dictionary<INamedTypeSymbol, Dictionary<string, SymbolRoles>> byName,
            Dictionary<INamedTypeSymbol, DeferredMembers> deferred)
        {
            _exact = exact;
            _byName = byName;
            _deferred = deferred;
            _all = Collect(AnyRole);
        }

        /// <summary>Whether some entry may name <paramref name="member"/>.</summary>
        public bool MayName(ISymbol member) => _all.MayName(member);

        /// <summary>Whether some entry with one of <paramref name="roles"/> may name <paramref name="member"/>.</summary>
        public bool MayName(ISymbol member, SocialRole roles)
            => (_byRoles.TryGetValue(roles, out var names) ? names : _byRoles.GetOrAdd(roles, Collect)).MayName(member);

        /// <summary>Conditional entries count: their role holds for some calls.</summary>
        private Names Collect(SocialRole roles)
        {
            var names = new Names();
            foreach (var pair in _exact)
            {
                if (HasEntryWith(pair.Value, roles))
                {
                    names.Add(pair.Key.Name, pair.Key.ContainingType);
                }
            }

            foreach (var type in _byName)
            {
                foreach (var pair in type.Value)
                {
                    if (HasEntryWith(pair.Value, roles))
                    {
                        names.Add(pair.Key, type.Key);
                    }
                }
            }

            // Deferred entries are not resolved for this: their ids give the names.
            foreach (var type in _deferred)
            {
                foreach (var entry in type.Value.Entries)
                {
                    if ((entry.Role & roles) != 0 && CatalogIds.SymbolName(entry.SymbolId) is { } name)
                    {
                        names.Add(name, type.Key);
                    }
                }
            }

            return names;
        }

        private static bool HasEntryWith(SymbolRoles symbolRoles, SocialRole roles)
        {
            foreach (var entry in symbolRoles.Entries)
            {
                if ((entry.Role & roles) != 0)
                {
                    return true;
                }
            }

            return false;
        }

        private sealed class Names
        {
            private readonly HashSet<string> _members = new HashSet<string>(StringComparer.Ordinal);
            private readonly HashSet<string> _constructedTypes = new HashSet<string>(StringComparer.Ordinal);

            public void Add(string memberName, INamedTypeSymbol? type)
            {
                if (memberName == WellKnownMemberNames.InstanceConstructorName)
                {
                    if (type != null)
                    {
                        _constructedTypes.Add(type.Name);
                    }
                }
                else
                {
                    _members.Add(memberName);
                }
            }

            public bool MayName(ISymbol member)
            {
                var name = member.Name;
                if (name == WellKnownMemberNames.InstanceConstructorName)
                {
                    return member.ContainingType is { } type && _constructedTypes.Contains(type.Name);
                }

                return _members.Contains(name) || name.LastIndexOf('.') > 0;
            }
        }
    }
}
