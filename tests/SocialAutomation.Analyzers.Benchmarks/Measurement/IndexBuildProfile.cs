using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SocialAutomation.Analyzers.Benchmarks.Corpus;
using SocialAutomation.Analyzers.Infrastructure;

namespace SocialAutomation.Analyzers.Benchmarks.Measurement
{
    /// <summary>
    /// The catalog index build alone (what every SMA analyzer's compilation start shares), on a fresh compilation and
    /// on one whose referenced metadata the compiler has already loaded: the difference is metadata the index touches
    /// first and the compiler would load anyway.
    /// </summary>
    internal static class IndexBuildProfile
    {
        public static string Run(SourceCorpus corpus, int repeat)
        {
            var build = typeof(SocialAnalyzer).Assembly.GetType("SocialAutomation.Analyzers.Catalog.SocialApiIndexBuilder", throwOnError: true)!
                .GetMethod("Build", BindingFlags.Public | BindingFlags.Static)!;
            var fresh = new long[repeat];
            var freshBytes = new long[repeat];
            var warm = new long[repeat];
            var warmBytes = new long[repeat];
            var treeless = new long[repeat];
            var treelessBytes = new long[repeat];
            var driver = new long[repeat];
            var driverBytes = new long[repeat];
            var driverAfterCompile = new long[repeat];
            var driverAfterCompileBytes = new long[repeat];
            var coldCompiled = new long[repeat];
            var coldCompiledBytes = new long[repeat];
            var coldTypes = new long[repeat];
            var coldTypesBytes = new long[repeat];
            var cold = new long[repeat];
            var coldBytes = new long[repeat];
            for (var i = 0; i < repeat; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                (cold[i], coldBytes[i]) = Measure(build, corpus.Parse());
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var coldCompilation = corpus.Parse();
                coldCompilation.GetDiagnostics();
                (coldCompiled[i], coldCompiledBytes[i]) = Measure(build, coldCompilation);
                coldCompilation = null;
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var typesOnly = corpus.Parse().RemoveAllSyntaxTrees();
                var bytes0 = GC.GetAllocatedBytesForCurrentThread();
                var clock0 = Stopwatch.StartNew();
                foreach (var typeId in TypeIds())
                {
                    DocumentationCommentId.GetSymbolsForDeclarationId(typeId, typesOnly);
                }

                (coldTypes[i], coldTypesBytes[i]) = (clock0.Elapsed.Ticks, GC.GetAllocatedBytesForCurrentThread() - bytes0);
                var probe = new DriverProbe(build);
                var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false);
                corpus.Parse().WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(probe), options).GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
                (driver[i], driverBytes[i]) = (probe.Ticks, probe.Bytes);
                (treeless[i], treelessBytes[i]) = Measure(build, corpus.Parse().RemoveAllSyntaxTrees());
                var compilation = corpus.Parse();
                (fresh[i], freshBytes[i]) = Measure(build, compilation);
                compilation.GetDiagnostics();
                (warm[i], warmBytes[i]) = Measure(build, compilation);
                var compiled = corpus.Parse();
                compiled.GetDiagnostics();
                var afterCompileProbe = new DriverProbe(build);
                compiled.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(afterCompileProbe), options).GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
                (driverAfterCompile[i], driverAfterCompileBytes[i]) = (afterCompileProbe.Ticks, afterCompileProbe.Bytes);
            }

            return string.Create(CultureInfo.InvariantCulture,
                $"Index build on {corpus.Name}: fresh compilation {Ms(fresh)} ms, {Mb(freshBytes)} MB; after the compile {Ms(warm)} ms, {Mb(warmBytes)} MB; without trees {Ms(treeless)} ms, {Mb(treelessBytes)} MB; in the driver {Ms(driver)} ms, {Mb(driverBytes)} MB; in the driver after the compile {Ms(driverAfterCompile)} ms, {Mb(driverAfterCompileBytes)} MB; cold metadata {Ms(cold)} ms, {Mb(coldBytes)} MB; cold, after the compile (as in a CI build) {Ms(coldCompiled)} ms, {Mb(coldCompiledBytes)} MB; cold, catalogued types only {Ms(coldTypes)} ms, {Mb(coldTypesBytes)} MB (median of {repeat})");
        }

        private static System.Collections.Generic.IEnumerable<string> TypeIds()
        {
            var catalog = typeof(SocialAnalyzer).Assembly.GetType("SocialAutomation.Analyzers.Catalog.BuiltInCatalog", throwOnError: true)!;
            var entries = (System.Collections.IEnumerable)catalog.GetProperty("Entries")!.GetValue(null)!;
            var ids = new System.Collections.Generic.HashSet<string>();
            foreach (var entry in entries)
            {
                var id = (string)entry.GetType().GetProperty("SymbolId")!.GetValue(entry)!;
                var end = id.IndexOf('(', StringComparison.Ordinal);
                var name = end < 0 ? id : id.Substring(0, end);
                ids.Add(id[0] == 'T' ? id : "T:" + name.Substring(2, Math.Max(0, name.LastIndexOf('.') - 2)));
            }

            return ids;
        }

        private static (long Ticks, long Bytes) Measure(MethodInfo build, Compilation compilation)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            build.Invoke(null, new object[] { compilation, ImmutableArray<AdditionalText>.Empty, CancellationToken.None, true });
            return (clock.Elapsed.Ticks, GC.GetAllocatedBytesForCurrentThread() - bytes);
        }

        /// <summary>Builds the index from inside the analyzer driver, on the compilation the rules get at their start.</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        [SuppressMessage("MicrosoftCodeAnalysisReleaseTracking", "RS2008", Justification = "A probe run only by this profile.")]
        [SuppressMessage("MicrosoftCodeAnalysisPerformance", "RS1012", Justification = "The probe measures; it registers nothing.")]
        [SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1036", Justification = "A probe run only by this profile, never by a compiler.")]
        private sealed class DriverProbe : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor("PROBE", "Probe", "Probe", "Probe", DiagnosticSeverity.Hidden, true);
            private readonly MethodInfo _build;

            public DriverProbe(MethodInfo build) => _build = build;

            public long Ticks { get; private set; }

            public long Bytes { get; private set; }

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterCompilationStartAction(start => (Ticks, Bytes) = Measure(_build, start.Compilation));
            }
        }

        private static string Ms(long[] ticks) => TimeSpan.FromTicks(Configuration.Median(ticks)).TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);

        private static string Mb(long[] bytes) => (Configuration.Median(bytes) / 1048576.0).ToString("0.00", CultureInfo.InvariantCulture);
    }
}
