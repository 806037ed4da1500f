using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SocialAutomation.Analyzers.Catalog
{
    /// <summary>
    /// The catalog resolved against one compilation. Lookups normalise a symbol to its original definition and follow
    /// reduced extensions, overrides and interface implementations; answers are memoised for the compilation.
    /// </summary>
    internal sealed class SocialApiIndex
    {
        private readonly Dictionary<ISymbol, SymbolRoles> _exact;
        private readonly Dictionary<INamedTypeSymbol, Dictionary<string, SymbolRoles>> _byName;
        private readonly HashSet<INamedTypeSymbol> _typesWithMembers;
        private readonly EntryNames _names;
        private readonly InterfaceReach _interfaces;
        private readonly Dictionary<INamedTypeSymbol, SocialRole> _typeRoles;
        private readonly ConcurrentDictionary<ISymbol, SymbolRoles> _byDefinition = new ConcurrentDictionary<ISymbol, SymbolRoles>(ReferenceComparer.Instance);
        private readonly ConcurrentDictionary<ISymbol, SocialRole> _typeCache = new ConcurrentDictionary<ISymbol, SocialRole>(ReferenceComparer.Instance);
        private readonly ConcurrentDictionary<ISymbol, bool> _mayHaveRolesByType = new ConcurrentDictionary<ISymbol, bool>(ReferenceComparer.Instance);
        private readonly ConcurrentDictionary<(SocialRole, string), ImmutableArray<ISymbol>> _membersByRole = new ConcurrentDictionary<(SocialRole, string), ImmutableArray<ISymbol>>();
        private readonly ConcurrentDictionary<SocialRole, HashSet<INamedTypeSymbol>> _typesDeclaringRole = new ConcurrentDictionary<SocialRole, HashSet<INamedTypeSymbol>>();

        private readonly Dictionary<INamedTypeSymbol, DeferredMembers> _deferred;

        public SocialApiIndex(
            Dictionary<ISymbol, SymbolRoles> exact,
            Dictionary<INamedTypeSymbol, Dictionary<string, SymbolRoles>> byName,
            Dictionary<INamedTypeSymbol, DeferredMembers> deferred,
            Dictionary<INamedTypeSymbol, SocialRole> typeRoles,
            SocialRole resolvedRoles,
            ImmutableArray<CatalogProblem> problems)
        {
            _exact = exact;
            _byName = byName;
            _typeRoles = typeRoles;
            ResolvedRoles = resolvedRoles;
            Problems = problems;
            _typesWithMembers = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var symbol in exact.Keys)
            {
                if (symbol.ContainingType != null)
                {
                    _typesWithMembers.Add(symbol.ContainingType.OriginalDefinition);
                }
            }

            foreach (var type in byName.Keys)
            {
                _typesWithMembers.Add(type);
            }

            _deferred = deferred;
            foreach (var type in deferred.Keys)
            {
                _typesWithMembers.Add(type);
            }

            _names = new EntryNames(exact, byName, deferred);
            _interfaces = new InterfaceReach(_typesWithMembers.Concat(typeRoles.Keys));
        }

        /// <summary>The union of the roles of every entry that resolved: rules bail out when theirs are absent.</summary>
        public SocialRole ResolvedRoles { get; }

        /// <summary>Bad user-catalog lines and user entries that resolve to nothing.</summary>
        public ImmutableArray<CatalogProblem> Problems { get; }

        public bool HasAll(SocialRole roles) => (ResolvedRoles & roles) == roles;

        public bool HasAny(SocialRole roles) => (ResolvedRoles & roles) != 0;

        /// <summary>
        /// Whether an entry with <paramref name="role"/> names an event or a property (by its id's kind): a rule that
        /// looks at assignments to such members registers for assignments only when one resolved. Asked once per compilation.
        /// </summary>
        public bool AnyEntryOn(SocialRole role, SymbolKind kind)
        {
            var prefix = kind switch
            {
                SymbolKind.Event => "E:",
                SymbolKind.Property => "P:",
                _ => null,
            };
            if (prefix == null)
            {
                return false;
            }

            bool Matches(CatalogEntry entry) => (entry.Role & role) != 0 && entry.SymbolId.StartsWith(prefix, System.StringComparison.Ordinal);
            return _exact.Values.Any(roles => roles.Entries.Any(Matches))
                || _byName.Values.Any(members => members.Values.Any(roles => roles.Entries.Any(Matches)))
                || _deferred.Values.Any(deferred => deferred.Entries.Any(Matches));
        }

        /// <summary>Whether some type has <paramref name="role"/> itself (an event-args type, a handler interface); asked once per compilation.</summary>
        public bool AnyTypeHas(SocialRole role)
        {
            foreach (var roles in _typeRoles.Values)
            {
                if ((roles & role) != 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The roles of the method an invocation calls, conditional entries evaluated on its arguments.</summary>
        public SocialRole RolesOf(IInvocationOperation invocation) => Find(invocation.TargetMethod).RolesFor(invocation.Instance, invocation.Arguments, this);

        /// <summary>The roles of a property access; an indexer's conditional entries are evaluated on its receiver and arguments.</summary>
        public SocialRole RolesOf(IPropertyReferenceOperation reference) => Find(reference.Property).RolesFor(reference.Instance, reference.Arguments, this);

        /// <summary>Whether a call has one of <paramref name="roles"/>; its name is checked before any lookup.</summary>
        public bool Has(IInvocationOperation invocation, SocialRole roles)
            => MayHave(invocation.TargetMethod, roles) && (Lookup(invocation.TargetMethod).RolesFor(invocation.Instance, invocation.Arguments, this) & roles) != 0;

        /// <summary>Whether a property access has one of <paramref name="roles"/>; its name is checked before any lookup.</summary>
        public bool Has(IPropertyReferenceOperation reference, SocialRole roles)
            => MayHave(reference.Property, roles) && (Lookup(reference.Property).RolesFor(reference.Instance, reference.Arguments, this) & roles) != 0;

        /// <summary>Whether a member or type has one of <paramref name="roles"/>; a member's name is checked before any lookup.</summary>
        public bool Has(ISymbol? symbol, SocialRole roles)
            => symbol switch
            {
                null => false,
                ITypeSymbol type => (RolesOfType(type) & roles) != 0,
                _ => MayHave(symbol, roles) && (Lookup(symbol).Unconditional & roles) != 0,
            };

        /// <summary>
        /// Whether <paramref name="member"/> may have one of <paramref name="roles"/>, from its name alone (see
        /// <see cref="EntryNames"/>): the one part of a symbol every check reads anyway, where a lookup also reads its
        /// definition and type, which few analyzers have touched yet.
        /// </summary>
        public bool MayHave(ISymbol member, SocialRole roles) => _names.MayName(member, roles);

        /// <summary>The roles of a member or type symbol (types include their base types and interfaces).</summary>
        public SocialRole RolesOf(ISymbol? symbol)
        {
            switch (symbol)
            {
                case null:
                    return SocialRole.None;
                case ITypeSymbol type:
                    return RolesOfType(type);
                default:
                    return Find(symbol).Unconditional;
            }
        }

        /// <summary>
        /// The members (not types) of one library (see <see cref="LibraryRoot"/>) the catalog
        /// gives <paramref name="role"/> unconditionally, in documentation-id order so callers that pick the first match
        /// are deterministic. Computed once per role and library, loading the members of that library's types only; meant
        /// for rare questions (code-fix data), not for per-operation checks.
        /// </summary>
        public ImmutableArray<ISymbol> MembersWithRole(SocialRole role, string library)
            => _membersByRole.GetOrAdd((role, library), key => CollectMembersWithRole(key.Item1, key.Item2));

        /// <summary>
        /// Whether <paramref name="type"/>, a base type or an interface declares a member the catalog gives
        /// <paramref name="role"/>: without it no member of the type has the role, and its members need no lookup.
        /// </summary>
        public bool TypeMayDeclare(ITypeSymbol? type, SocialRole role)
            => type != null && HierarchyContains(type, _typesDeclaringRole.GetOrAdd(role, CollectTypesDeclaring));

        /// <summary>
        /// Read from the entries' types without resolving or sorting members: a deferred type counts by its entries'
        /// roles, which may name a member this library version lacks (harmless for a "may declare" answer).
        /// </summary>
        private HashSet<INamedTypeSymbol> CollectTypesDeclaring(SocialRole role)
        {
            var types = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var pair in _exact)
            {
                if ((pair.Value.Unconditional & role) != 0 && pair.Key.ContainingType is { } type)
                {
                    types.Add(type.OriginalDefinition);
                }
            }

            foreach (var type in _byName)
            {
                foreach (var byName in type.Value.Values)
                {
                    if ((byName.Unconditional & role) != 0)
                    {
                        types.Add(type.Key);
                        break;
                    }
                }
            }

            foreach (var type in _deferred)
            {
                if ((type.Value.UnconditionalRoles & role) != 0)
                {
                    types.Add(type.Key);
                }
            }

            return types;
        }

        private ImmutableArray<ISymbol> CollectMembersWithRole(SocialRole role, string library)
        {
            var members = new List<ISymbol>();
            foreach (var pair in _exact)
            {
                if ((pair.Value.Unconditional & role) != 0 && LibraryRoot.Of(pair.Key) == library)
                {
                    members.Add(pair.Key);
                }
            }

            foreach (var type in _byName)
            {
                if (LibraryRoot.Of(type.Key) != library)
                {
                    continue;
                }

                foreach (var byName in type.Value)
                {
                    if ((byName.Value.Unconditional & role) == 0)
                    {
                        continue;
                    }

                    foreach (var member in type.Key.GetMembers(byName.Key))
                    {
                        if (!members.Contains(member, SymbolEqualityComparer.Default))
                        {
                            members.Add(member);
                        }
                    }
                }
            }

            // Another library's deferred types stay unloaded: reading their members would load them from metadata.
            foreach (var type in _deferred)
            {
                if ((type.Value.UnconditionalRoles & role) == 0 || LibraryRoot.Of(type.Key) != library)
                {
                    continue;
                }

                foreach (var member in type.Value.MembersWithRole(type.Key, role))
                {
                    if (!members.Contains(member, SymbolEqualityComparer.Default))
                    {
                        members.Add(member);
                    }
                }
            }

            members.Sort((a, b) => string.CompareOrdinal(a.GetDocumentationCommentId(), b.GetDocumentationCommentId()));
            return members.ToImmutableArray();
        }

        /// <summary>
        /// Every entry of <paramref name="symbol"/>, or none when no entry with one of <paramref name="roles"/> bears its
        /// name: a rule that acts only on those roles skips the lookup for most calls (see <see cref="MayHave"/>).
        /// </summary>
        public SymbolRoles Find(ISymbol symbol, SocialRole roles) => MayHave(symbol, roles) ? Lookup(symbol) : SymbolRoles.Empty;

        /// <summary>The name first (see <see cref="MayHave"/>): a member no entry names is answered without reading its definition and type.</summary>
        public SymbolRoles Find(ISymbol symbol) => _names.MayName(symbol) ? Lookup(symbol) : SymbolRoles.Empty;

        /// <summary>The entries of a member whose name passed the name test (a reduced extension has the name of its definition).</summary>
        private SymbolRoles Lookup(ISymbol symbol)
        {
            if (symbol is IMethodSymbol { ReducedFrom: { } reducedFrom })
            {
                symbol = reducedFrom;
            }

            // Keyed by reference: a definition's public symbol is one object per compilation, and comparing references
            // is several times cheaper than symbol equality, which unwraps both symbols on every probe. Most calls go to
            // members of types with no catalogued member in their hierarchy: those are answered by their type's memo (one
            // entry per type, far fewer than members), and only members of the other types get one of their own.
            var definition = symbol.OriginalDefinition;
            var type = definition.ContainingType;
            if (type == null ? !_exact.ContainsKey(definition) : !MayHaveRoles(type.OriginalDefinition))
            {
                return SymbolRoles.Empty;
            }

            if (_byDefinition.TryGetValue(definition, out var known))
            {
                return known;
            }

            return _byDefinition.GetOrAdd(definition, Compute(definition, depth: 0));
        }

        /// <summary>
        /// Cheap pre-filter before the full computation: a member gets roles only from an entry on its own type, a
        /// member it overrides (in a base type) or an interface member it implements, so a member of a type none of
        /// whose base types and interfaces has catalogued members has none. Most members of any code end here.
        /// </summary>
        private bool MayHaveRoles(INamedTypeSymbol type)
            => _mayHaveRolesByType.TryGetValue(type, out var known) ? known : _mayHaveRolesByType.GetOrAdd(type, HierarchyContains(type, _typesWithMembers));

        /// <summary>
        /// Whether the type, a base type or an interface it implements is one of <paramref name="types"/> (definitions,
        /// a subset of the types with catalogued members, whose interfaces <see cref="_interfaces"/> knows).
        /// </summary>
        private bool HierarchyContains(ITypeSymbol type, HashSet<INamedTypeSymbol> types)
        {
            for (var current = type; current != null; current = current.BaseType)
            {
                if (current.OriginalDefinition is INamedTypeSymbol named && types.Contains(named))
                {
                    return true;
                }
            }

            if (!_interfaces.MayImplementAny(type))
            {
                return false;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (types.Contains(implemented.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        public SocialRole RolesOfType(ITypeSymbol? type)
        {
            if (type == null || _typeRoles.Count == 0 || type.TypeKind == TypeKind.Error)
            {
                return SocialRole.None;
            }

            // A constructed type has the roles of its definition (base types and interfaces are compared as definitions),
            // so definitions key the memo, by reference like the member memo. Named types are remembered (a parameter
            // type is asked about for every method); array types are not one object per type and are worked out each time.
            type = type.OriginalDefinition;
            if (_typeCache.TryGetValue(type, out var cached))
            {
                return cached;
            }

            var roles = SocialRole.None;
            for (var current = type; current != null; current = current.BaseType)
            {
                roles |= RolesOfExactType(current);
            }

            if (type is IArrayTypeSymbol array)
            {
                roles |= RolesOfType(array.ElementType);
            }

            if (_interfaces.MayImplementAny(type))
            {
                foreach (var implemented in type.AllInterfaces)
                {
                    roles |= RolesOfExactType(implemented);
                }
            }

            return type is INamedTypeSymbol ? _typeCache.GetOrAdd(type, roles) : roles;
        }

        private SocialRole RolesOfExactType(ITypeSymbol type)
            => type is INamedTypeSymbol named && _typeRoles.TryGetValue(named.OriginalDefinition, out var roles) ? roles : SocialRole.None;

        private SymbolRoles Compute(ISymbol symbol, int depth)
        {
            var result = Direct(symbol);
            if (depth > 8)
            {
                return result;
            }

            ISymbol? overridden = symbol switch
            {
                IMethodSymbol method => method.OverriddenMethod,
                IPropertySymbol property => property.OverriddenProperty,
                IEventSymbol @event => @event.OverriddenEvent,
                _ => null,
            };
            if (overridden != null)
            {
                result = result.Merge(Compute(overridden.OriginalDefinition, depth + 1));
            }

            foreach (var implemented in ExplicitImplementations(symbol))
            {
                result = result.Merge(Compute(implemented.OriginalDefinition, depth + 1));
            }

            var containingType = symbol.ContainingType;
            if (containingType != null && containingType.TypeKind != TypeKind.Interface && !symbol.IsStatic)
            {
                foreach (var implementedInterface in containingType.AllInterfaces)
                {
                    if (!_typesWithMembers.Contains(implementedInterface.OriginalDefinition))
                    {
                        continue;
                    }

                    foreach (var interfaceMember in implementedInterface.GetMembers(symbol.Name))
                    {
                        var implementation = containingType.FindImplementationForInterfaceMember(interfaceMember);
                        if (implementation != null && SymbolEqualityComparer.Default.Equals(implementation.OriginalDefinition, symbol))
                        {
                            result = result.Merge(Direct(interfaceMember.OriginalDefinition));
                        }
                    }
                }
            }

            return result;
        }

        private SymbolRoles Direct(ISymbol symbol)
        {
            var result = _exact.TryGetValue(symbol, out var exact) ? exact : SymbolRoles.Empty;
            if (symbol.ContainingType is { } type && _byName.TryGetValue(type.OriginalDefinition, out var members)
                && members.TryGetValue(symbol.Name, out var byName))
            {
                result = result.Merge(byName);
            }

            if (symbol.ContainingType is { } libraryType && _deferred.TryGetValue(libraryType.OriginalDefinition, out var deferred))
            {
                result = result.Merge(deferred.Find(symbol));
            }

            return result;
        }

        private static ImmutableArray<ISymbol> ExplicitImplementations(ISymbol symbol)
        {
            switch (symbol)
            {
                case IMethodSymbol method when !method.ExplicitInterfaceImplementations.IsEmpty:
                    return ImmutableArray<ISymbol>.CastUp(method.ExplicitInterfaceImplementations);
                case IPropertySymbol property when !property.ExplicitInterfaceImplementations.IsEmpty:
                    return ImmutableArray<ISymbol>.CastUp(property.ExplicitInterfaceImplementations);
                case IEventSymbol @event when !@event.ExplicitInterfaceImplementations.IsEmpty:
                    return ImmutableArray<ISymbol>.CastUp(@event.ExplicitInterfaceImplementations);
                default:
                    return ImmutableArray<ISymbol>.Empty;
            }
        }
    }
}
