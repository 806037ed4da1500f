using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace SocialAutomation.Analyzers.Catalog
{
    /// <summary>
    /// Resolutions of built-in catalog ids against referenced assemblies, shared by every compilation with the same
    /// references. The IDE makes a new compilation per edit but keeps the referenced assembly symbols, so the
    /// thousand built-in ids are resolved once per set of references, not once per keystroke. Ids whose root
    /// namespace the source itself declares are never taken from here (the source may add symbols to them).
    /// </summary>
    internal sealed class MetadataResolutionCache
    {
        /// <summary>Reference sets remembered per first referenced assembly; old ones give way as references change.</summary>
        private const int SetsPerKey = 4;

        private static readonly ConditionalWeakTable<IAssemblySymbol, List<MetadataResolutionCache>> ByFirstReference = new ConditionalWeakTable<IAssemblySymbol, List<MetadataResolutionCache>>();

        private readonly ImmutableArray<IAssemblySymbol> _references;
        private readonly ConcurrentDictionary<string, CatalogResolution> _byId = new ConcurrentDictionary<string, CatalogResolution>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, ImmutableArray<INamedTypeSymbol>> _filingById = new ConcurrentDictionary<string, ImmutableArray<INamedTypeSymbol>>(StringComparer.Ordinal);

        private MetadataResolutionCache(ImmutableArray<IAssemblySymbol> references) => _references = references;

        /// <summary>The cache for the compilation's references, or null when it has none.</summary>
        public static MetadataResolutionCache? For(Compilation compilation)
        {
            var references = compilation.SourceModule.ReferencedAssemblySymbols;
            if (references.IsEmpty)
            {
                return null;
            }

            var sets = ByFirstReference.GetValue(references[0], _ => new List<MetadataResolutionCache>());
            lock (sets)
            {
                foreach (var set in sets)
                {
                    if (SameAssemblies(set._references, references))
                    {
                        return set;
                    }
                }

                var created = new MetadataResolutionCache(references);
                if (sets.Count == SetsPerKey)
                {
                    sets.RemoveAt(0);
                }

                sets.Add(created);
                return created;
            }
        }

        public CatalogResolution GetOrAdd(string id, Func<string, CatalogResolution> resolve) => _byId.GetOrAdd(id, resolve);

        /// <summary>The library types a member id is filed under until it is resolved (see <see cref="DeferredMembers"/>).</summary>
        public bool TryGetFiling(string id, out ImmutableArray<INamedTypeSymbol> types) => _filingById.TryGetValue(id, out types);

        public ImmutableArray<INamedTypeSymbol> AddFiling(string id, ImmutableArray<INamedTypeSymbol> types) => _filingById.GetOrAdd(id, types);

        /// <summary>A resolution another compilation with these references already made, if any.</summary>
        public bool TryGet(string id, out CatalogResolution resolution) => _byId.TryGetValue(id, out resolution!);

        private static bool SameAssemblies(ImmutableArray<IAssemblySymbol> a, ImmutableArray<IAssemblySymbol> b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            for (var i = 0; i < a.Length; i++)
            {
                if (!ReferenceEquals(a[i], b[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
