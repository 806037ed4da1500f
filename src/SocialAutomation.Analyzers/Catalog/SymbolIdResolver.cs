using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SocialAutomation.Analyzers.Catalog
{
    /// <summary>
    /// Resolves documentation comment ids against one compilation as <see cref="DocumentationCommentId.GetSymbolsForDeclarationId"/>
    /// does (a test holds them equal), by walking each assembly's own namespaces and remembering each path. Without the
    /// source assembly it sees only what referenced assemblies declare: answers that <see cref="MetadataResolutionCache"/>
    /// can share with every compilation that has the same references.
    /// </summary>
    internal sealed class SymbolIdResolver
    {
        private readonly Compilation _compilation;
        private readonly bool _includeSource;
        // Concurrent: deferred members resolve from any analyzer thread, and a lock would make them wait on each other.
        private readonly ConcurrentDictionary<string, ImmutableArray<INamespaceOrTypeSymbol>> _paths = new ConcurrentDictionary<string, ImmutableArray<INamespaceOrTypeSymbol>>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, ImmutableArray<INamedTypeSymbol>> _types = new ConcurrentDictionary<string, ImmutableArray<INamedTypeSymbol>>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, bool> _sourceRoots = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, bool> _roots = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        private ImmutableArray<INamespaceSymbol> _globalNamespaces;

        /// <param name="includeSource">False to see only referenced assemblies: what may be shared with other compilations.</param>
        public SymbolIdResolver(Compilation compilation, bool includeSource)
        {
            _compilation = compilation;
            _includeSource = includeSource;
        }

        /// <summary>Whether the source declares the id's root namespace or type, so symbols under it may come from source.</summary>
        public bool SourceMayDeclare(string symbolId)
        {
            var root = Root(symbolId);
            if (!_sourceRoots.TryGetValue(root, out var declared))
            {
                declared = Any(_compilation.Assembly.GlobalNamespace.GetMembers(root));
                _sourceRoots[root] = declared;
            }

            return declared;
        }

        /// <summary>Whether the first name of the id's path exists at all: most entries name libraries the project does not use.</summary>
        public bool MayExist(string symbolId)
        {
            var root = Root(symbolId);
            if (!_includeSource)
            {
                return !Path(root).IsEmpty;
            }

            // The compilation's merged global namespace answers for all assemblies at once, cheaper than asking each.
            if (!_roots.TryGetValue(root, out var exists))
            {
                exists = Any(_compilation.GlobalNamespace.GetMembers(root));
                _roots[root] = exists;
            }

            return exists;
        }

        /// <summary>
        /// The types a dotted path (<c>Discord.WebSocket.SocketUser</c>, <c>List`1</c>, <c>Outer.Inner</c>) names: type
        /// definitions, one array per path however many of a type's member ids ask.
        /// </summary>
        public ImmutableArray<INamedTypeSymbol> Types(string path)
            => _types.TryGetValue(path, out var known) ? known : _types.GetOrAdd(path, TypesIn(Path(path)));

        private static ImmutableArray<INamedTypeSymbol> TypesIn(ImmutableArray<INamespaceOrTypeSymbol> symbols)
        {
            var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>(symbols.Length);
            foreach (var symbol in symbols)
            {
                if (symbol is INamedTypeSymbol type)
                {
                    builder.Add(type);
                }
            }

            return builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable();
        }

        /// <summary>The symbols a declaration id names; ids the walk cannot read fall back to Roslyn's parser.</summary>
        public ImmutableArray<ISymbol> Resolve(string id)
        {
            if (id.Length < 3 || id[1] != ':')
            {
                return ImmutableArray<ISymbol>.Empty;
            }

            if (id[0] == 'T')
            {
                return ImmutableArray<ISymbol>.CastUp(Types(id.Substring(2)));
            }

            var end = id.IndexOf('(');
            var dot = id.LastIndexOf('.', (end < 0 ? id.Length : end) - 1);
            if (dot <= 2)
            {
                return DocumentationCommentId.GetSymbolsForDeclarationId(id, _compilation);
            }

            var types = Types(id.Substring(2, dot - 2));
            if (types.IsEmpty)
            {
                return ImmutableArray<ISymbol>.Empty;
            }

            // An indexer is "Item" in its id and "this[]" among its type's members.
            var memberName = CatalogIds.SymbolName(id)!;
            var found = ImmutableArray.CreateBuilder<ISymbol>();
            var named = false;
            foreach (var type in types)
            {
                foreach (var member in type.GetMembers(memberName))
                {
                    named = true;
                    if (member.GetDocumentationCommentId() == id)
                    {
                        found.Add(member);
                    }
                }
            }

            // No member of that name: this version of the library lacks it, and Roslyn's parser would find nothing either.
            // A member of that name without exactly this id (an id spelled leniently, an explicit implementation of a
            // generic interface): let Roslyn's parser decide. Rare, so its cost does not matter.
            if (found.Count > 0)
            {
                return found.ToImmutable();
            }

            return named ? DocumentationCommentId.GetSymbolsForDeclarationId(id, _compilation) : ImmutableArray<ISymbol>.Empty;
        }

        /// <summary>The metadata name a member id part stands for: <c>#ctor</c>, <c>M``1</c>, <c>System#IDisposable#Dispose</c>.</summary>
        internal static string MemberName(string idPart)
        {
            var arity = idPart.IndexOf("``", StringComparison.Ordinal);
            var name = arity >= 0 ? idPart.Substring(0, arity) : idPart;
            switch (name)
            {
                case "#ctor":
                    return ".ctor";
                case "#cctor":
                    return ".cctor";
                default:
                    return name.Replace('#', '.');
            }
        }

        private static bool Any(IEnumerable<INamespaceOrTypeSymbol> symbols)
        {
            foreach (var symbol in symbols)
            {
                return symbol != null;
            }

            return false;
        }

        private static string Root(string symbolId)
        {
            var end = symbolId.IndexOf('.', 2);
            var paren = symbolId.IndexOf('(');
            if (end < 0 || (paren >= 0 && paren < end))
            {
                end = paren >= 0 ? paren : symbolId.Length;
            }

            return symbolId.Substring(2, end - 2);
        }

        /// <summary>
        /// Where paths start: the compilation's merged global namespace, whose children the compiler builds and caches
        /// anyway when it binds usings (one lookup per name instead of one per referenced assembly). References with
        /// extern aliases are not in it, so then each assembly's own global namespace is walked.
        /// </summary>
        private ImmutableArray<INamespaceSymbol> GlobalNamespaces()
        {
            if (_globalNamespaces.IsDefault)
            {
                _globalNamespaces = HasAliasedReferences(_compilation)
                    ? EachAssemblysGlobalNamespace()
                    : ImmutableArray.Create(_compilation.GlobalNamespace);
            }

            return _globalNamespaces;
        }

        private ImmutableArray<INamespaceSymbol> EachAssemblysGlobalNamespace()
        {
            var globals = ImmutableArray.CreateBuilder<INamespaceSymbol>();
            if (_includeSource)
            {
                globals.Add(_compilation.Assembly.GlobalNamespace);
            }

            foreach (var assembly in _compilation.SourceModule.ReferencedAssemblySymbols)
            {
                globals.Add(assembly.GlobalNamespace);
            }

            return globals.ToImmutable();
        }

        private static bool HasAliasedReferences(Compilation compilation)
        {
            foreach (var reference in compilation.References)
            {
                var aliases = reference.Properties.Aliases;
                if (!aliases.IsEmpty && !aliases.Contains("global"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Without the source, a type the source declares is not an answer (the merged namespaces hold both).</summary>
        private bool Excluded(INamedTypeSymbol type)
            => !_includeSource && SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, _compilation.Assembly);

        private ImmutableArray<INamespaceOrTypeSymbol> Path(string path)
        {
            if (_paths.TryGetValue(path, out var known))
            {
                return known;
            }

            var dot = path.LastIndexOf('.');
            var parents = dot < 0 ? ImmutableArray<INamespaceOrTypeSymbol>.CastUp(GlobalNamespaces()) : Path(path.Substring(0, dot));
            var (name, arity) = SplitArity(dot < 0 ? path : path.Substring(dot + 1));
            // Nearly every path names one namespace or type: room for one, handed over without a copy.
            var builder = ImmutableArray.CreateBuilder<INamespaceOrTypeSymbol>(1);
            foreach (var parent in parents)
            {
                if (parent is INamespaceSymbol ns)
                {
                    // One lookup gives a namespace's child namespaces and types of that name (a merged namespace
                    // caches it; asking for types separately would ask every assembly again).
                    foreach (var member in ns.GetMembers(name))
                    {
                        switch (member)
                        {
                            case INamespaceSymbol child when arity == 0:
                                builder.Add(child);
                                break;
                            case INamedTypeSymbol type when type.Arity == arity && !Excluded(type):
                                builder.Add(type);
                                break;
                        }
                    }

                    continue;
                }

                foreach (var type in parent.GetTypeMembers(name, arity))
                {
                    if (!Excluded(type))
                    {
                        builder.Add(type);
                    }
                }
            }

            var result = builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable();
            _paths[path] = result;
            return result;
        }

        private static (string Name, int Arity) SplitArity(string segment)
        {
            var tick = segment.IndexOf('`');
            return tick > 0 && int.TryParse(segment.Substring(tick + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var arity)
                ? (segment.Substring(0, tick), arity)
                : (segment, 0);
        }
    }
}
