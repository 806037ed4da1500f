using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SocialAutomation.Analyzers.Catalog
{
    /// <summary>Resolves the built-in and user catalogs against a compilation, once per compilation for all rules.</summary>
    internal static class SocialApiIndexBuilder
    {
        private static readonly ConditionalWeakTable<Compilation, IndexesByCatalogFiles> Cache = new ConditionalWeakTable<Compilation, IndexesByCatalogFiles>();

        /// <summary>The index for a compilation and its user catalogs, built once and shared by every rule.</summary>
        public static SocialApiIndex Get(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var userFiles = UserCatalogFiles.Select(options.AdditionalFiles);
            return Cache.GetValue(compilation, _ => new IndexesByCatalogFiles()).Get(compilation, userFiles, cancellationToken);
        }

        public static SocialApiIndex Build(Compilation compilation, ImmutableArray<AdditionalText> userFiles, CancellationToken cancellationToken)
        {
            var entries = new List<CatalogEntry>(BuiltInCatalog.Entries);
            var problems = new List<CatalogProblem>();
            foreach (var file in userFiles)
            {
                var text = file.GetText(cancellationToken);
                if (text == null)
                {
                    continue;
                }

                CatalogParser.Parse(new CatalogSource(file.Path, text, isUserCatalog: true), entries, problems, cancellationToken);
            }

            var exact = new Dictionary<ISymbol, List<CatalogEntry>>(SymbolEqualityComparer.Default);
            var byName = new Dictionary<INamedTypeSymbol, Dictionary<string, List<CatalogEntry>>>(SymbolEqualityComparer.Default);
            var typeRoles = new Dictionary<INamedTypeSymbol, SocialRole>(SymbolEqualityComparer.Default);
            var resolvedRoles = SocialRole.None;
            var libraries = new SymbolScope(ReferencesOnly(compilation));
            var deferred = new Dictionary<INamedTypeSymbol, DeferredMembers>(SymbolEqualityComparer.Default);
            SymbolScope? source = null;

            for (var i = 0; i < entries.Count; i++)
            {
                if ((i & 255) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var entry = entries[i];
                var scope = entry.Source.IsUserCatalog ? source ??= new SymbolScope(compilation) : libraries;
                var resolved = scope.RootNamespaces.MayExist(entry.SymbolId)
                    && (entry.Source.IsUserCatalog
                        ? Resolve(scope.Compilation, entry, exact, byName, typeRoles, scope.TypeLookups)
                        : Defer(scope, entry, deferred, typeRoles));
                if (resolved)
                {
                    // A receiver-conditioned entry names a general collection method (Collection<T>.Add) that resolves
                    // everywhere; its role is there only when the member it hangs on resolves.
                    if (entry.ReceiverRole == SocialRole.None)
                    {
                        resolvedRoles |= entry.Role;
                    }
                }
                else if (entry.Source.IsUserCatalog)
                {
                    problems.Add(new CatalogProblem(CatalogProblemKind.UnresolvedSymbol, entry.Source, entry.Line,
                        $"'{entry.SymbolId}' matches no symbol in this compilation or its references"));
                }
            }

            return new SocialApiIndex(Freeze(exact), Freeze(byName), deferred, typeRoles, resolvedRoles, problems.ToImmutableArray());
        }

        /// <summary>
        /// A built-in entry: a type resolves now (cheap); a member counts as resolved when its type has a member of that
        /// name, and is filed under its type to be resolved on first use (see <see cref="DeferredMembers"/>).
        /// </summary>
        private static bool Defer(SymbolScope scope, CatalogEntry entry, Dictionary<INamedTypeSymbol, DeferredMembers> deferred,
            Dictionary<INamedTypeSymbol, SocialRole> typeRoles)
        {
            var id = entry.SymbolId;
            if (id[0] == 'T')
            {
                var any = false;
                foreach (var symbol in DocumentationCommentId.GetSymbolsForDeclarationId(id, scope.Compilation))
                {
                    if (symbol is INamedTypeSymbol type)
                    {
                        any = true;
                        typeRoles.TryGetValue(type, out var roles);
                        typeRoles[type] = roles | entry.Role;
                    }
                }

                return any;
            }

            var typeId = CatalogIds.ContainingTypeId(id);
            var name = CatalogIds.MemberName(id);
            if (typeId == null || name == null)
            {
                return false;
            }

            if (!scope.TypeLookups.TryGetValue(typeId, out var types))
            {
                types = DocumentationCommentId.GetSymbolsForDeclarationId(typeId, scope.Compilation);
                scope.TypeLookups[typeId] = types;
            }

            var found = false;
            foreach (var symbol in types)
            {
                if (symbol is not INamedTypeSymbol type || !HasMemberNamed(type, name))
                {
                    continue;
                }

                found = true;
                type = type.OriginalDefinition;
                if (!deferred.TryGetValue(type, out var members))
                {
                    members = new DeferredMembers(scope.Compilation);
                    deferred[type] = members;
                }

                members.Add(entry);
            }

            return found;
        }

        /// <summary>
        /// Member names come from metadata without building the members themselves. An indexer is "Item" there and
        /// "this[]" once its type's members are built, so both count.
        /// </summary>
        private static bool HasMemberNamed(INamedTypeSymbol type, string name)
        {
            var indexer = name == "Item";
            foreach (var memberName in type.MemberNames)
            {
                if (memberName == name || (indexer && memberName == WellKnownMemberNames.Indexer))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Resolve(
            Compilation compilation,
            CatalogEntry entry,
            Dictionary<ISymbol, List<CatalogEntry>> exact,
            Dictionary<INamedTypeSymbol, Dictionary<string, List<CatalogEntry>>> byName,
            Dictionary<INamedTypeSymbol, SocialRole> typeRoles,
            Dictionary<string, ImmutableArray<ISymbol>> typeLookups)
        {
            var id = entry.SymbolId;
            if (id[0] == 'M' && id.IndexOf('(') < 0)
            {
                return ResolveByName(compilation, entry, byName, typeLookups);
            }

            var symbols = DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation);
            var any = false;
            foreach (var symbol in symbols)
            {
                any = true;
                if (symbol is INamedTypeSymbol type)
                {
                    typeRoles.TryGetValue(type, out var roles);
                    typeRoles[type] = roles | entry.Role;
                }
                else
                {
                    Add(exact, symbol.OriginalDefinition, entry);
                }
            }

            // A parameterless method id names a method without parameters; fall back to every overload of that name.
            return any || (id[0] == 'M' && ResolveByName(compilation, entry, byName, typeLookups));
        }

        private static bool ResolveByName(
            Compilation compilation,
            CatalogEntry entry,
            Dictionary<INamedTypeSymbol, Dictionary<string, List<CatalogEntry>>> byName,
            Dictionary<string, ImmutableArray<ISymbol>> typeLookups)
        {
            var id = entry.SymbolId;
            var end = id.IndexOf('(');
            if (end < 0)
            {
                end = id.Length;
            }

            var dot = id.LastIndexOf('.', end - 1);
            if (dot <= 2)
            {
                return false;
            }

            var typeId = "T:" + id.Substring(2, dot - 2);
            var name = id.Substring(dot + 1, end - dot - 1);
            var arity = name.IndexOf("``", StringComparison.Ordinal);
            if (arity >= 0)
            {
                name = name.Substring(0, arity);
            }

            if (name == "#ctor")
            {
                name = ".ctor";
            }

            if (!typeLookups.TryGetValue(typeId, out var types))
            {
                types = DocumentationCommentId.GetSymbolsForDeclarationId(typeId, compilation);
                typeLookups[typeId] = types;
            }

            var any = false;
            foreach (var symbol in types)
            {
                if (symbol is not INamedTypeSymbol type || type.GetMembers(name).IsEmpty)
                {
                    continue;
                }

                any = true;
                type = type.OriginalDefinition;
                if (!byName.TryGetValue(type, out var members))
                {
                    members = new Dictionary<string, List<CatalogEntry>>(StringComparer.Ordinal);
                    byName[type] = members;
                }

                if (!members.TryGetValue(name, out var list))
                {
                    list = new List<CatalogEntry>();
                    members[name] = list;
                }

                list.Add(entry);
            }

            return any;
        }

        private static void Add(Dictionary<ISymbol, List<CatalogEntry>> map, ISymbol symbol, CatalogEntry entry)
        {
            if (!map.TryGetValue(symbol, out var list))
            {
                list = new List<CatalogEntry>();
                map[symbol] = list;
            }

            list.Add(entry);
        }

        private static Dictionary<ISymbol, SymbolRoles> Freeze(Dictionary<ISymbol, List<CatalogEntry>> map)
        {
            var frozen = new Dictionary<ISymbol, SymbolRoles>(map.Count, SymbolEqualityComparer.Default);
            foreach (var pair in map)
            {
                frozen[pair.Key] = ToRoles(pair.Value);
            }

            return frozen;
        }

        private static Dictionary<INamedTypeSymbol, Dictionary<string, SymbolRoles>> Freeze(Dictionary<INamedTypeSymbol, Dictionary<string, List<CatalogEntry>>> map)
        {
            var frozen = new Dictionary<INamedTypeSymbol, Dictionary<string, SymbolRoles>>(map.Count, SymbolEqualityComparer.Default);
            foreach (var pair in map)
            {
                var members = new Dictionary<string, SymbolRoles>(pair.Value.Count, StringComparer.Ordinal);
                foreach (var member in pair.Value)
                {
                    members[member.Key] = ToRoles(member.Value);
                }

                frozen[pair.Key] = members;
            }

            return frozen;
        }

        internal static SymbolRoles ToRoles(List<CatalogEntry> entries)
        {
            var unconditional = SocialRole.None;
            foreach (var entry in entries)
            {
                if (!entry.IsConditional)
                {
                    unconditional |= entry.Role;
                }
            }

            return new SymbolRoles(unconditional, entries.ToImmutableArray());
        }

        /// <summary>
        /// The compilation without its syntax trees, for the built-in entries, which name library symbols: looking them up
        /// there does not make the index build the source declarations (the compiler's first job) before the compiler does.
        /// It shares the compilation's metadata symbols; if it somehow does not, the compilation itself is used.
        /// User entries may name source symbols and resolve against the compilation.
        /// </summary>
        private static Compilation ReferencesOnly(Compilation compilation)
        {
            using (var trees = compilation.SyntaxTrees.GetEnumerator())
            {
                if (!trees.MoveNext())
                {
                    return compilation;
                }
            }

            // Binding the references first lets the copy reuse them (the compiler binds them first thing anyway).
            IAssemblySymbol? first = null;
            MetadataReference? firstReference = null;
            foreach (var reference in compilation.References)
            {
                if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly)
                {
                    first = assembly;
                    firstReference = reference;
                    break;
                }
            }

            var withoutTrees = compilation.RemoveAllSyntaxTrees();
            return firstReference == null || SymbolEqualityComparer.Default.Equals(first, withoutTrees.GetAssemblyOrModuleSymbol(firstReference))
                ? withoutTrees
                : compilation;
        }

        /// <summary>Where a group of entries resolves, with the lookups it memoises.</summary>
        private sealed class SymbolScope
        {
            public SymbolScope(Compilation compilation)
            {
                Compilation = compilation;
                RootNamespaces = new RootNamespaceFilter(compilation);
            }

            public Compilation Compilation { get; }

            public RootNamespaceFilter RootNamespaces { get; }

            public Dictionary<string, ImmutableArray<ISymbol>> TypeLookups { get; } = new Dictionary<string, ImmutableArray<ISymbol>>(StringComparer.Ordinal);
        }

        /// <summary>Skips entries whose root namespace the compilation does not have, so a project without social libraries pays almost nothing.</summary>
        private sealed class RootNamespaceFilter
        {
            private readonly Compilation _compilation;
            private readonly Dictionary<string, bool> _known = new Dictionary<string, bool>(StringComparer.Ordinal);

            public RootNamespaceFilter(Compilation compilation) => _compilation = compilation;

            public bool MayExist(string symbolId)
            {
                var end = symbolId.IndexOf('.', 2);
                if (end < 0)
                {
                    return true;
                }

                var root = symbolId.Substring(2, end - 2);
                if (!_known.TryGetValue(root, out var exists))
                {
                    exists = HasNamespace(_compilation.GlobalNamespace, root);
                    _known[root] = exists;
                }

                return exists;
            }

            private static bool HasNamespace(INamespaceSymbol parent, string name)
            {
                foreach (var member in parent.GetMembers(name))
                {
                    return member != null;
                }

                return false;
            }
        }
    
        /// <summary>Indexes of one compilation, one per distinct set of user catalog files (normally just one).</summary>
        private sealed class IndexesByCatalogFiles
        {
            private readonly List<(ImmutableArray<AdditionalText> Files, Lazy<SocialApiIndex> Index)> _indexes = new List<(ImmutableArray<AdditionalText>, Lazy<SocialApiIndex>)>();

            public SocialApiIndex Get(Compilation compilation, ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
            {
                Lazy<SocialApiIndex>? lazy = null;
                lock (_indexes)
                {
                    foreach (var (knownFiles, index) in _indexes)
                    {
                        if (SameFiles(knownFiles, files))
                        {
                            lazy = index;
                            break;
                        }
                    }

                    if (lazy == null)
                    {
                        lazy = new Lazy<SocialApiIndex>(() => Build(compilation, files, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
                        _indexes.Add((files, lazy));
                    }
                }

                return lazy.Value;
            }

            private static bool SameFiles(ImmutableArray<AdditionalText> a, ImmutableArray<AdditionalText> b)
            {
                if (a.Length != b.Length)
                {
                    return false;
                }

                for (var i = 0; i < a.Length; i++)
                {
                    if (!ReferenceEquals(a[i], b[i]) && a[i].Path != b[i].Path)
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }
}
