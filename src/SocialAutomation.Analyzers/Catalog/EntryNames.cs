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
    /// </summary>
    internal sealed class EntryNames
    {
        private const SocialRole AnyRole = (SocialRole)(-1L);

        private readonly Dictionary<ISymbol, SymbolRoles> _exact;
        private readonly Dictionary<INamedTypeSymbol, Dictionary<string, SymbolRoles>> _byName;
        private readonly Dictionary<INamedTypeSymbol, DeferredMembers> _deferred;
        private readonly HashSet<string> _all;
        private readonly ConcurrentDictionary<SocialRole, HashSet<string>> _byRoles = new ConcurrentDictionary<SocialRole, HashSet<string>>();

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

        /// <summary>Whether some entry may name a member called <paramref name="name"/>.</summary>
        public bool MayName(string name) => Contains(_all, name);

        /// <summary>Whether some entry with one of <paramref name="roles"/> may name a member called <paramref name="name"/>.</summary>
        public bool MayName(string name, SocialRole roles)
            => Contains(_byRoles.TryGetValue(roles, out var names) ? names : _byRoles.GetOrAdd(roles, Collect), name);

        private static bool Contains(HashSet<string> names, string name) => names.Contains(name) || name.LastIndexOf('.') > 0;

        /// <summary>Conditional entries count: their role holds for some calls.</summary>
        private HashSet<string> Collect(SocialRole roles)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pair in _exact)
            {
                if (HasEntryWith(pair.Value, roles))
                {
                    names.Add(pair.Key.Name);
                }
            }

            foreach (var type in _byName.Values)
            {
                foreach (var pair in type)
                {
                    if (HasEntryWith(pair.Value, roles))
                    {
                        names.Add(pair.Key);
                    }
                }
            }

            // Deferred entries are not resolved for this: their ids give the names.
            foreach (var type in _deferred.Values)
            {
                foreach (var entry in type.Entries)
                {
                    if ((entry.Role & roles) != 0 && CatalogIds.SymbolName(entry.SymbolId) is { } name)
                    {
                        names.Add(name);
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
    }
}
