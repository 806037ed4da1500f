using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace SocialAutomation.Analyzers.Catalog
{
    /// <summary>The catalog embedded in this assembly, parsed once per process.</summary>
    internal static class BuiltInCatalog
    {
        private const string ResourcePrefix = "SocialAutomation.Analyzers.Catalog.BuiltIn.";

        private static readonly Lazy<ImmutableArray<CatalogEntry>> LazyEntries = new Lazy<ImmutableArray<CatalogEntry>>(Load, LazyThreadSafetyMode.ExecutionAndPublication);

        public static ImmutableArray<CatalogEntry> Entries => LazyEntries.Value;

        private static ImmutableArray<CatalogEntry> Load()
        {
            var assembly = typeof(BuiltInCatalog).Assembly;
            var names = new List<string>();
            foreach (var name in assembly.GetManifestResourceNames())
            {
                if (name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
                {
                    names.Add(name);
                }
            }

            names.Sort(StringComparer.Ordinal);
            var entries = new List<CatalogEntry>();
            var problems = new List<CatalogProblem>();
            foreach (var name in names)
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                var source = new CatalogSource(name.Substring(ResourcePrefix.Length), SourceText.From(reader.ReadToEnd()), isUserCatalog: false);
                CatalogParser.Parse(source, entries, problems, CancellationToken.None);
            }

            // A bad built-in line is a bug of this package; the catalog tests assert there are none.
            LoadProblems = problems.ToImmutableArray();
            return entries.ToImmutableArray();
        }

        /// <summary>Problems found in the embedded catalog; empty in a correct build (tested).</summary>
        public static ImmutableArray<CatalogProblem> LoadProblems { get; private set; } = ImmutableArray<CatalogProblem>.Empty;
    }
}
