using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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

        /// <param name="shareResolutions">False resolves every id afresh (tests compare the two).</param>
        public static SocialApiIndex Build(Compilation compilation, ImmutableArray<AdditionalText> userFiles, CancellationToken cancellationToken, bool shareResolutions = true)
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
            var resolver = new SymbolIdResolver(compilation, includeSource: true);
            var shared = shareResolutions ? MetadataResolutionCache.For(compilation) : null;
            var metadataOnly = new Lazy<SymbolIdResolver>(() => new SymbolIdResolver(compilation, includeSource: false), LazyThreadSafetyMode.ExecutionAndPublication);

            // Member ids resolve on first use of their type (see DeferredMembers), from any analyzer thread.
            var deferred = new Dictionary<INamedTypeSymbol, DeferredMembers>(SymbolEqualityComparer.Default);
            Func<string, CatalogResolution>? resolveLater = shared == null ? null : id => shared.GetOrAdd(id, i => Find(metadataOnly.Value, i));

            var reach = new FrameworkReach(compilation, cancellationToken);
            var frameworkEntries = new List<(SocialRole Role, ImmutableArray<INamedTypeSymbol> Types)>();
            var unresolved = new UnresolvedEntries(problems);
            for (var i = 0; i < entries.Count; i++)
            {
                if ((i & 255) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var entry = entries[i];
                var fromMetadata = shared != null && !entry.Source.IsUserCatalog && !resolver.SourceMayDeclare(entry.SymbolId);
                bool isResolved;
                CatalogResolution? resolution = null;
                ImmutableArray<INamedTypeSymbol> filedUnder = default;
                if (fromMetadata && entry.SymbolId[0] != 'T' && !shared!.TryGet(entry.SymbolId, out _))
                {
                    filedUnder = Defer(metadataOnly, shared!, entry, deferred, resolveLater!);
                    isResolved = !filedUnder.IsEmpty;
                }
                else
                {
                    resolution = fromMetadata
                        ? shared!.GetOrAdd(entry.SymbolId, id => Find(metadataOnly.Value, id))
                        : Find(resolver, entry.SymbolId);
                    Apply(resolution, entry, exact, byName, typeRoles);
                    isResolved = resolution.IsResolved;
                }

                if (isResolved)
                {
                    // A receiver-conditioned entry names a general collection method (Collection<T>.Add) that resolves
                    // everywhere; its role is there only when the member it hangs on resolves. A built-in framework
                    // entry counts only when the code can reach its type (see FrameworkReach).
                    if (entry.ReceiverRole == SocialRole.None && (resolvedRoles & entry.Role) != entry.Role)
                    {
                        var named = filedUnder.IsDefault ? TypesNamedBy(resolution!) : filedUnder;
                        if (entry.Source.IsUserCatalog || !named.All(FrameworkReach.IsFrameworkType))
                        {
                            resolvedRoles |= entry.Role;
                        }
                        else
                        {
                            frameworkEntries.Add((entry.Role, named));
                        }
                    }
                }
                else if (entry.Source.IsUserCatalog)
                {
                    unresolved.Add(entry);
                }
            }

            unresolved.Summarise();

            // Framework entries last, and only for roles no library gave: telling whether code reaches a framework
            // namespace may read all of its text.
            foreach (var (role, types) in frameworkEntries)
            {
                if ((resolvedRoles & role) != role && types.Any(reach.Reaches))
                {
                    resolvedRoles |= role;
                }
            }

            return new SocialApiIndex(Freeze(exact), Freeze(byName), deferred, typeRoles, resolvedRoles, problems.ToImmutableArray());
        }

        /// <summary>
        /// A built-in member entry not yet resolved for these references: it counts as resolved when its type exists, and
        /// is filed under that type to be resolved the first time one of its members is looked up. A compilation then
        /// loads neither the members nor the member names of a library type its code never touches; the compiler has
        /// loaded the others by the time a rule asks.
        /// </summary>
        /// <returns>The types the entry is filed under; none when it names nothing.</returns>
        private static ImmutableArray<INamedTypeSymbol> Defer(Lazy<SymbolIdResolver> resolver, MetadataResolutionCache shared, CatalogEntry entry,
            Dictionary<INamedTypeSymbol, DeferredMembers> deferred, Func<string, CatalogResolution> resolveLater)
        {
            // Which types an id is filed under depends only on the references: the next compilation reuses it.
            if (!shared.TryGetFiling(entry.SymbolId, out var types))
            {
                types = shared.AddFiling(entry.SymbolId, DeclaringTypes(resolver.Value, entry.SymbolId));
            }

            foreach (var type in types)
            {
                if (!deferred.TryGetValue(type, out var members))
                {
                    members = new DeferredMembers(resolveLater);
                    deferred[type] = members;
                }

                members.Add(entry);
            }

            return types;
        }

        /// <summary>The types a resolution names or whose members it names.</summary>
        private static ImmutableArray<INamedTypeSymbol> TypesNamedBy(CatalogResolution resolution)
        {
            var types = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            types.AddRange(resolution.Types);
            types.AddRange(resolution.ByNameTypes);
            foreach (var member in resolution.Members)
            {
                if (member.ContainingType is { } type)
                {
                    types.Add(type);
                }
            }

            return types.ToImmutable();
        }

        /// <summary>
        /// The types (definitions) a member id's type path names. Whether they have a member of that name is left to the
        /// first lookup: reading a type's member names loads them from metadata, and most catalogued types are never used.
        /// </summary>
        private static ImmutableArray<INamedTypeSymbol> DeclaringTypes(SymbolIdResolver resolver, string id)
        {
            var path = CatalogIds.ContainingTypePath(id);
            if (path == null || CatalogIds.MemberName(id) == null || !resolver.MayExist(id))
            {
                return ImmutableArray<INamedTypeSymbol>.Empty;
            }

            // Types found by walking namespaces are definitions already.
            return resolver.Types(path);
        }

        /// <summary>What an id names: exact symbols, or for an overload-free method id, its name on the types that have it.</summary>
        private static CatalogResolution Find(SymbolIdResolver resolver, string id)
        {
            if (!resolver.MayExist(id))
            {
                return CatalogResolution.None;
            }

            if (id[0] != 'M' || id.IndexOf('(') >= 0)
            {
                var symbols = resolver.Resolve(id);
                if (!symbols.IsEmpty)
                {
                    var types = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
                    var members = ImmutableArray.CreateBuilder<ISymbol>();
                    foreach (var symbol in symbols)
                    {
                        if (symbol is INamedTypeSymbol type)
                        {
                            types.Add(type);
                        }
                        else
                        {
                            members.Add(symbol.OriginalDefinition);
                        }
                    }

                    return new CatalogResolution(types.ToImmutable(), members.ToImmutable(), ImmutableArray<INamedTypeSymbol>.Empty, null);
                }

                // A parameterless method id names a method without parameters; fall back to every overload of that name.
                if (id[0] != 'M')
                {
                    return CatalogResolution.None;
                }
            }

            return FindByName(resolver, id);
        }

        private static CatalogResolution FindByName(SymbolIdResolver resolver, string id)
        {
            var end = id.IndexOf('(');
            if (end < 0)
            {
                end = id.Length;
            }

            var dot = id.LastIndexOf('.', end - 1);
            if (dot <= 2)
            {
                return CatalogResolution.None;
            }

            var name = SymbolIdResolver.MemberName(id.Substring(dot + 1, end - dot - 1));
            var types = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (var type in resolver.Types(id.Substring(2, dot - 2)))
            {
                if (!type.GetMembers(name).IsEmpty)
                {
                    types.Add(type.OriginalDefinition);
                }
            }

            return types.Count == 0
                ? CatalogResolution.None
                : new CatalogResolution(ImmutableArray<INamedTypeSymbol>.Empty, ImmutableArray<ISymbol>.Empty, types.ToImmutable(), name);
        }

        private static void Apply(
            CatalogResolution resolution,
            CatalogEntry entry,
            Dictionary<ISymbol, List<CatalogEntry>> exact,
            Dictionary<INamedTypeSymbol, Dictionary<string, List<CatalogEntry>>> byName,
            Dictionary<INamedTypeSymbol, SocialRole> typeRoles)
        {
            foreach (var type in resolution.Types)
            {
                typeRoles.TryGetValue(type, out var roles);
                typeRoles[type] = roles | entry.Role;
            }

            foreach (var member in resolution.Members)
            {
                Add(exact, member, entry);
            }

            foreach (var type in resolution.ByNameTypes)
            {
                if (!byName.TryGetValue(type, out var members))
                {
                    members = new Dictionary<string, List<CatalogEntry>>(StringComparer.Ordinal);
                    byName[type] = members;
                }

                if (!members.TryGetValue(resolution.MemberName!, out var list))
                {
                    list = new List<CatalogEntry>();
                    members[resolution.MemberName!] = list;
                }

                list.Add(entry);
            }
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
        /// Reports user entries that resolve to nothing, at most <see cref="CatalogParser.MaxProblemsPerFile"/> per file
        /// and then one summary, so a catalog written for another project yields a few diagnostics, not thousands.
        /// </summary>
        private sealed class UnresolvedEntries
        {
            private readonly List<CatalogProblem> _problems;
            private readonly Dictionary<CatalogSource, (int Count, CatalogEntry FirstUnlisted)> _bySource = new Dictionary<CatalogSource, (int, CatalogEntry)>();

            public UnresolvedEntries(List<CatalogProblem> problems) => _problems = problems;

            public void Add(CatalogEntry entry)
            {
                _bySource.TryGetValue(entry.Source, out var seen);
                var count = seen.Count + 1;
                if (count <= CatalogParser.MaxProblemsPerFile)
                {
                    _problems.Add(new CatalogProblem(CatalogProblemKind.UnresolvedSymbol, entry.Source, entry.Line,
                        $"'{entry.SymbolId}' matches no symbol in this compilation or its references"));
                }

                _bySource[entry.Source] = (count, count == CatalogParser.MaxProblemsPerFile + 1 ? entry : seen.FirstUnlisted);
            }

            public void Summarise()
            {
                foreach (var pair in _bySource)
                {
                    var unlisted = pair.Value.Count - CatalogParser.MaxProblemsPerFile;
                    if (unlisted > 0)
                    {
                        _problems.Add(new CatalogProblem(CatalogProblemKind.UnresolvedSymbol, pair.Key, pair.Value.FirstUnlisted.Line,
                            $"{unlisted} more entries from this line on match no symbol in this compilation or its references"));
                    }
                }
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
