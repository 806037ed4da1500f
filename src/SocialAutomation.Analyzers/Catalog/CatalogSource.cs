using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SocialAutomation.Analyzers.Catalog
{
    /// <summary>Where catalog lines come from: the embedded catalog or a user's AdditionalFiles entry.</summary>
    internal sealed class CatalogSource
    {
        public CatalogSource(string path, SourceText text, bool isUserCatalog)
        {
            Path = path;
            Text = text;
            IsUserCatalog = isUserCatalog;
        }

        public string Path { get; }

        public SourceText Text { get; }

        /// <summary>Only user catalogs get diagnostics: a built-in entry may name a library version that is not referenced.</summary>
        public bool IsUserCatalog { get; }

        public Location GetLocation(int line)
        {
            if (line < 0 || line >= Text.Lines.Count)
            {
                return Location.Create(Path, default, default);
            }

            var span = Text.Lines[line].Span;
            return Location.Create(Path, span, Text.Lines.GetLinePositionSpan(span));
        }
    }
}
