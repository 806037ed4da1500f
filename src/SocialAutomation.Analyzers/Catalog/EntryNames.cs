using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SocialAutomation.Analyzers.Catalog
{
    /// <summary>
    /// The member names the catalog's entries bear, with the roles of those entries: a member can have a role only if
    /// an entry with that role bears its name (its own entry, one on a member it overrides or implements implicitly), so
    /// a name outside the map settles a lookup without reading the member's definition or type. Explicit implementations,
    /// named after their interface, always pass. Constructors all share one name and get roles only from their own
    /// type's entries, so they are known by their type's name. Every rule asks this for nearly every call, so a filter
    /// of the roles in each name slot answers most member and type names before a map is read.
    /// </summary>
    internal sealed class EntryNames
    {
        private const SocialRole AnyRole = (SocialRole)(-1L);

        private readonly Dictionary<string, SocialRole> _members = new Dictionary<string, SocialRole>(StringComparer.Ordinal);
        private readonly Dictionary<string, SocialRole> _constructedTypes = new Dictionary<string, SocialRole>(StringComparer.Ordinal);
        private readonly NameFilter _filter;
        private readonly NameFilter _constructedTypeFilter;

        public EntryNames(
            Dictionary<ISymbol, SymbolRoles> exact,
            Dictionary<INamedTypeSymbol, Dictionary<string, SymbolRoles>> byName,
            Dictionary<INamedTypeSymbol, DeferredMembers> deferred)
        {
            foreach (var pair in exact)
            {
                Add(pair.Key.Name, pair.Key.ContainingType, pair.Value.Entries);
            }

            foreach (var type in byName)
            {
                foreach (var pair in type.Value)
                {
                    Add(pair.Key, type.Key, pair.Value.Entries);
                }
            }

            // Deferred entries are not resolved for this: their ids give the names.
            foreach (var type in deferred)
            {
                foreach (var entry in type.Value.Entries)
                {
                    if (CatalogIds.SymbolName(entry.SymbolId) is { } name)
                    {
                        Add(name, type.Key, entry.Role);
                    }
                }
            }

            _filter = new NameFilter(_members);
            _constructedTypeFilter = new NameFilter(_constructedTypes);
        }

        /// <summary>Whether some entry may name <paramref name="member"/>.</summary>
        public bool MayName(ISymbol member) => RolesNaming(member, AnyRole) != SocialRole.None;

        /// <summary>Whether some entry with one of <paramref name="roles"/> may name <paramref name="member"/>.</summary>
        public bool MayName(ISymbol member, SocialRole roles) => RolesNaming(member, roles) != SocialRole.None;

        /// <summary>
        /// Which of <paramref name="roles"/> the entries bearing the member's name have (conditional ones count: they hold
        /// for some calls).
        /// </summary>
        private SocialRole RolesNaming(ISymbol member, SocialRole roles)
        {
            var name = member.Name;
            if (name == WellKnownMemberNames.InstanceConstructorName)
            {
                return member.ContainingType is { } type ? Named(type.Name, _constructedTypeFilter, _constructedTypes, roles) : SocialRole.None;
            }

            if (name.LastIndexOf('.') > 0)
            {
                return roles;
            }

            return Named(name, _filter, _members, roles);
        }

        /// <summary>Which of <paramref name="roles"/> a name in <paramref name="names"/> has; the filter first, an empty name never.</summary>
        private static SocialRole Named(string name, NameFilter filter, Dictionary<string, SocialRole> names, SocialRole roles)
            => name.Length > 0 && (filter.SlotRoles(name) & roles) != 0 && names.TryGetValue(name, out var named) ? named & roles : SocialRole.None;

        private void Add(string memberName, INamedTypeSymbol? type, ImmutableArray<CatalogEntry> entries)
        {
            foreach (var entry in entries)
            {
                Add(memberName, type, entry.Role);
            }
        }

        private void Add(string memberName, INamedTypeSymbol? type, SocialRole role)
        {
            if (memberName != WellKnownMemberNames.InstanceConstructorName)
            {
                _members[memberName] = (_members.TryGetValue(memberName, out var known) ? known : SocialRole.None) | role;
            }
            else if (type != null)
            {
                _constructedTypes[type.Name] = (_constructedTypes.TryGetValue(type.Name, out var known) ? known : SocialRole.None) | role;
            }
        }

        /// <summary>
        /// The roles of the names that fall in each of 2,048 slots, a slot picked from a name's length and first, second
        /// and last characters: a name whose slot shares no role with the question is no entry's name with that role,
        /// found from characters the caller has just read, without hashing the name. A rule asks for a few roles, whose
        /// names fill few slots, so most names are settled here and the map is read for few calls.
        /// </summary>
        private readonly struct NameFilter
        {
            private const int SlotMask = 2047;

            private readonly SocialRole[] _slots;

            public NameFilter(Dictionary<string, SocialRole> names)
            {
                _slots = new SocialRole[SlotMask + 1];
                foreach (var pair in names)
                {
                    _slots[Slot(pair.Key)] |= pair.Value;
                }
            }

            public SocialRole SlotRoles(string name) => _slots[Slot(name)];

            private static int Slot(string name)
                => (name.Length * 257 + name[0] * 31 + name[name.Length > 1 ? 1 : 0] * 7 + name[name.Length - 1]) & SlotMask;
        }
    }
}
