using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SocialAutomation.Analyzers.Catalog
{
    /// <summary>
    /// The built-in entries naming members of one library type, resolved the first time a member of that type is
    /// looked up. Resolving a member id loads every member of its type from metadata; deferring it means a compilation
    /// pays only for the types its code uses, whose members the compiler has loaded by then anyway.
    /// </summary>
    internal sealed class DeferredMembers
    {
        private readonly Func<string, CatalogResolution> _resolve;
        private readonly List<CatalogEntry> _entries = new List<CatalogEntry>();
        private readonly Lazy<Resolved> _resolved;

        /// <param name="resolve">Resolves an id as the eager index would (thread-safe: lookups come from any thread).</param>
        public DeferredMembers(Func<string, CatalogResolution> resolve)
        {
            _resolve = resolve;
            _resolved = new Lazy<Resolved>(Resolve, LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>The roles of the entries, unresolved: enough to skip a type when collecting members by role.</summary>
        public SocialRole UnconditionalRoles { get; private set; }

        /// <summary>The entries filed under the type, unresolved (their ids give the names of their members).</summary>
        public IReadOnlyList<CatalogEntry> Entries => _entries;

        public void Add(CatalogEntry entry)
        {
            _entries.Add(entry);
            if (!entry.IsConditional)
            {
                UnconditionalRoles |= entry.Role;
            }
        }

        /// <summary>The entries that name <paramref name="member"/> (an original definition of this type).</summary>
        public SymbolRoles Find(ISymbol member)
        {
            var resolved = _resolved.Value;
            var result = resolved.Exact.TryGetValue(member, out var exact) ? exact : SymbolRoles.Empty;
            return resolved.ByName.TryGetValue(member.Name, out var byName) ? result.Merge(byName) : result;
        }

        public IEnumerable<ISymbol> MembersWithRole(INamedTypeSymbol type, SocialRole role)
        {
            var resolved = _resolved.Value;
            foreach (var pair in resolved.Exact)
            {
                if ((pair.Value.Unconditional & role) != 0)
                {
                    yield return pair.Key;
                }
            }

            foreach (var pair in resolved.ByName)
            {
                if ((pair.Value.Unconditional & role) != 0)
                {
                    foreach (var member in type.GetMembers(pair.Key))
                    {
                        yield return member;
                    }
                }
            }
        }

        private Resolved Resolve()
        {
            var exact = new Dictionary<ISymbol, List<CatalogEntry>>(SymbolEqualityComparer.Default);
            var byName = new Dictionary<string, List<CatalogEntry>>(StringComparer.Ordinal);
            foreach (var entry in _entries)
            {
                var resolution = _resolve(entry.SymbolId);
                foreach (var member in resolution.Members)
                {
                    AddTo(exact, member, entry);
                }

                if (!resolution.ByNameTypes.IsEmpty && resolution.MemberName != null)
                {
                    // Filed under each type that has the name, so the name alone picks this type's overloads.
                    AddTo(byName, resolution.MemberName, entry);
                }
            }

            return new Resolved(Freeze(exact), Freeze(byName));
        }

        private static void AddTo<TKey>(Dictionary<TKey, List<CatalogEntry>> map, TKey key, CatalogEntry entry)
            where TKey : notnull
        {
            if (!map.TryGetValue(key, out var list))
            {
                list = new List<CatalogEntry>();
                map[key] = list;
            }

            list.Add(entry);
        }

        private static Dictionary<TKey, SymbolRoles> Freeze<TKey>(Dictionary<TKey, List<CatalogEntry>> map)
            where TKey : notnull
        {
            var frozen = new Dictionary<TKey, SymbolRoles>(map.Count, map.Comparer);
            foreach (var pair in map)
            {
                frozen[pair.Key] = SocialApiIndexBuilder.ToRoles(pair.Value);
            }

            return frozen;
        }

        private sealed class Resolved
        {
            public Resolved(Dictionary<ISymbol, SymbolRoles> exact, Dictionary<string, SymbolRoles> byName)
            {
                Exact = exact;
                ByName = byName;
            }

            public Dictionary<ISymbol, SymbolRoles> Exact { get; }

            public Dictionary<string, SymbolRoles> ByName { get; }
        }
    }

    /// <summary>Parts of a member's documentation id: its type's id and its metadata name.</summary>
    internal static class CatalogIds
    {
        /// <summary><c>Ns.Type</c> for <c>M:Ns.Type.Name(...)</c>; null when the id has no containing type.</summary>
        public static string? ContainingTypePath(string memberId)
        {
            var dot = LastDot(memberId);
            return dot <= 2 ? null : memberId.Substring(2, dot - 2);
        }

        /// <summary>The member's metadata name (<c>.ctor</c> for <c>#ctor</c>, generic arity removed).</summary>
        public static string? MemberName(string memberId)
        {
            var end = NameEnd(memberId);
            var dot = LastDot(memberId);
            if (dot <= 2)
            {
                return null;
            }

            return SymbolIdResolver.MemberName(memberId.Substring(dot + 1, end - dot - 1));
        }

        /// <summary>The name Roslyn gives the member an id stands for: its metadata name, or <c>this[]</c> for an indexer.</summary>
        public static string? SymbolName(string memberId)
        {
            var name = MemberName(memberId);
            return memberId[0] == 'P' && name == "Item" && memberId.IndexOf('(') >= 0 ? WellKnownMemberNames.Indexer : name;
        }

        private static int NameEnd(string id)
        {
            var end = id.IndexOf('(');
            return end < 0 ? id.Length : end;
        }

        private static int LastDot(string id) => id.LastIndexOf('.', NameEnd(id) - 1);
    }
}
