using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SocialAutomation.Analyzers.Catalog
{
    /// <summary>What one catalog id names in a compilation: types, members, or (overload-free method ids) a member name on types.</summary>
    internal sealed class CatalogResolution
    {
        public static readonly CatalogResolution None = new CatalogResolution(ImmutableArray<INamedTypeSymbol>.Empty, ImmutableArray<ISymbol>.Empty, ImmutableArray<INamedTypeSymbol>.Empty, null);

        public CatalogResolution(ImmutableArray<INamedTypeSymbol> types, ImmutableArray<ISymbol> members, ImmutableArray<INamedTypeSymbol> byNameTypes, string? memberName)
        {
            Types = types;
            Members = members;
            ByNameTypes = byNameTypes;
            MemberName = memberName;
        }

        /// <summary>Types the id names (T: ids, or members that turned out to be types).</summary>
        public ImmutableArray<INamedTypeSymbol> Types { get; }

        /// <summary>Members the id names exactly, as original definitions.</summary>
        public ImmutableArray<ISymbol> Members { get; }

        /// <summary>Types (original definitions) whose members named <see cref="MemberName"/> the id stands for, every overload.</summary>
        public ImmutableArray<INamedTypeSymbol> ByNameTypes { get; }

        public string? MemberName { get; }

        public bool IsResolved => !Types.IsEmpty || !Members.IsEmpty || !ByNameTypes.IsEmpty;
    }
}
