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
            var rootNamespaces = new RootNamespaceFilter(compilation);
            var typeLookups = new Dictionary<string, ImmutableArray<ISymbol>>(StringComparer.Ordinal);

            var unresolved = new UnresolvedEntries(problems);
            for (var i = 0; i < entries.Count; i++)
            {
                if ((i & 255) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var entry = entries[i];
                var resolved = rootNamespaces.MayExist(entry.SymbolId)
                    && Resolve(compilation, entry, exact, byName, typeRoles, typeLookups);
                if (resolved)
                {
                    resolvedRoles |= entry.Role;
                }
                else if (entry.Source.IsUserCatalog)
                {
                    unresolved.Add(entry);
                }
            }

            unresolved.Summarise();

            return new SocialApiIndex(Freeze(exact), Freeze(byName), typeRoles, resolvedRoles, problems.ToImmutableArray());
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

        private static SymbolRoles ToRoles(List<CatalogEntry> entries)
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
