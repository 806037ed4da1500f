using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SocialAutomation.Analyzers.Infrastructure;

namespace SocialAutomation.Analyzers.Benchmarks
{
    /// <summary>An analyzer type under test, named by the diagnostic IDs it reports.</summary>
    internal sealed class NamedAnalyzer
    {
        public NamedAnalyzer(DiagnosticAnalyzer analyzer)
        {
            Analyzer = analyzer;
            var ids = analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();
            Ids = ids.Count <= 2 ? string.Join("+", ids) : ids[0] + "-" + ids[ids.Count - 1];
            Name = analyzer.GetType().Name;
        }

        public DiagnosticAnalyzer Analyzer { get; }

        public string Ids { get; }

        public string Name { get; }
    }

    /// <summary>The analyzers a run compares: every SMA analyzer (found by reflection, so new rules join as they land) and the peer package's.</summary>
    internal static class AnalyzerSets
    {
        /// <summary>Every C# analyzer in the SMA assembly, by rule ID.</summary>
        public static ImmutableArray<NamedAnalyzer> Sma()
            => typeof(SocialAnalyzer).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
                    && t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
                .Select(t => new NamedAnalyzer((DiagnosticAnalyzer)Activator.CreateInstance(t)!))
                .OrderBy(a => a.Ids, StringComparer.Ordinal)
                .ToImmutableArray();

        /// <summary>
        /// The peer package's C# analyzers, loaded from its analyzers/dotnet folder the way the compiler loads them:
        /// the build for the newest Roslyn not newer than the one running here.
        /// </summary>
        public static PeerPackage Peer()
        {
            var packageRoot = Metadata("PeerAnalyzerPackage");
            if (string.IsNullOrEmpty(packageRoot) || !Directory.Exists(packageRoot))
            {
                throw new InvalidOperationException($"The peer analyzer package is not at '{packageRoot}'; run 'dotnet restore' on the benchmark project.");
            }

            var folder = AnalyzerFolder(Path.Combine(packageRoot, "analyzers", "dotnet"));
            var loader = new AssemblyLoader();
            var analyzers = new List<DiagnosticAnalyzer>();
            var failures = new List<string>();
            foreach (var path in Directory.GetFiles(folder, "*.dll").OrderBy(p => p, StringComparer.Ordinal))
            {
                var reference = new AnalyzerFileReference(path, loader);
                reference.AnalyzerLoadFailed += (_, e) => failures.Add($"{Path.GetFileName(path)}: {e.Message}");
                analyzers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
            }

            if (analyzers.Count == 0)
            {
                throw new InvalidOperationException($"No analyzer loaded from {folder}: {string.Join("; ", failures)}");
            }

            return new PeerPackage(Metadata("PeerAnalyzerPackageName") ?? packageRoot, Path.GetRelativePath(packageRoot, folder), analyzers.Select(a => new NamedAnalyzer(a)).ToImmutableArray());
        }

        private static string? Metadata(string key)
            => typeof(AnalyzerSets).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;

        private static string AnalyzerFolder(string dotnetFolder)
        {
            var roslyn = typeof(Compilation).Assembly.GetName().Version!;
            var best = Directory.GetDirectories(dotnetFolder, "roslyn*")
                .Select(d => (Folder: d, Version: Version.TryParse(Path.GetFileName(d).Substring("roslyn".Length), out var v) ? v : null))
                .Where(d => d.Version != null && d.Version <= new Version(roslyn.Major, roslyn.Minor))
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Folder, "cs"))
                .FirstOrDefault(Directory.Exists);
            return best ?? Path.Combine(dotnetFolder, "cs");
        }

        private sealed class AssemblyLoader : IAnalyzerAssemblyLoader
        {
            public void AddDependencyLocation(string fullPath)
            {
            }

            public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
        }
    }

    internal sealed class PeerPackage
    {
        public PeerPackage(string name, string folder, ImmutableArray<NamedAnalyzer> analyzers)
        {
            Name = name;
            Folder = folder;
            Analyzers = analyzers;
        }

        public string Name { get; }

        public string Folder { get; }

        public ImmutableArray<NamedAnalyzer> Analyzers { get; }
    }
}
